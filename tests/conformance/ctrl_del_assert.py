data = {"a": 1, "b": 2, "c": 3}
del data["b"]
print(data)
nums = list(range(8))
del nums[0]
del nums[-1]
del nums[1:3]
print(nums)
x = 10
y = 20
del x
print("y still", y)
a, b = 1, 2
del a, b

def safe_ratio(p, q):
    assert q != 0, "denominator must be non-zero"
    return p / q

print(safe_ratio(3, 4))
try:
    safe_ratio(1, 0)
except AssertionError as e:
    print("assertion failed:", e)

try:
    assert 1 > 2
except AssertionError as e:
    print("bare assertion:", repr(str(e)))
assert True, "never shown"
nums.append(99)
del nums[::2]
print(nums)
