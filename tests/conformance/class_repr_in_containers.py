# Lists/dicts/tuples of objects use repr() of the elements, even under print().
class Item:
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"

    def __str__(self):
        return f"{self.qty} x {self.sku}"


cart = [Item("apple", 3), Item("pear", 1), Item("fig", 12)]
print(cart)
print(str(cart))
print(cart[0], "|", cart[0:1])
by_sku = {i.sku: i for i in cart}
print(by_sku)
print({"first": cart[0], "nested": [cart[1], (cart[2],)]})
print(f"{cart}")
print(f"{cart[2]} and {cart[2]!r}")
big = [i for i in cart if i.qty > 2]
print("big:", big)
print(sorted(cart, key=lambda i: -i.qty))
cart
