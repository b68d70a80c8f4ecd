from dataclasses import dataclass, field
from typing import List, Optional

@dataclass
class LineItem:
    product: str
    qty: int
    unit_price: float

    @property
    def subtotal(self) -> float:
        return round(self.qty * self.unit_price, 2)

@dataclass
class Invoice:
    number: str
    customer: str
    items: List[LineItem] = field(default_factory=list)
    discount: Optional[float] = None

    def total(self) -> float:
        gross = sum(i.subtotal for i in self.items)
        if self.discount:
            gross *= 1 - self.discount
        return round(gross, 2)

    def add(self, product: str, qty: int, price: float) -> "Invoice":
        self.items.append(LineItem(product, qty, price))
        return self

inv = Invoice("INV-001", "acme").add("bolt", 100, 0.12).add("nut", 100, 0.05)
inv2 = Invoice("INV-002", "globex", discount=0.1).add("gear", 3, 19.99)
print(inv)
print(inv2.items[0], inv2.items[0].subtotal)
for i in sorted([inv, inv2], key=Invoice.total, reverse=True):
    print(f"{i.number} {i.customer:<8} {i.total():>8.2f}")
print(inv.items == [LineItem("bolt", 100, 0.12), LineItem("nut", 100, 0.05)])
print([li.product for li in inv.items if li.subtotal > 6])
inv3 = Invoice("INV-003", "initech")
print(inv3, inv3.total())
inv2
