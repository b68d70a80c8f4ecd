# User __hash__/__eq__ in dicts and sets: grid cells, de-duplication, counting.
from collections import Counter
from dataclasses import dataclass


class Cell:
    def __init__(self, row, col):
        self.row, self.col = row, col

    def __eq__(self, other):
        return isinstance(other, Cell) and (self.row, self.col) == (other.row, other.col)

    def __hash__(self):
        return hash((self.row, self.col))

    def __repr__(self):
        return f"Cell({self.row}, {self.col})"


@dataclass(frozen=True)
class Tag:
    name: str


board = {Cell(0, 0): "rook", Cell(0, 1): "knight"}
board[Cell(0, 0)] = "queen"
print(board[Cell(0, 0)], Cell(0, 1) in board, Cell(5, 5) in board, len(board))
print(board.get(Cell(0, 1)), board.get(Cell(9, 9), "empty"), board.setdefault(Cell(1, 1), "pawn"))
print(board.pop(Cell(0, 1)), sorted(board.values()))
del board[Cell(1, 1)]
print(board)
try:
    board[Cell(7, 7)]
except KeyError as e:
    print("KeyError", e)

visited = set()
for r, c in [(0, 0), (0, 1), (0, 0), (1, 1), (0, 1)]:
    visited.add(Cell(r, c))
visited.discard(Cell(1, 1))
print(len(visited), Cell(0, 0) in visited, Cell(1, 1) in visited)
print(len({Cell(1, 2), Cell(1, 2), Cell(2, 1)}), len(set([Cell(3, 3)] * 4)))

tags = Counter(Tag(n) for n in ["ai", "rust", "ai", "python", "ai"])
print(tags.most_common(1), tags[Tag("rust")], Tag("ai") in tags)
by_tag = {Tag("x"): 1}
by_tag[Tag("x")] += 1
print(by_tag, {Tag("a"), Tag("a")} == {Tag("a")})
moves = {Cell(i % 3, i % 2): i for i in range(10)}
print(sorted(moves.items(), key=lambda kv: (kv[0].row, kv[0].col)))


class Unhashable:
    def __eq__(self, other):
        return True


try:
    {Unhashable(): 1}
except TypeError as e:
    print(e)
len(visited)
