prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}
basket = ["apple", "milk", "bread", "cheese", "apple"]
print("known items:", sorted(prices))

total = 0
for item in basket:
    print("adding", item)
    total += prices[item]
    print(f"  subtotal {total:.2f}")
print("total", total)
