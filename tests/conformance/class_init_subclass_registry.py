# __init_subclass__ registers every subclass; class keyword arguments give the key.
class Command:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Command.registry[key] = cls
        print(f"registered {key!r} -> {cls.__name__}")

    def run(self, args):
        raise NotImplementedError


class Echo(Command):
    def run(self, args):
        return " ".join(args)


class Add(Command, name="sum"):
    def run(self, args):
        return sum(int(a) for a in args)


class Upper(Echo, name="shout"):
    def run(self, args):
        return super().run(args).upper()


def dispatch(line):
    cmd, *args = line.split()
    cls = Command.registry.get(cmd)
    if cls is None:
        return f"unknown command {cmd!r}"
    return cls().run(args)


print(sorted(Command.registry))
for line in ["echo hello world", "sum 1 2 3 4", "shout be loud", "rm -rf"]:
    print(f"{line!r:22} => {dispatch(line)!r}")
print({k: v.__name__ for k, v in Command.registry.items()})
try:
    Command().run([])
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
len(Command.registry)
