# User exceptions: custom __init__ and args, __cause__/__context__, add_note, and a
# traceback through user methods.
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"[{code}] {detail}")
        self.code = code
        self.detail = detail


class ConfigError(AppError):
    pass


class Loader:
    def __init__(self, data):
        self.data = data

    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise ConfigError(404, f"no key {key!r}") from e

    def parse_port(self):
        raw = self.get("port")
        try:
            return int(raw)
        except ValueError:
            raise AppError(400, f"bad port {raw!r}")


loader = Loader({"port": "80x"})
try:
    loader.get("host")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    loader.parse_port()
except AppError as e:
    print(e, "| context:", type(e.__context__).__name__, "| cause:", e.__cause__)
    e.add_note("while reading settings.toml")
    e.add_note("check the port value")
    print(e.__notes__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise ConfigError(500, "outer") from None
except ConfigError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

print(issubclass(ConfigError, Exception), isinstance(ConfigError(1, "x"), AppError))
print(repr(AppError(1, "x")), str(ConfigError(2, "y")))
loader.get("timeout")
