# __getattr__ is only called for missing attributes: a config object with defaults.
class Config:
    defaults = {"timeout": 30, "retries": 3}

    def __init__(self, **values):
        self.values = values

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no config key {name!r}")


class Proxy:
    def __init__(self, target):
        self.target = target
        self.log = []

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)


cfg = Config(timeout=5, host="localhost")
print(cfg.timeout, cfg.retries, cfg.host)
print(getattr(cfg, "port", 8080), hasattr(cfg, "port"), hasattr(cfg, "host"))
cfg.retries = 9
print(cfg.retries, "direct attribute wins")
try:
    cfg.port
except AttributeError as e:
    print("AttributeError:", e)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.log, p.count(1))
print(p.log)
try:
    p.push(4)
except AttributeError as e:
    print("AttributeError:", e)
cfg.values
