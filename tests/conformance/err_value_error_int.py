raw = "12, 7, 33, abc, 5"
numbers = []
for token in raw.split(","):
    token = token.strip()
    print("parsing", repr(token))
    numbers.append(int(token))
    print("  running sum:", sum(numbers))
print(numbers)
average = sum(numbers) / len(numbers)
print(average)
