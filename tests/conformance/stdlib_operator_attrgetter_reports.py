# Agent task: rank employees by nested attributes and format a report.
from operator import attrgetter, itemgetter, methodcaller
from functools import reduce
import operator


class Dept:
    def __init__(self, name, floor):
        self.name = name
        self.floor = floor


class Employee:
    def __init__(self, name, salary, dept):
        self.name = name
        self.salary = salary
        self.dept = dept

    def label(self, upper=False):
        text = f"{self.name}@{self.dept.name}"
        return text.upper() if upper else text


eng, ops = Dept("eng", 3), Dept("ops", 1)
staff = [
    Employee("mia", 120, eng),
    Employee("leo", 95, ops),
    Employee("ava", 120, ops),
    Employee("zed", 80, eng),
]
by_pay = sorted(staff, key=attrgetter("salary", "name"), reverse=True)
print([e.name for e in by_pay])
print([e.name for e in sorted(staff, key=attrgetter("dept.floor", "name"))])
print(list(map(attrgetter("dept.name"), staff)))
print(list(map(methodcaller("label"), staff)))
print(list(map(methodcaller("label", upper=True), staff[:2])))
payroll = reduce(operator.add, map(attrgetter("salary"), staff))
print("payroll", payroll)
rows = [(e.dept.name, e.salary) for e in staff]
by_dept = {}
for dept, pay in sorted(rows, key=itemgetter(0)):
    by_dept[dept] = by_dept.get(dept, 0) + pay
print(by_dept)
try:
    sorted(staff, key=attrgetter("age"))
except AttributeError as e:
    print("AttributeError", e)
top = max(staff, key=attrgetter("salary")).name
top
