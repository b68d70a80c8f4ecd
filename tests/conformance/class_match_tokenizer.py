# Agent task: tokenize and evaluate a tiny calculator language with a state machine.
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" as op:
                tokens.append(("op", op))
                i += 1
            case digit if digit.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case _:
                raise ValueError(f"bad character {ch!r} at {i}")
    return tokens


def parse_expr(tokens):
    value, rest = parse_term(tokens)
    while True:
        match rest:
            case [("op", "+" | "-" as op), *tail]:
                rhs, rest = parse_term(tail)
                value = value + rhs if op == "+" else value - rhs
            case _:
                return value, rest


def parse_term(tokens):
    value, rest = parse_atom(tokens)
    while True:
        match rest:
            case [("op", "*"), *tail]:
                rhs, rest = parse_atom(tail)
                value *= rhs
            case [("op", "/"), *tail]:
                rhs, rest = parse_atom(tail)
                value //= rhs
            case _:
                return value, rest


def parse_atom(tokens):
    match tokens:
        case [("num", n), *rest]:
            return n, rest
        case [("op", "-"), *rest]:
            v, rest = parse_atom(rest)
            return -v, rest
        case [("op", "("), *rest]:
            v, rest = parse_expr(rest)
            match rest:
                case [("op", ")"), *after]:
                    return v, after
                case _:
                    raise SyntaxError("missing )")
        case []:
            raise SyntaxError("unexpected end")
        case [tok, *_]:
            raise SyntaxError(f"unexpected {tok}")


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 7) / 3", "2 * (3", "7 $ 1", "1 +"]:
    try:
        toks = tokenize(src)
        value, rest = parse_expr(toks)
        print(f"{src!r} = {value}" + (f" (left over {rest})" if rest else ""))
    except (ValueError, SyntaxError) as e:
        kind = "ValueError" if isinstance(e, ValueError) else "SyntaxError"
        print(f"{src!r}: {kind}: {e}")
tokenize("12+(3)")
