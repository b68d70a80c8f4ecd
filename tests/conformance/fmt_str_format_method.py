print("{} + {} = {}".format(2, 3, 5))
print("{0} {1} {0}".format("tick", "tock"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{0[0]} and {0[2]}".format(["first", "second", "third"]))
print("{d[key]} / {d[other]}".format(d={"key": "K", "other": 7}))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{0:.3f} {0:e} {0:%}".format(0.5))
print("{{literal braces}} {}".format("ok"))
print("{!r} {!s} {!a}".format("é", "é", "é"))
args = ("x", "y")
kwargs = {"z": "zed"}
print("{0}-{1}-{z}".format(*args, **kwargs))
print("{:,} {:_b}".format(10 ** 7, 255))
row = "{:<8}{:>8.2f}{:>6d}"
for item in [("coffee", 3.5, 2), ("bagel", 2.25, 12)]:
    print(row.format(*item))
print("{0}{1}{0}".format("ab", "-"))
