def classify_bmi(weight, height):
    bmi = weight / height ** 2
    if bmi < 18.5:
        category = "underweight"
    elif bmi < 25:
        category = "normal"
    elif bmi < 30:
        category = "overweight"
    else:
        category = "obese"
    return round(bmi, 1), category

for w, h in [(50, 1.8), (70, 1.75), (85, 1.75), (110, 1.7)]:
    print(w, h, classify_bmi(w, h))

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    else:
        return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 16)))
def truthy(v):
    if v:
        return "truthy"
    return "falsy"
print([truthy(v) for v in (0, 1, "", "a", [], [0], None, 0.0, {}, {0: 0})])
x = 7
sign = "positive" if x > 0 else "zero" if x == 0 else "negative"
sign
