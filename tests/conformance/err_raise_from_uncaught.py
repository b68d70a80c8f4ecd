settings = {"port": "80a", "host": "localhost"}

def load_port(cfg):
    try:
        return int(cfg["port"])
    except ValueError as exc:
        raise RuntimeError("invalid port setting: " + repr(cfg["port"])) from exc

print("host is", settings["host"])
port = load_port(settings)
print("port is", port)
