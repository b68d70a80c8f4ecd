orders = [
    {"id": 1, "customer": "alice", "amount": 120.50, "status": "shipped"},
    {"id": 2, "customer": "bob", "amount": 35.00, "status": "pending"},
    {"id": 3, "customer": "alice", "amount": 89.99, "status": "shipped"},
    {"id": 4, "customer": "carol", "amount": 240.00, "status": "cancelled"},
    {"id": 5, "customer": "bob", "amount": 15.25, "status": "shipped"},
    {"id": 6, "customer": "dave", "amount": 60.00, "status": "pending"},
    {"id": 7, "customer": "carol", "amount": 12.75, "status": "shipped"},
]

by_customer = {}
for order in orders:
    by_customer.setdefault(order["customer"], []).append(order)

for customer, items in by_customer.items():
    ids = [o["id"] for o in items]
    total = sum(o["amount"] for o in items)
    print(f"{customer:<6} orders={ids} total={total:.2f}")

by_status = {}
for order in orders:
    status = order["status"]
    if status not in by_status:
        by_status[status] = 0
    by_status[status] += 1
print(by_status)

counts = {k: len(v) for k, v in by_customer.items()}
