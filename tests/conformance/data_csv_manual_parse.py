raw = """name,age,city,score
Alice,34,Paris,88.5
Bob,27,Berlin,92
Chen,45,Tokyo,79.25
Dana,,Madrid,85
Eko,31,Jakarta,
"""

lines = raw.strip().split("\n")
header = lines[0].split(",")
records = []
for lineno, line in enumerate(lines[1:], start=2):
    fields = line.split(",")
    rec = dict(zip(header, fields))
    rec["age"] = int(rec["age"]) if rec["age"] else None
    rec["score"] = float(rec["score"]) if rec["score"] else None
    records.append(rec)
    print(lineno, rec)

ages = [r["age"] for r in records if r["age"] is not None]
scores = [r["score"] for r in records if r["score"] is not None]
print("mean age:", sum(ages) / len(ages))
print("mean score:", sum(scores) / len(scores))

out = [",".join(header)]
for r in records:
    out.append(",".join("" if r[h] is None else str(r[h]) for h in header))
print("\n".join(out))
