def make_point(x, y, label="p"):
    return {"x": x, "y": y, "label": label}

print(make_point(1, 2))
print(make_point(3, 4, "q"))
print(make_point(y=9, x=8))
raw = [(0, 0), (5, 5), (9,)]
print("building", len(raw), "points")
points = [make_point(*coords) for coords in raw]
print(points)
