# Class decorators: registering classes and adding methods/attributes.
HANDLERS = {}


def handles(*events):
    def deco(cls):
        for ev in events:
            HANDLERS.setdefault(ev, []).append(cls)
        cls.events = events
        return cls
    return deco


def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@handles("signup", "login")
@with_repr
class AuditLog:
    def __init__(self, level="info"):
        self.level = level

    def handle(self, event, user):
        return f"audit[{self.level}] {event}: {user}"


@handles("signup")
class Welcome:
    def handle(self, event, user):
        return f"welcome mail -> {user}"


print(AuditLog(), AuditLog("debug"))
print(AuditLog.events, Welcome.events)
print({ev: [c.__name__ for c in cs] for ev, cs in HANDLERS.items()})
for event, user in [("signup", "ann"), ("login", "bob"), ("logout", "cy")]:
    out = [cls().handle(event, user) for cls in HANDLERS.get(event, [])]
    print(event, out or "no handlers")
print(AuditLog.__name__, type(AuditLog()).__name__)
repr(AuditLog(level="warn"))
