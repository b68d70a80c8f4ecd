from dataclasses import dataclass, replace, FrozenInstanceError

@dataclass(frozen=True)
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False

base = Config()
print(base)
prod = replace(base, host="api.example.com", port=443)
print(prod)
print(base == Config(), base == prod)
print(hash(base) == hash(Config()))
envs = {"dev": base, "prod": prod}
print([name for name, cfg in envs.items() if cfg.port == 443])
try:
    prod.port = 80
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    del base.debug
except AttributeError as e:
    print("AttributeError:", e)
print(prod.port)
prod.host = "other"
