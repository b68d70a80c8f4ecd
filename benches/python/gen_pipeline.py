# A lazy generator pipeline: parse, filter and aggregate records without lists.
def read_lines(n):
    for i in range(n):
        yield f"{i},{i % 7},{(i * 31) % 100}"


def parse(lines):
    for line in lines:
        a, b, c = line.split(",")
        yield int(a), int(b), int(c)


def keep(rows):
    for row in rows:
        if row[1] != 3:
            yield row


total = sum(c for _, _, c in keep(parse(read_lines(50000))))
first = next(r for r in parse(read_lines(10**9)) if r[2] > 90)
result = (total, first)
