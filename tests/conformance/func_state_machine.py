def tokenize(expr):
    tokens = []
    num = ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(float(num) if "." in num else int(num))
            num = ""
        if ch in "+-*/()":
            tokens.append(ch)
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens

def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("+", "-"):
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos

def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("*", "/"):
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value / rhs
    return value, pos

def parse_atom(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_atom(tokens, pos + 1)
        return -value, pos
    return tok, pos + 1

def calc(s):
    return parse_expr(tokenize(s), 0)[0]

for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) - -1", "1.5 * 4", "((7))"]:
    print(f"{e:<20} = {calc(e)}")
calc("100 - 3 * (4 + 6) / 5")
