for n in [0, 1, 7, 10, 255, 256, 4095, -12]:
    print(f"{n:>5} bin={bin(n):>14} oct={oct(n):>7} hex={hex(n):>7} fmt={n:#06x}")

print(int("ff", 16), int("0xff", 16), int("0b1010", 0), int("777", 8), int("z", 36))
print(int("  42  "), int("-0010"), int("1_000_000"))
print(format(10, "b").zfill(8), format(-10, "b"))

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

print([to_base(255, b) for b in (2, 3, 8, 16, 36)])
print(to_base(-100, 7), int(to_base(-100, 7), 7))
print(to_base(2 ** 64, 36))
