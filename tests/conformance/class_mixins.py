# Mixin classes adding behaviour (to_dict, comparison by key, logging) to domain classes.
class DictMixin:
    def to_dict(self):
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}


class CompareByKeyMixin:
    def _key(self):
        raise NotImplementedError

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()


class LogMixin:
    def log(self, msg):
        self.__dict__.setdefault("_log", []).append(f"{type(self).__name__}: {msg}")
        return self


class User(DictMixin, CompareByKeyMixin, LogMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def _key(self):
        return (self.age, self.name)

    def __repr__(self):
        return f"User({self.name}, {self.age})"


class Server(DictMixin, LogMixin):
    def __init__(self, host):
        self.host = host
        self._secret = "hidden"


users = [User("cy", 30), User("ann", 25), User("bo", 30)]
print(sorted(users), max(users), users[0] == User("cy", 30))
print([u.to_dict() for u in users])
u = users[1].log("login").log("view page")
print(u._log, u.to_dict())
srv = Server("db1").log("boot")
print(srv.to_dict(), srv._log)
print([c.__name__ for c in User.__mro__])
print(isinstance(srv, LogMixin), isinstance(srv, CompareByKeyMixin))
srv < srv
