# json.dumps and json.loads of a ~1 MB document of records.
import json

records = [
    {"id": i, "name": f"user{i}", "email": f"user{i}@example.com", "score": i * 0.37,
     "active": i % 3 == 0, "tags": ["a", "b", str(i % 10)], "manager": None}
    for i in range(6000)
]
text = json.dumps({"records": records})
back = json.loads(text)
result = (len(text), len(back["records"]), back["records"][-1]["email"])
