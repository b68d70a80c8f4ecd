import copy

config = {"name": "svc", "tags": ["a", "b"], "limits": {"cpu": 2, "mem": [512, 1024]}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
shallow["tags"].append("c")
deep["limits"]["mem"].append(2048)
shallow["name"] = "renamed"
print(config)
print(shallow)
print(deep)
print(shallow["limits"] is config["limits"], deep["limits"] is config["limits"])

shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared, pc)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc[1] is loop, lc)
t = (1, "x", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset(s)))
matrix = [[0] * 3 for _ in range(2)]
m2 = copy.deepcopy(matrix)
m2[0][0] = 9
print(matrix, m2)
print(copy.copy(42), copy.deepcopy("text"), copy.deepcopy(None), copy.copy(len) is len)
