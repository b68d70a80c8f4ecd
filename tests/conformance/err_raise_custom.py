def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    if amount > balance:
        raise RuntimeError(f"insufficient funds: balance {balance}, requested {amount}")
    return balance - amount

balance = 100
for amt in (30, 25, -5, 60):
    try:
        balance = withdraw(balance, amt)
        print("ok, balance now", balance)
    except ValueError as e:
        print("skipped:", e)
balance = withdraw(balance, 10)
print("final", balance)
