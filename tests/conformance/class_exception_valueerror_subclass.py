# Exceptions derived from ValueError are caught by `except ValueError` too.
class ParseError(ValueError):
    def __init__(self, line_no, text):
        super().__init__(f"line {line_no}: cannot parse {text!r}")
        self.line_no = line_no
        self.text = text


class EmptyValueError(ParseError):
    pass


def parse_config(text):
    result = {}
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ParseError(no, line)
        key, value = (part.strip() for part in line.split("=", 1))
        if not value:
            raise EmptyValueError(no, line)
        result[key] = int(value) if value.isdigit() else value
    return result


docs = [
    "a = 1\n# comment\nb = two",
    "a = 1\nbroken line",
    "x = 5\ny =",
    "n = 1\nm = 2x",
]
for doc in docs:
    try:
        print("parsed:", parse_config(doc))
    except EmptyValueError as e:
        print("empty:", e, e.line_no)
    except ValueError as e:
        print(type(e).__name__, "->", e, e.args)
print(issubclass(EmptyValueError, ValueError), EmptyValueError.__mro__[2].__name__)
try:
    int("2x")
except ParseError:
    print("not reached")
except ValueError as e:
    print("plain ValueError:", e)
parse_config("k = v\n= 3\nz")
