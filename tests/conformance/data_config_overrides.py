defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 4, "tags": ["base"]}
env = {"port": "9090", "debug": "true"}
cli = {"workers": 8, "tags": ["cli"]}

def coerce(key, value, template):
    kind = type(template[key])
    if kind is bool:
        return value.lower() in ("1", "true", "yes") if isinstance(value, str) else bool(value)
    if kind is int:
        return int(value)
    return value

config = dict(defaults)
for layer_name, layer in (("env", env), ("cli", cli)):
    for k, v in layer.items():
        new = coerce(k, v, defaults)
        if k == "tags":
            new = config[k] + v
        print(f"{layer_name}: {k} {config[k]!r} -> {new!r}")
        config[k] = new

print(config)
changed = sorted(k for k in config if config[k] != defaults[k])
print("changed keys:", changed)
print("defaults untouched:", defaults["tags"])
config == defaults
