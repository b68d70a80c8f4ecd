# Alternative constructors with @classmethod.
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    @classmethod
    def from_string(cls, text):
        amount, currency = text.split()
        whole, _, frac = amount.partition(".")
        frac = (frac + "00")[:2]
        return cls(int(whole) * 100 + int(frac), currency)

    @classmethod
    def from_dict(cls, d):
        return cls(round(d["amount"] * 100), d.get("currency", "USD"))

    @classmethod
    def zero(cls, currency="USD"):
        return cls(0, currency)

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d} {self.currency})"


print(Money.from_string("12.5 EUR"))
print(Money.from_string("7 GBP"))
print(Money.from_dict({"amount": 19.99}))
print(Money.zero("JPY"))


class Price(Money):
    def __repr__(self):
        return "Price" + super().__repr__()[5:]


p = Price.from_string("3.05 CHF")
print(p, type(p).__name__)
items = [Money.from_string(s) for s in ["1.10 USD", "2.25 USD", "0.65 USD"]]
total = Money(sum(m.cents for m in items))
print(items, "->", total)
total
