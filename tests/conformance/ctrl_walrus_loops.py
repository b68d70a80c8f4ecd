data = [5, 12, 7, 30, 2, 18]
idx = 0
while (value := data[idx]) < 25:
    print("value", value)
    idx += 1
print("stopped at", value, "index", idx)

if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

chunks = []
remaining = list(range(11))
while (chunk := remaining[:4]):
    chunks.append(chunk)
    remaining = remaining[4:]
print(chunks)

def parse(s):
    return int(s) if s.isdigit() else None

results = [p for s in ["1", "x", "22"] if (p := parse(s)) is not None]
print(results)
total = 0
for x in data:
    if (sq := x * x) > 100:
        total += sq
print(total)
