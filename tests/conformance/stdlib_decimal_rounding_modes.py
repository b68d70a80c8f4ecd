# Agent task: compare rounding rules for a payroll report (banker's vs half-up).
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN

amounts = ["2.675", "2.665", "-1.005", "0.125", "10.5", "-7.45"]
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING]
for mode in modes:
    row = [str(Decimal(a).quantize(Decimal("0.01"), rounding=mode)) for a in amounts]
    print(f"{mode:<16}", row)
print("to whole units:", [str(Decimal(a).to_integral_value(rounding=ROUND_HALF_UP)) for a in amounts])
print("round():", [round(Decimal(a), 1) for a in amounts], round(Decimal("2.5")), round(Decimal("3.5")))
print("float round differs:", round(2.675, 2), Decimal(2.675))
