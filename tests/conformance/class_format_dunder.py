# __format__ with custom format specs, used by f-strings, format() and str.format.
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __format__(self, spec):
        if spec == "code":
            return f"{self.amount:.2f} {self.currency}"
        if spec.startswith("w"):
            width = int(spec[1:])
            return f"{self.amount:,.2f}".rjust(width)
        if spec == "":
            return str(self)
        return format(self.amount, spec)

    def __str__(self):
        return f"{self.currency} {self.amount:.2f}"


class Percent:
    def __init__(self, ratio):
        self.ratio = ratio

    def __format__(self, spec):
        digits = int(spec) if spec else 1
        return f"{self.ratio * 100:.{digits}f}%"


m = Money(1234.5)
print(f"{m}|{m:code}|{m:w12}|{m:>10.1f}|")
print(format(m, "code"), format(m), "{0:w10}".format(m))
print("{:.3e}".format(Money(0.000123)))
rows = [("rent", Money(950), Percent(0.41)), ("food", Money(412.75), Percent(0.178)),
        ("travel", Money(88.2), Percent(0.0381))]
for name, cost, share in rows:
    print(f"{name:<8}{cost:w10} {share:2}")
w = 6
print(f"{Percent(1 / 3):{w - 3}}")
f"{Percent(0.5)} of {Money(10, 'USD'):code}"
