rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
width = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print(name.ljust(width, "."), str(qty).rjust(4), str(price).center(8, "*"))

print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6))
print("[" + "mid".center(9) + "]", "[" + "mid".center(10) + "]", "[" + "x".center(4, "-") + "]")
print("tab\tseparated\tvalues".expandtabs(4))
print("tab\tseparated".expandtabs())
box_w = 20
print("+" + "-" * box_w + "+")
for line in ["Title", "a longer line here", ""]:
    print("|" + line.center(box_w) + "|")
print("+" + "-" * box_w + "+")
print("end".rjust(2))
