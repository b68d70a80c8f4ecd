# Agent task: map status values to actions using constants in a namespace class.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    LOW = -10
    HIGH = 10.0

    class Nested:
        ZERO = 0


def action(v):
    match v:
        case Color.RED:
            return "stop"
        case Color.GREEN | Color.BLUE:
            return "go"
        case Limits.LOW:
            return "at low limit"
        case Limits.HIGH:
            return "at high limit"
        case Limits.Nested.ZERO:
            return "zero (nested constant)"
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case "a" "b":
            return "concatenated literal"
        case b"raw":
            return "bytes literal"
        case 0x1F:
            return "hex 31"
        case _:
            return f"unknown {v!r}"


for v in ["red", "green", "blue", -10, 10, 10.0, 0, 0.0, False, -1, -1.0, -2.5, "ab", b"raw", 31,
          "RED", None]:
    print(f"{v!r:>8}: {action(v)}")
