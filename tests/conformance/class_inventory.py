# Inventory management: products, stock movements, low-stock report.
class Product:
    def __init__(self, sku, name, price, qty=0, reorder_at=5):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.reorder_at = reorder_at

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.qty}>"


class Inventory:
    def __init__(self):
        self.products = {}
        self.moves = []

    def add(self, product):
        if product.sku in self.products:
            raise KeyError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def move(self, sku, delta, reason):
        p = self.products[sku]
        if p.qty + delta < 0:
            raise ValueError(f"not enough {p.name}: have {p.qty}, need {-delta}")
        p.qty += delta
        self.moves.append((sku, delta, reason))

    def low_stock(self):
        return sorted((p for p in self.products.values() if p.qty <= p.reorder_at),
                      key=lambda p: p.qty)

    def __getitem__(self, sku):
        return self.products[sku]


inv = Inventory()
for args in [("A1", "bolt", 0.25, 400, 100), ("B2", "nut", 0.1, 80), ("C3", "gear", 12.5, 6)]:
    inv.add(Product(*args))
for sku, delta, why in [("A1", -350, "order 17"), ("C3", -2, "order 18"),
                        ("B2", -90, "order 19"), ("B2", 20, "restock")]:
    try:
        inv.move(sku, delta, why)
    except ValueError as e:
        print("rejected:", e)
print(len(inv.products), inv["A1"], inv["C3"].value)
print("low:", inv.low_stock())
print("moves:", inv.moves)
try:
    inv.add(Product("A1", "bolt v2", 0.3))
except KeyError as e:
    print("KeyError:", e)
round(sum(p.value for p in inv.products.values()), 2)
