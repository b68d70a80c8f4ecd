def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def g():
    try:
        return "try value"
    finally:
        return "finally wins"

def h():
    try:
        1 / 0
    finally:
        return "swallowed"

print(f())
print(g())
print(h())

for i in range(5):
    try:
        if i == 2:
            print("breaking at", i)
            break
        print("body", i)
    finally:
        print("finally", i)

count = 0
for i in range(4):
    try:
        if i % 2 == 0:
            continue
        count += 10
    finally:
        count += 1
print("count", count)

def nested():
    order = []
    try:
        try:
            raise KeyError("inner")
        finally:
            order.append("inner finally")
    except KeyError as e:
        order.append(f"caught {e}")
    finally:
        order.append("outer finally")
    return order
nested()
