from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(list(Color))
print(Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color.__members__))
for bad in [5, "RED"]:
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(f"{Color.GREEN}", str(Color.BLUE), f"{Color.RED!r}", [Color.RED])
print(format(Color.RED, ">12") + "|")
Color(4)
