from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary")
Point = namedtuple("Point", ["x", "y"])
staff = [
    Employee("Ann", "eng", 120),
    Employee("Bob", "ops", 90),
    Employee(name="Cid", dept="eng", salary=105),
]
print(staff[0])
print(staff[1].name, staff[1][2], staff[-1].dept)
by_salary = sorted(staff, key=lambda e: e.salary, reverse=True)
print([e.name for e in by_salary])
eng = [e for e in staff if e.dept == "eng"]
print(sum(e.salary for e in eng) / len(eng))
name, dept, salary = staff[0]
print(name, dept, salary, len(staff[0]), tuple(staff[0]), list(staff[0]))
raised = staff[1]._replace(salary=95)
print(raised, staff[1].salary, raised._asdict())
print(Employee._fields, Employee._make(["Dee", "hr", 70]))
p = Point(3, 4)
print(p == (3, 4), p == Point(3, 4), p < Point(3, 5), hash(p) == hash((3, 4)))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, p.count(3), p.index(4))
print({p: "origin-ish"}[Point(3, 4)], p + (5,), p[:1], p * 2)
print(Point._make(range(2)), "x=%d y=%d" % p, "{}-{}".format(*p))
print(max([Point(1, 2), Point(3, 0), Point(2, 9)]), sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple("Color", "red, green, blue", defaults=[0, 255])
print(Color(10), Color(1, 2, 3), Color._field_defaults)
Row = namedtuple("Row", "id def class id", rename=True)
print(Row._fields, Row(1, 2, 3, 4))
p
