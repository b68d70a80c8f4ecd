import re

date_re = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:T(?P<hour>\d\d):(?P<minute>\d\d))?")
print(date_re.groups, sorted(date_re.groupindex.items()))
for s in ["2024-02-29", "2023-12-31T23:59", "released 2021-07-04T09:30 UTC"]:
    m = date_re.search(s)
    print(m.groupdict())
    print(m.groupdict(default="--"))
    print(m.group("year", "day"), m["month"], m.lastgroup, m.lastindex)
    print(m.span("day"), m.start("hour"), m.end(0))
    print(m.expand(r"\g<day>/\g<month>/\g<year>"), m.expand(r"[\3.\2.\1]"))

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<suffix>Jr\.|Sr\.))?", "Martin Luther King")
print(m.groups(), m.groups("n/a"), m.group(0, 1, 2))
print(m.lastindex, m.lastgroup, m.span(3))

pat = re.compile(r"(?P<key>[a-z_]+)\s*=\s*(?P<val>\"[^\"]*\"|\d+)")
config = 'name = "demo"  retries=3 timeout = 30 label="a b c"'
settings = {m["key"]: m["val"].strip('"') for m in pat.finditer(config)}
print(settings)
print(pat.sub(r"\g<key>:\g<val>", config))
print(re.sub(r"(?P<w>\b\w)(\w*)", lambda m: m.group("w").upper() + m.group(2), "hello big world"))
nested = re.match(r"((a)(b(c)))(d)?", "abc")
print(nested.groups(), nested.lastindex, nested.span(4))
settings
