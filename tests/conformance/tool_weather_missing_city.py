# Agent task: weather for a list of cities, some of which the tool does not know.
requested = ["Tokyo", "Atlantis", "Paris", "El Dorado"]
found = {}
missing = []
for city in requested:
    try:
        found[city] = get_weather(city)["temp_c"]
    except KeyError as e:
        print("no data:", e, "| args:", e.args, "| repr:", repr(e))
        missing.append(city)

print("found:", found)
print("missing:", missing)
try:
    get_weather("")
except LookupError as e:
    print("empty name ->", isinstance(e, KeyError), str(e))
summary = {"ok": len(found), "failed": len(missing)}
summary
