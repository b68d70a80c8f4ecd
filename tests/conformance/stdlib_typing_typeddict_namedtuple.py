from typing import TypedDict, NamedTuple, List, Optional

class Movie(TypedDict):
    title: str
    year: int
    rating: Optional[float]

class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

movies: List[Movie] = [
    Movie(title="Heat", year=1995, rating=8.3),
    Movie(title="Alien", year=1979, rating=None),
    {"title": "Up", "year": 2009, "rating": 8.2},
]
print(movies[0], type(movies[0]))
rated = [m["title"] for m in movies if m["rating"] is not None]
print(sorted(rated))
print(max(movies, key=lambda m: m["year"])["title"])
p = Point(3.0, 4.0)
print(p, p.norm(), p.x, p[1])
q = Point(1.5)
print(q, q._asdict(), q._replace(y=2.0))
x, y = p
print(x + y, len(p), p == (3.0, 4.0))
print(Point._fields, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Point(7)
