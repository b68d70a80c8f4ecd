# Agent tool plugins registered with __init_subclass__, dispatched by name.
class Tool:
    registry = {}
    name = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.name is None:
            raise TypeError(f"{cls.__name__} must define a name")
        Tool.registry[cls.name] = cls

    def __call__(self, **kwargs):
        missing = [p for p in self.params if p not in kwargs]
        if missing:
            return {"error": f"{self.name}: missing {missing}"}
        return {"ok": self.run(**kwargs)}


class Weather(Tool):
    name = "weather"
    params = ["city"]

    def run(self, city):
        w = get_weather(city)
        return f"{w['city']}: {w['temp_c']}C {w['condition']}"


class Convert(Tool):
    name = "convert"
    params = ["amount", "to"]

    def run(self, amount, to):
        return convert_currency(amount, "USD", to)


class Shout(Weather):
    name = "shout_weather"

    def run(self, city):
        return super().run(city).upper()


try:
    class Nameless(Tool):
        pass
except TypeError as e:
    print("TypeError:", e)

print(sorted(Tool.registry))
plan = [("weather", {"city": "Tokyo"}), ("convert", {"amount": 100, "to": "EUR"}),
        ("shout_weather", {"city": "Cairo"}), ("convert", {"amount": 5}),
        ("search", {"q": "mug"})]
results = []
for tool_name, args in plan:
    cls = Tool.registry.get(tool_name)
    result = cls()(**args) if cls else {"error": f"no tool {tool_name}"}
    print(f"{tool_name:<14} {result}")
    results.append(result)
sum(1 for r in results if "ok" in r)
