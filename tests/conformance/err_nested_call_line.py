def parse_row(row):
    fields = row.split(";")
    return {
        "id": int(fields[0]),
        "qty": int(fields[1]),
        "price": float(fields[2]),
    }

def load(rows):
    out = []
    for r in rows:
        out.append(parse_row(r))
        print("loaded", out[-1])
    return out

rows = ["1;5;2.50", "2;3;10", "3;1"]
items = load(rows)
