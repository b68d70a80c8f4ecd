from dataclasses import dataclass, field, fields, MISSING

@dataclass
class Order:
    order_id: int
    customer: str
    amount: float = 0.0
    items: list = field(default_factory=list)

orders = [Order(1, "ann", 30.0, ["pen"]), Order(2, "bob"), Order(3, "ann", 12.5)]
by_customer = {}
for o in orders:
    by_customer.setdefault(o.customer, []).append(o.order_id)
print(by_customer)
for f in fields(Order):
    print(f.name, f.type, "required" if f.default is MISSING and f.default_factory is MISSING else ("factory" if f.default is MISSING else f.default))
totals = {}
for o in orders:
    totals[o.customer] = totals.get(o.customer, 0) + o.amount
print(totals)
big = [o for o in orders if o.amount > 20]
print(big)
print(orders[1] != Order(2, "bob"), orders[0] != orders[2])
orders
