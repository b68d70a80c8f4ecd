events = [
    "2024-03-15 deploy api",
    "2023-12-01 hotfix db",
    "2024-01-20 deploy web",
    "2024-03-02 rollback api",
    "2023-11-30 deploy db",
]

parsed = []
for e in events:
    date, action, target = e.split(" ")
    y, m, d = (int(p) for p in date.split("-"))
    parsed.append({"y": y, "m": m, "d": d, "action": action, "target": target})

parsed.sort(key=lambda r: (r["y"], r["m"], r["d"]))
for r in parsed:
    print(f"{r['y']:04d}/{r['m']:02d}/{r['d']:02d} {r['action']:<8} {r['target']}")

by_month = {}
for r in parsed:
    key = f"{r['y']}-{r['m']:02d}"
    by_month.setdefault(key, []).append(r["target"])
print(by_month)

deploys_2024 = [r["target"] for r in parsed if r["y"] == 2024 and r["action"] == "deploy"]
print(deploys_2024)
