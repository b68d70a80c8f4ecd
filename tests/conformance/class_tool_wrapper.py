# An agent wraps the stand-in tools in a class that caches and records every call.
class ToolClient:
    def __init__(self):
        self.cache = {}
        self.calls = []
        self.errors = 0

    def call(self, name, *args):
        key = (name, args)
        if key in self.cache:
            self.calls.append(f"{name}{args} [cached]")
            return self.cache[key]
        fn = {"weather": get_weather, "convert": convert_currency, "user": lookup_user}[name]
        try:
            result = fn(*args)
        except (KeyError, ValueError, RuntimeError) as e:
            self.errors += 1
            self.calls.append(f"{name}{args} -> {type(e).__name__}")
            return None
        self.cache[key] = result
        self.calls.append(f"{name}{args}")
        return result

    def temps(self, cities):
        out = {}
        for c in cities:
            w = self.call("weather", c)
            if w is not None:
                out[c] = w["temp_c"]
        return out


client = ToolClient()
print(client.temps(["Paris", "Oslo", "Cairo", "Paris"]))
user = client.call("user", 2)
print(user["name"], user["plan"])
print(client.call("user", 9))
print(client.call("convert", 250.0, "EUR", "JPY"), client.call("convert", 1.0, "EUR", "XYZ"))
print(client.call("convert", 250.0, "EUR", "JPY"))
for line in client.calls:
    print(" ", line)
print("errors:", client.errors, "cached:", len(client.cache))
final_answer({"warmest": max(client.temps(["Paris", "Cairo"]).items(), key=lambda kv: kv[1])})
