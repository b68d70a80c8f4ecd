total = 100

def add_fee(amount):
    if amount > 50:
        total = amount + 5
    print("fee check done")
    return total

print(add_fee(80))
print(add_fee(20))
