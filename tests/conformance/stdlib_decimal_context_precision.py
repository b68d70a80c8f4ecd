# Agent task: compute interest with a controlled precision, then restore it.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP

print("default prec:", getcontext().prec, getcontext().rounding)
print("1/7 =", Decimal(1) / Decimal(7))
rate = Decimal("0.035")
principal = Decimal("10000")
with localcontext() as ctx:
    ctx.prec = 10
    ctx.rounding = ROUND_HALF_UP
    growth = (1 + rate) ** 10
    print("growth (10 digits):", growth, "value:", principal * growth)
print("growth (28 digits):", (1 + rate) ** 10)
getcontext().prec = 6
print("prec 6:", Decimal(2).sqrt(), Decimal(1) / 3, Decimal("123456789") + 0)
getcontext().prec = 28
print("sqrt(2):", Decimal(2).sqrt(), "monthly:", (principal * rate / 12).quantize(Decimal("0.01")))
