from dataclasses import dataclass, field

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    label: str = field(default="rect", repr=False)

    def __post_init__(self):
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"invalid size {self.width}x{self.height}")
        self.area = self.width * self.height

r = Rectangle(3, 4)
print(r, r.area, r.label)
print(Rectangle(2, 2.5, label="small"))
try:
    Rectangle(0, 5)
except ValueError as e:
    print("error:", e)

@dataclass
class Employee:
    name: str
    salary: int
    id: int = field(default=0, compare=False)

print(Employee("Ann", 100, 1) == Employee("Ann", 100, 2))

@dataclass
class Manager(Employee):
    reports: list = field(default_factory=list)

m = Manager("Bob", 200, 3, ["Ann"])
print(m)
print(m.name, m.reports)
Rectangle(-1, 2)
