# Money with Decimal, line items as dataclasses, JSON export, totals by category.
import json
from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP
from itertools import groupby
from operator import attrgetter


@dataclass(order=True)
class Item:
    category: str
    name: str
    price: Decimal
    qty: int = 1
    tags: list = field(default_factory=list, compare=False)

    @property
    def total(self):
        return (self.price * self.qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


items = [
    Item("books", "Rust in Action", Decimal("39.99"), 2),
    Item("food", "Coffee", Decimal("7.455"), 3, ["organic"]),
    Item("books", "SICP", Decimal("45.00")),
    Item("food", "Tea", Decimal("3.10"), 4),
]
items.sort()
for cat, group in groupby(items, key=attrgetter("category")):
    group = list(group)
    subtotal = sum((i.total for i in group), Decimal("0"))
    print(cat, [i.name for i in group], subtotal)
grand = sum(i.total for i in items)
vat = (grand * Decimal("0.2")).quantize(Decimal("0.01"))
print("total", grand, "vat", vat, "with vat", grand + vat, f"{grand + vat:,.2f}")
payload = [{**asdict(i), "price": str(i.price), "total": str(i.total)} for i in items]
print(json.dumps(payload[1], sort_keys=True))
print(max(items, key=attrgetter("total")).name, Item("a", "b", Decimal(1)) < Item("a", "c", Decimal(0)))
grand
