def divisors(n):
    small, large = [], []
    i = 1
    while i * i <= n:
        if n % i == 0:
            small.append(i)
            if i != n // i:
                large.append(n // i)
        i += 1
    return small + large[::-1]

print(divisors(36), divisors(97), divisors(1))
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print("perfect:", perfect)

def totient(n):
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result

print([totient(n) for n in range(1, 21)])
triangular = [n * (n + 1) // 2 for n in range(1, 15)]
print(triangular)
squares_sum = sum(i * i for i in range(1, 101))
sum_squared = sum(range(1, 101)) ** 2
print(sum_squared - squares_sum)
