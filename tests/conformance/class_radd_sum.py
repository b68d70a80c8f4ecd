# __radd__ lets sum() start from 0; __add__ with ints and NotImplemented handling.
class Duration:
    def __init__(self, minutes):
        self.minutes = minutes

    def __add__(self, other):
        if isinstance(other, Duration):
            return Duration(self.minutes + other.minutes)
        if isinstance(other, int):
            return Duration(self.minutes + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__({other!r})")
        return self.__add__(other)

    def __repr__(self):
        h, m = divmod(self.minutes, 60)
        return f"{h}h{m:02d}m"


meetings = [Duration(45), Duration(30), Duration(90)]
print("sum:")
total = sum(meetings)
print(total)
print("sum with start:", sum(meetings, Duration(15)))
print(Duration(10) + 5, 5 + Duration(10))
print(Duration(59) + Duration(2))
try:
    Duration(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    2.5 + Duration(1)
except TypeError as e:
    print("TypeError:", e)
day = sum([Duration(m) for m in (120, 75, 200)], 0)
day
