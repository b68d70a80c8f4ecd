values = [0, 1, -1, 3.5, -2.25, 1000, 123456.789, -0.001, 1e-7, 12345678901]
print(f"{'value':>14} {'fixed':>14} {'sci':>12} {'general':>12} {'int?':>5}")
for v in values:
    is_int = isinstance(v, int)
    print(f"{v!r:>14} {v:>14.3f} {v:>12.3e} {v:>12g} {str(is_int):>5}")

total = sum(values)
print(f"{'sum':>14} {total:>14.3f}")
print(f"{'max':>14} {max(values):>14,}")
print(f"{min(values):=+14.2f}")
print(f"{total:.6g}")
