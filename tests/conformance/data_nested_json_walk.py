config = {
    "service": "billing",
    "replicas": 3,
    "db": {"host": "db.local", "port": 5432, "pool": {"min": 2, "max": 10}},
    "features": ["invoices", "refunds", {"beta": ["tax", "fx"]}],
    "debug": False,
}

def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield_path = f"{path}.{k}" if path else k
            walk(v, yield_path)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}[{i}]")
    else:
        leaves.append((path, node))

leaves = []
walk(config)
for path, value in leaves:
    print(f"{path} = {value!r}")

def get_path(node, dotted):
    for part in dotted.split("."):
        node = node[part]
    return node

print(get_path(config, "db.pool.max"))
print(len(leaves), "leaves")
ints = [v for _, v in leaves if type(v) is int]
ints
