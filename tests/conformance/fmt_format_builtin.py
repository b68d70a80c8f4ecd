print(format(3.14159, ".2f"), format(42, "08b"), format("hi", "^6"))
print(format(1234567, ","), format(0.75, "%"), format(255, "x"))
print(repr(format(7)), repr(format("s")), repr(format(None)))
print(format(True), format(True, "d"), format(2.0), format(1e100))
print(format(-5, "+"), format(5, "+"), format(12, "=+6"))
print(format(1.23456e-5, ".3g"), format(123456789, ".3g"), format(0.0001, "g"))
specs = ["", "10", "<10", ">10.2f", "^+10.1e", "_", ",.3f"]
for spec in specs:
    print(f"{spec!r:>10}: [{format(9876.54321, spec)}]")
print(format(10 ** 20, ","))
