from abc import ABC, ABCMeta, abstractmethod

class Exporter(metaclass=ABCMeta):
    registry = {}

    @classmethod
    def register_format(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco

    @property
    @abstractmethod
    def extension(self):
        ...

    @abstractmethod
    def export(self, rows):
        ...

@Exporter.register_format("csv")
class CsvExporter(Exporter):
    extension = "csv"

    def export(self, rows):
        return "\n".join(",".join(str(v) for v in r) for r in rows)

@Exporter.register_format("tsv")
class TsvExporter(Exporter):
    @property
    def extension(self):
        return "tsv"

    def export(self, rows):
        return "\n".join("\t".join(str(v) for v in r) for r in rows)

rows = [("id", "name"), (1, "ann"), (2, "bob")]
for name in sorted(Exporter.registry):
    exp = Exporter.registry[name]()
    print(f"--- {name} (.{exp.extension})")
    print(exp.export(rows))

class Base(ABC):
    def helper(self):
        return "concrete ABC subclasses without abstract methods work"

print(Base().helper())

class Incomplete(Exporter):
    pass

try:
    Incomplete()
except TypeError as e:
    print(e)
Exporter()
