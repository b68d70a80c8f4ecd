from dataclasses import dataclass, field

@dataclass
class Item:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def total(self):
        return round(self.price * self.quantity, 2)

inventory = [
    Item("A-100", "Widget", 2.5, 10, ["tools"]),
    Item("B-200", "Gadget", 12.0, 3),
    Item("C-300", "Doohickey", 0.75),
]
for item in inventory:
    print(item)
inventory[1].tags.append("electronics")
print(inventory[1].tags, inventory[2].tags)
print("value:", sum(i.total() for i in inventory))
restock = [i.name for i in inventory if i.quantity < 5]
print("restock:", restock)
print(inventory[0] == Item("A-100", "Widget", 2.5, 10, ["tools"]))
print(inventory[0] == inventory[1])
inventory[2].quantity += 40
print(inventory[2], inventory[2].total())
low = min(inventory, key=lambda i: i.price)
low
