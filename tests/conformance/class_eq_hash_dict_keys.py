# Value objects with __eq__ and __hash__ used as dict keys.
class GridCell:
    def __init__(self, row, col):
        self.row = row
        self.col = col

    def __eq__(self, other):
        if not isinstance(other, GridCell):
            return NotImplemented
        return (self.row, self.col) == (other.row, other.col)

    def __hash__(self):
        return hash((self.row, self.col))

    def __repr__(self):
        return f"Cell({self.row},{self.col})"

    def neighbours(self):
        return [GridCell(self.row + dr, self.col + dc)
                for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))]


visits = {}
path = [GridCell(0, 0), GridCell(0, 1), GridCell(1, 1), GridCell(0, 1), GridCell(0, 0), GridCell(0, 1)]
for cell in path:
    visits[cell] = visits.get(cell, 0) + 1
print(visits)
print(len(visits), GridCell(0, 1) in visits, visits[GridCell(0, 1)])
print(GridCell(2, 2) == GridCell(2, 2), GridCell(2, 2) != GridCell(2, 3))
print(GridCell(1, 1) == (1, 1), GridCell(1, 1) in [GridCell(0, 0), GridCell(1, 1)])
walls = {GridCell(1, 0): "wall", GridCell(0, 2): "wall"}
free = [n for n in GridCell(0, 1).neighbours() if n not in walls and n.row >= 0]
print("free:", free)
print(path.count(GridCell(0, 1)), path.index(GridCell(1, 1)))
visits[GridCell(1, 1)] += 10
visits
