# Dataclass-free record classes: __init__ with defaults, __eq__, __repr__, replace().
class Employee:
    fields = ("name", "dept", "salary", "remote")

    def __init__(self, name, dept, salary, remote=False):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.remote = remote

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"Employee({body})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)

    def replace(self, **changes):
        values = {f: getattr(self, f) for f in self.fields}
        values.update(changes)
        return Employee(**values)

    def as_tuple(self):
        return tuple(getattr(self, f) for f in self.fields)


staff = [
    Employee("Ana", "eng", 120),
    Employee("Raj", "eng", 105, remote=True),
    Employee("Lee", "ops", 90),
    Employee("Kim", "ops", 95, True),
]
for e in staff:
    print(e)
promoted = staff[2].replace(salary=99, dept="eng")
print(promoted, promoted == staff[2], staff[2] == Employee("Lee", "ops", 90))
print(staff[0] == ("Ana", "eng", 120, False), staff[0].as_tuple() == ("Ana", "eng", 120, False))
by_dept = {}
for e in staff + [promoted]:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(sorted(staff, key=lambda e: (e.dept, -e.salary))[0])
payroll = {d: sum(e.salary for e in staff if e.dept == d) for d in sorted(by_dept)}
payroll
