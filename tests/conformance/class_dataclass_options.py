from dataclasses import dataclass, field, is_dataclass, KW_ONLY

@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)

a, b = Node(1), Node(1)
print(a == b, a == a, a)

@dataclass(repr=False)
class Secret:
    token: str

print(Secret("abc").token, is_dataclass(Secret), is_dataclass(Secret("x")), is_dataclass(Node(0).value))

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int = 3

print(Options(retries=5))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 10.0

print(Request("http://x", timeout=2.5))
print(Request("http://y", method="POST"))

@dataclass
class Tree:
    name: str
    parent: object = None

t = Tree("root")
t.parent = t
print(t)
try:
    hash(Node(3))
    print("hashable")
    hash(Request("u"))
except TypeError as e:
    print("TypeError:", e)
Options(verbose=True)
