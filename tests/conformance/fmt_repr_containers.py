print([1, 2.0, "3", None, True])
print((1,), (), (1, 2), [()])
print({"a": [1, {"b": (2, 3)}], "c": None})
print({1, 2, 3}, set(), frozenset({5}), frozenset())
print([[], [[]], {}])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print([0.1, 1e16, 1e-5, 123456789012345678.0, -0.0, 1.0])
print(str([1.5, "x"]), repr([1.5, "x"]))
print(range(5), range(1, 10, 3), range(0))
print(slice(1, 5), slice(None, None, -1))
print(b"bytes", bytearray(b"ba"), [b"\n"])
print({True: "yes", 1.5: "float", (1, 2): "tuple"})
nested = {"k": [1, (2, {3: "three"})]}
nested
