amounts = [0.005, 0.015, 0.025, 1.005, 2.675, 10.0, 1234567.891, -15.5]
for a in amounts:
    print(f"{a!r:>12} round2={round(a, 2)!r:>12} fmt2={a:>14,.2f}")

def cents(x):
    return int(round(x * 100))

def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}${c // 100:,}.{c % 100:02d}"

items = [19.99, 5.01, 0.10, 0.20, 100.00]
total_cents = sum(cents(x) for x in items)
print("float sum:", sum(items))
print("cents sum:", total_cents, money(total_cents))
print(money(-123456), money(5), money(0))
split = [total_cents // 3] * 3
for i in range(total_cents % 3):
    split[i] += 1
[money(c) for c in split]
