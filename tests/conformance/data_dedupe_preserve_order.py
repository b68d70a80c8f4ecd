emails = [
    "Alice@Example.com", "bob@example.com", "alice@example.com",
    "carol@example.com", "BOB@example.com", "dave@example.com",
    "carol@example.com ", " eve@example.com",
]

seen = set()
unique = []
for raw in emails:
    key = raw.strip().lower()
    if key in seen:
        print("duplicate:", repr(raw))
        continue
    seen.add(key)
    unique.append(key)

print(unique)
print(len(emails), "->", len(unique))

# dict.fromkeys keeps first-seen order
nums = [3, 1, 3, 2, 1, 5, 2, 8, 5]
print(list(dict.fromkeys(nums)))

records = [
    {"sku": "A1", "qty": 2}, {"sku": "B2", "qty": 1},
    {"sku": "A1", "qty": 5}, {"sku": "C3", "qty": 1}, {"sku": "B2", "qty": 9},
]
last_wins = {}
for r in records:
    last_wins[r["sku"]] = r
list(last_wins.values())
