# __getitem__ receiving ints, slices and tuples (a tiny table type).
class Table:
    def __init__(self, header, rows):
        self.header = header
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Table(self.header, self.rows[key])
        if isinstance(key, tuple):
            row, col = key
            return self.rows[row][self.header.index(col)]
        if isinstance(key, str):
            return [r[self.header.index(key)] for r in self.rows]
        return dict(zip(self.header, self.rows[key]))

    def __repr__(self):
        return f"Table({len(self)} rows x {len(self.header)} cols)"


t = Table(["city", "temp", "rain"], [
    ["Paris", 18.5, 2], ["London", 14.0, 9], ["Tokyo", 24.0, 0], ["Cairo", 33.5, 0],
])
print(t, t[0])
print(t[-1])
print(t[1:3], t[1:3]["city"])
print(t[::2]["temp"])
print(t[2, "temp"], t[0, "rain"])
print(t["city"])
wet = [t[i]["city"] for i in range(len(t)) if t[i, "rain"] > 0]
print("wet:", wet)
try:
    t[0, "wind"]
except ValueError as e:
    print("ValueError:", e)
t[1:][0]
