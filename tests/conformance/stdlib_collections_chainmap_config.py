from collections import ChainMap

defaults = {"theme": "light", "lang": "en", "debug": False, "retries": 3}
env = {"lang": "fr", "debug": True}
cli = {"retries": 5}
config = ChainMap(cli, env, defaults)
print(config["theme"], config["lang"], config["debug"], config["retries"])
print(len(config), sorted(config), "theme" in config, "port" in config)
print(config.get("port", 8080), dict(config))
print(list(config.keys()), list(config.items())[:2])
config["theme"] = "dark"
print(cli, defaults["theme"])
del config["theme"]
try:
    del config["lang"]
except KeyError as e:
    print(type(e).__name__, e)
child = config.new_child({"lang": "de"})
print(child["lang"], config["lang"], len(child.maps), child.parents["lang"])
print(config.maps[0] is cli, ChainMap())
try:
    config["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(ChainMap({"a": 1}, {"b": 2}))
print(config.pop("retries"), cli, config["retries"])
