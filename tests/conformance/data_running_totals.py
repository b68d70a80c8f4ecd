transactions = [250, -40, -15, 300, -120, -75, 60, -500, 20]

balance = 0
history = []
for i, t in enumerate(transactions):
    balance += t
    history.append(balance)
    flag = " OVERDRAWN" if balance < 0 else ""
    print(f"{i:2d} {t:+5d} -> {balance:5d}{flag}")

print("min balance:", min(history))
print("max balance:", max(history))

deposits = [t for t in transactions if t > 0]
withdrawals = [-t for t in transactions if t < 0]
print("deposits:", sum(deposits), "withdrawals:", sum(withdrawals))

window = 3
moving = []
for i in range(len(transactions) - window + 1):
    chunk = transactions[i:i + window]
    moving.append(round(sum(chunk) / window, 2))
print(moving)
