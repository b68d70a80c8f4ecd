name = "Zoë"
items = ["a", 'b"c', "d'e"]
value = 3.0
nothing = None

print(f"{name}|{name!s}|{name!r}|{name!a}")
print(f"{items}|{items!r}|{items!a}")
print(f"{value}|{value!r}|{value!s}")
print(f"{nothing!r} {nothing!s} {nothing}")
print(f"{'quoted'!r:>12}|")
print(f"{name!r:*^10}")
print(f"{42!r} {True!s} {b'raw'!r}")
print(f"{name=}")
print(f"{value * 2=}")
print(f"{items[1]=!r}")
print(f"{ {'k': 1}['k'] }")
f"{len(items)=:03d}"
