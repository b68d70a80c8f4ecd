n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 200:
        print("gave up")
        break
else:
    print("reached 1 in", steps, "steps")

balance = 1000.0
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))

attempts = ["wrong", "guess", "secret", "late"]
i = 0
while i < len(attempts):
    if attempts[i] == "secret":
        print("unlocked at attempt", i + 1)
        break
    i += 1
else:
    print("locked out")

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
final_count = count
