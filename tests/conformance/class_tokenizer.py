# A tokenizer class producing Token objects for a tiny expression language.
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}({self.text!r}@{self.pos})"

    def __eq__(self, other):
        return (self.kind, self.text) == (other.kind, other.text)


class TokenizeError(Exception):
    pass


class Tokenizer:
    SYMBOLS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH",
               "(": "LPAREN", ")": "RPAREN", "=": "EQ"}

    def __init__(self, source):
        self.source = source
        self.pos = 0

    def _take_while(self, pred):
        start = self.pos
        while self.pos < len(self.source) and pred(self.source[self.pos]):
            self.pos += 1
        return self.source[start:self.pos]

    def __iter__(self):
        while self.pos < len(self.source):
            ch, start = self.source[self.pos], self.pos
            if ch.isspace():
                self.pos += 1
            elif ch.isdigit():
                yield Token("NUM", self._take_while(str.isdigit), start)
            elif ch.isalpha() or ch == "_":
                yield Token("NAME", self._take_while(lambda c: c.isalnum() or c == "_"), start)
            elif ch in self.SYMBOLS:
                self.pos += 1
                yield Token(self.SYMBOLS[ch], ch, start)
            else:
                raise TokenizeError(f"unexpected {ch!r} at {start}")
        yield Token("EOF", "", self.pos)


tokens = list(Tokenizer("total = price * (qty + 12)"))
print(tokens)
print([t.kind for t in tokens])
print(Token("NUM", "12", 0) in tokens, tokens.count(Token("NAME", "qty", 99)))
names = [t.text for t in Tokenizer("a1 + b_2 - c") if t.kind == "NAME"]
print(names)
try:
    list(Tokenizer("x = 3 $ 4"))
except TokenizeError as e:
    print("error:", e)
list(Tokenizer("7 / y2"))
