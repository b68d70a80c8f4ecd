rows = [{"id": i, "score": (i * 7919) % 1000, "name": "user%d" % i} for i in range(100000)]
rows.sort(key=lambda r: (r["score"], r["id"]))
rows[0]["name"]
