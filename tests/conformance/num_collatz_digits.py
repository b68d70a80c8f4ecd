def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

print(collatz(6))
print(len(collatz(27)), max(collatz(27)))

def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

def is_armstrong(n):
    s = str(n)
    return n == sum(int(d) ** len(s) for d in s)

def reverse_int(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])

print([digital_root(n) for n in (0, 9, 38, 12345, 999999999999)])
print([n for n in range(1, 10000) if is_armstrong(n)])
print(reverse_int(12340), reverse_int(-987), reverse_int(7))
happy = []
for n in range(1, 50):
    seen = set()
    m = n
    while m != 1 and m not in seen:
        seen.add(m)
        m = sum(int(d) ** 2 for d in str(m))
    if m == 1:
        happy.append(n)
print(happy)
