employees = [
    {"name": "Zoe", "dept": "eng", "salary": 120000, "age": 31},
    {"name": "Adam", "dept": "sales", "salary": 70000, "age": 45},
    {"name": "Maya", "dept": "eng", "salary": 120000, "age": 28},
    {"name": "Liam", "dept": "ops", "salary": 65000, "age": 39},
    {"name": "Ava", "dept": "sales", "salary": 82000, "age": 33},
    {"name": "Noah", "dept": "eng", "salary": 98000, "age": 41},
]

# dept ascending, salary descending, name ascending
ranked = sorted(employees, key=lambda e: (e["dept"], -e["salary"], e["name"]))
for e in ranked:
    print(e["dept"], e["salary"], e["name"])

print("---")
# stable sort twice: first by name, then by age bracket
step1 = sorted(employees, key=lambda e: e["name"])
step2 = sorted(step1, key=lambda e: e["age"] // 10)
print([(e["age"] // 10, e["name"]) for e in step2])

oldest_first = sorted(employees, key=lambda e: e["age"], reverse=True)
print([e["name"] for e in oldest_first])
