for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 4.5, 5.5]:
    print(v, round(v))

print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 2), round(7.0), round(7.0, 0), round(-0.4))
print(round(123.456, 1), round(123.456, 0), round(1e16 + 0.5))
print(type(round(2.5)) is int, type(round(2.5, 1)) is float)
values = [19.995, 2.345, 2.355, 0.045, 10.0049]
print([round(v, 2) for v in values])
banker = sum(round(x + 0.5) for x in range(10))
banker
