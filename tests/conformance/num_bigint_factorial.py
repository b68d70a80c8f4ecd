def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f50 = factorial(50)
print(f50)
print(len(str(f50)), "digits")
trailing = len(str(f50)) - len(str(f50).rstrip("0"))
print("trailing zeros:", trailing)
print(factorial(100) // factorial(98))
print(factorial(30) % 1000007)
print(sum(int(d) for d in str(factorial(100))))
f50
