# Single inheritance with super().__init__ and extra attributes.
class Employee:
    raise_pct = 3

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def give_raise(self):
        self.salary = round(self.salary * (100 + self.raise_pct) / 100)
        return self.salary

    def summary(self):
        return f"{self.name}: {self.salary}"


class Manager(Employee):
    raise_pct = 8

    def __init__(self, name, salary, reports=None):
        super().__init__(name, salary)
        self.reports = reports or []

    def add_report(self, emp):
        self.reports.append(emp)

    def summary(self):
        base = super().summary()
        names = ", ".join(e.name for e in self.reports) or "none"
        return f"{base} (manages {names})"


dev = Employee("Ana", 50000)
ops = Employee("Ben", 45000)
boss = Manager("Cleo", 90000, [dev])
boss.add_report(ops)
for person in (dev, ops, boss):
    print(person.summary())
print("raises:", [p.give_raise() for p in (dev, ops, boss)])
print(boss.summary())
print(sorted(vars(boss)))
print(isinstance(boss, Employee), isinstance(dev, Manager))
payroll = sum(p.salary for p in (dev, ops, boss))
payroll
