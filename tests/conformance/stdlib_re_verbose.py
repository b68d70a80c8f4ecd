import re

phone = re.compile(r"""
    ^\s*
    (?:\+?(?P<country>\d{1,3})[\s.-]?)?   # optional country code
    \(?(?P<area>\d{3})\)?                  # area code, maybe in parentheses
    [\s.-]?
    (?P<exchange>\d{3})                    # exchange
    [\s.-]?
    (?P<line>\d{4})                        # line number
    \s*$
""", re.VERBOSE)
for s in ["(555) 123-4567", "+1 555.123.4567", "555 1234 567", "44 020 555 1234", "5551234567"]:
    m = phone.match(s)
    print(repr(s), m.groupdict() if m else None)

date = re.compile(r"""
    (?P<y>\d{4}) [-/]   # year
    (?P<m>0[1-9]|1[0-2]) [-/]  # month
    (?P<d>[0-2]\d|3[01])       # day
""", re.X)
print([m.groupdict() for m in date.finditer("on 2024-01-15 and 2023/12/31, not 2023-13-01")])
number = re.compile(r"""[-+]?        # sign
    (?: \d+ \. \d* | \. \d+ | \d+ )  # mantissa
    (?: [eE] [-+]? \d+ )?             # exponent
""", re.X)
print(number.findall("x=3.14, y=-2e10, z=.5, w=+7, v=1.e-3"))
print(re.findall(r"(?x) [a-z] \ [a-z]  # escaped space matters", "a b cd e f"))
print(re.findall(r"(?x)[# ]+", "a # b"))
ident = re.compile(r"(?x) [A-Za-z_] \w*  # identifier")
print(ident.findall("let x1 = foo_bar + _tmp2 * 3"))
print(ident.pattern.count("\n"), ident.flags & re.X == re.X)
ident.findall("a b")
