library = {
    "fiction": [
        {"title": "Dune", "year": 1965, "tags": ["scifi", "classic"]},
        {"title": "Neuromancer", "year": 1984, "tags": ["scifi", "cyberpunk"]},
    ],
    "history": [
        {"title": "SPQR", "year": 2015, "tags": ["rome"]},
    ],
    "poetry": [],
}
print(library["fiction"][1]["tags"][0])
library["poetry"].append({"title": "Odes", "year": -23, "tags": []})
library.setdefault("science", []).append({"title": "Cosmos", "year": 1980, "tags": ["space"]})
for section, books in library.items():
    titles = ", ".join(b["title"] for b in books) or "(none)"
    print(f"{section}: {titles}")
all_tags = sorted({t for books in library.values() for b in books for t in b["tags"]})
print(all_tags)
oldest = min((b for books in library.values() for b in books), key=lambda b: b["year"])
print(oldest["title"], oldest["year"])
shallow = dict(library)
shallow["history"].append({"title": "X", "year": 0, "tags": []})
print(len(library["history"]))
grid = [[0] * 3 for _ in range(3)]
bad_grid = [[0] * 3] * 3
grid[0][0] = 1
bad_grid[0][0] = 1
print(grid, bad_grid)
print({k: len(v) for k, v in library.items()})
