stock = {"apple": 5, "pear": 2}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0))
print(stock.setdefault("kiwi", 10), stock.setdefault("apple", 99))
print(stock)
print(stock.pop("pear"), stock.pop("nothing", "default"))
stock.update({"plum": 4}, grape=7)
stock.update([("fig", 1)])
print(stock)
print(stock.popitem(), stock)
print(list(stock.keys()), list(stock.values()), list(stock.items()))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
clone = stock.copy()
clone["apple"] = 0
print(stock["apple"], clone["apple"])
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("k", "v")]))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
merged |= {"d": 5}
print(merged, len(merged), "c" in merged, 4 in merged)
del merged["a"]
print(merged, sorted(merged, reverse=True))
print({1: "int", True: "bool?", 1.0: "float?"})
keys_view = merged.keys()
merged["z"] = 26
print(list(keys_view))
