from dataclasses import dataclass, field, fields, replace, asdict

@dataclass
class Animal:
    name: str
    age: int = 0
    sound: str = field(default="...", repr=False)

    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    breed: str = "mixed"
    sound: str = "woof"

@dataclass(frozen=True)
class Tag:
    label: str

@dataclass(frozen=True)
class ColoredTag(Tag):
    color: str = "red"

d = Dog("Rex", 3, breed="lab")
print(d, d.speak())
print([f.name for f in fields(Dog)])
print(asdict(d))
older = replace(d, age=4)
print(older, older is d, d.age)
print(Dog("Rex", 3, breed="lab") == d, Animal("Rex", 3) == d)
t = ColoredTag("urgent")
print(t, t == ColoredTag("urgent", "red"))
try:
    replace(d, color="brown")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable(Tag):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    t.label = "x"
except AttributeError as e:
    print(type(e).__name__, e)
Dog()
