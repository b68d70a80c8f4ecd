# `raise ... from ...` with user exceptions: __cause__, __context__, suppression.
class StorageError(Exception):
    pass


class ConfigMissing(StorageError):
    def __init__(self, key):
        super().__init__(f"missing config key: {key}")
        self.key = key


def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigMissing(key) from e


def load_quiet(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigMissing(key) from None


settings = {"db": "sqlite", "port": 5432}
print(load(settings, "db"))
try:
    load(settings, "user")
except StorageError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
try:
    load_quiet(settings, "pw")
except ConfigMissing as e:
    print("quiet:", e.key, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise StorageError("write failed")
except StorageError as e:
    print("implicit context:", repr(e.__context__), e.__cause__)


def connect(settings):
    try:
        return load(settings, "host")
    except ConfigMissing as e:
        raise RuntimeError("cannot connect") from e


connect(settings)
