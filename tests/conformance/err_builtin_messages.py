cases = [
    ("int('12a')", lambda: int("12a")),
    ("float('x')", lambda: float("x")),
    ("[].pop()", lambda: [].pop()),
    ("{}.popitem()", lambda: {}.popitem()),
    ("[1].index(5)", lambda: [1].index(5)),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("len(5)", lambda: len(5)),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("max([])", lambda: max([])),
    ("(1, 2)[5]", lambda: (1, 2)[5]),
    ("'abc'[10]", lambda: "abc"[10]),
    ("None.upper()", lambda: None.upper()),
    ("set().remove(3)", lambda: set().remove(3)),
    ("{'a': 1}['b']", lambda: {"a": 1}["b"]),
    ("[1, 2].remove(9)", lambda: [1, 2].remove(9)),
    ("int(None)", lambda: int(None)),
    ("chr(-1)", lambda: chr(-1)),
    ("1 + None", lambda: 1 + None),
    ("'x' + 1", lambda: "x" + 1),
    ("[1] < 'a'", lambda: [1] < "a"),
    ("int('3.5')", lambda: int("3.5")),
    ("abs('x')", lambda: abs("x")),
    ("unpack", lambda: [a for a, b in [(1, 2, 3)]]),
    ("dict([1])", lambda: dict([1])),
]
for label, fn in cases:
    try:
        fn()
        print(f"{label:<20} no error")
    except Exception as e:
        kind = "KeyError" if isinstance(e, KeyError) else "IndexError" if isinstance(e, IndexError) else "ValueError" if isinstance(e, ValueError) else "TypeError" if isinstance(e, TypeError) else "ZeroDivisionError" if isinstance(e, ZeroDivisionError) else "AttributeError" if isinstance(e, AttributeError) else "other"
        print(f"{label:<20} {kind}: {e}")
