tasks = {"download": 0.0, "extract": 0.33, "compile": 0.5, "test": 0.875, "deploy": 1.0}
width = 20
for name, frac in tasks.items():
    filled = int(frac * width)
    bar = "#" * filled + "." * (width - filled)
    print(f"{name:<9}[{bar}] {frac:6.1%}")

def sparkline(values):
    blocks = " .:-=+*#"
    lo, hi = min(values), max(values)
    span = hi - lo or 1
    return "".join(blocks[int((v - lo) / span * (len(blocks) - 1))] for v in values)

print(sparkline([1, 5, 2, 8, 3, 9, 4, 7]))
print(sparkline([3, 3, 3]))
done = sum(1 for f in tasks.values() if f >= 1.0)
print(f"{done}/{len(tasks)} done ({done / len(tasks):.0%})")
