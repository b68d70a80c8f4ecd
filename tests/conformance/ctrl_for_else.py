def find_first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(f"{n} divisible by {d}")
            break
    else:
        print(f"{n} is prime")
        return None
    return d

results = [find_first_divisor(n) for n in (15, 13, 49, 2)]
print(results)

for item in []:
    print("never")
else:
    print("empty loop still runs else")

haystack = ["x", "y", "needle", "z"]
for i, h in enumerate(haystack):
    if h == "needle":
        found = i
        break
else:
    found = -1
found
