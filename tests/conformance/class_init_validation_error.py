# Validation in __init__ raises before the object exists; factory collects failures.
class Order:
    VALID_CURRENCIES = ("USD", "EUR", "GBP")

    def __init__(self, oid, amount, currency):
        if not isinstance(oid, int) or oid <= 0:
            raise ValueError(f"bad order id {oid!r}")
        if amount <= 0:
            raise ValueError(f"order {oid}: amount must be positive, got {amount}")
        if currency not in self.VALID_CURRENCIES:
            raise ValueError(f"order {oid}: unsupported currency {currency}")
        self.oid, self.amount, self.currency = oid, amount, currency

    def in_usd(self):
        return convert_currency(self.amount, self.currency, "USD")

    def __repr__(self):
        return f"Order#{self.oid}[{self.amount} {self.currency}]"


def build_orders(rows):
    ok, failed = [], []
    for row in rows:
        try:
            ok.append(Order(*row))
        except ValueError as e:
            failed.append(str(e))
        except TypeError as e:
            failed.append(f"malformed row {row}: {e}")
    return ok, failed


rows = [(1, 20.0, "EUR"), (2, -5, "USD"), ("3", 10, "USD"), (4, 99.5, "JPY"),
        (5, 12.0, "GBP"), (6, 1.0)]
orders, failed = build_orders(rows)
print(orders)
for f in failed:
    print(" -", f)
print([o.in_usd() for o in orders])
print(round(sum(o.in_usd() for o in orders), 2))
order = Order(7, 0, "USD")
