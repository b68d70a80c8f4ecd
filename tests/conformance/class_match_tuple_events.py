# Agent task: replay a log of (kind, payload...) tuples and keep account balances.
log = [
    ("open", "alice", 100),
    ("open", "bob", 20),
    ("deposit", "alice", 50),
    ("withdraw", "bob", 30),
    ("withdraw", "bob", 5),
    ("transfer", "alice", "bob", 70),
    ("transfer", "bob", "carol", 1),
    ("close", "bob"),
    ("audit",),
    ("noop", 1, 2, 3),
    ["deposit", "alice", 1.5],
]
balances = {}
for entry in log:
    match entry:
        case ("open", name, int(amount)) if name not in balances:
            balances[name] = amount
            print(f"opened {name} with {amount}")
        case ("deposit", name, int() | float() as amount):
            balances[name] += amount
            print(f"{name} += {amount} -> {balances[name]}")
        case ("withdraw", name, amount) if balances.get(name, 0) >= amount:
            balances[name] -= amount
            print(f"{name} -= {amount} -> {balances[name]}")
        case ("withdraw", name, amount):
            print(f"refused: {name} has {balances.get(name, 0)}, wants {amount}")
        case ("transfer", src, dst, amount) if src in balances and dst in balances:
            balances[src] -= amount
            balances[dst] += amount
            print(f"{src} -> {dst}: {amount}")
        case ("transfer", *names, _):
            print("bad transfer between", names)
        case ("close", name):
            print(f"closed {name}: paid out {balances.pop(name)}")
        case ("audit",):
            print("audit:", sorted(balances.items()))
        case (kind, *args):
            print(f"unknown {kind} with {len(args)} args")
print(balances)
