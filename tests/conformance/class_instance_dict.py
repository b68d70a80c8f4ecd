# Inspecting and building instances through __dict__ / vars().
class Settings:
    version = 2

    def __init__(self, **kwargs):
        self.debug = False
        self.level = "info"
        for key, value in kwargs.items():
            setattr(self, key, value)

    def to_dict(self):
        return dict(self.__dict__)

    def diff(self, other):
        keys = sorted(set(self.__dict__) | set(other.__dict__))
        out = {}
        for k in keys:
            a, b = self.__dict__.get(k), other.__dict__.get(k)
            if a != b:
                out[k] = (a, b)
        return out


base = Settings()
print(base.__dict__)
custom = Settings(debug=True, timeout=30)
print(custom.to_dict())
print(vars(custom) is custom.__dict__)
custom.__dict__["level"] = "warning"
print(custom.level)
del custom.timeout
print(sorted(custom.__dict__), "version" in custom.__dict__, custom.version)
print(base.diff(custom))
custom.extra = [1, 2]
print(list(custom.__dict__.items()))
base.diff(custom)
