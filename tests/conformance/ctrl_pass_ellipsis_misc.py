def todo():
    pass

def stub():
    ...

print(todo(), stub())
if True:
    pass
else:
    print("never")

x = 0
while x < 3:
    x += 1
else:
    pass
print(x)

for ch in "abc":
    if ch == "b":
        pass
    print(ch, end="")
print()
value = None
result = value or "default"
print(result, 0 or [] or "last", 1 and 2 and 3, 1 and 0 and 3)
print(not None, not 0, not "x")
flag = False
flag = flag or x > 2
print(flag)
empty = {} or None
print(empty)
...
