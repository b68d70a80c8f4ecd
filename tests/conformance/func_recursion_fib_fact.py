def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([factorial(i) for i in range(10)])
print(factorial(25))
print([fib(i) for i in range(15)])
print(fib_iter(100))
print(all(fib(i) == fib_iter(i) for i in range(20)))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1)

print(gcd(1071, 462), gcd(17, 5), power(3, 13), power(2, 100))
def digits_sum(n):
    return n if n < 10 else n % 10 + digits_sum(n // 10)
print(digits_sum(factorial(30)))
