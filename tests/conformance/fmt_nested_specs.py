data = [("alpha", 3.14159), ("beta", 2.71828), ("gamma", 1.41421), ("delta", 100.5)]
for w, p in [(10, 2), (12, 4), (8, 0)]:
    print(f"w={w} p={p}")
    for name, x in data:
        print(f"  {name:<{w}}|{x:>{w}.{p}f}|")

fill, align, width = "*", "^", 11
print(f"{'mid':{fill}{align}{width}}")
spec = ">8.3e"
print(f"{12345.678:{spec}}")
print("{:{}{}{}}".format("pad", "-", "<", 9))
print("{0:>{1}}|{0:<{1}}|".format("ab", 5))
print("{:{w}.{p}f}".format(2 / 3, w=10, p=5))
prec = 3
print(f"{1/7:.{prec}}")
