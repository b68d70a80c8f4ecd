from abc import ABC, abstractmethod

class Report(ABC):
    def __init__(self, rows):
        self.rows = rows

    def render(self):
        parts = [self.header()]
        parts.extend(self.line(r) for r in self.rows)
        parts.append(self.footer())
        return "\n".join(p for p in parts if p)

    @abstractmethod
    def header(self):
        raise NotImplementedError

    @abstractmethod
    def line(self, row):
        raise NotImplementedError

    def footer(self):
        return f"({len(self.rows)} rows)"

    @staticmethod
    @abstractmethod
    def kind():
        ...

class TextReport(Report):
    def header(self):
        return "NAME  SCORE"

    def line(self, row):
        return f"{row[0]:<5} {row[1]:>5}"

    @staticmethod
    def kind():
        return "text"

class MarkdownReport(TextReport):
    def header(self):
        return "| name | score |\n|---|---|"

    def line(self, row):
        return f"| {row[0]} | {row[1]} |"

    def footer(self):
        return ""

rows = [("ann", 91), ("bob", 78)]
for cls in (TextReport, MarkdownReport):
    r = cls(rows)
    print(f"== {cls.kind()} {cls.__name__}")
    print(r.render())

class NoKind(Report):
    def header(self):
        return "h"

    def line(self, row):
        return "l"

try:
    NoKind([])
except TypeError as e:
    print(e)
print(super(TextReport, TextReport(rows)).footer())
Report.render(TextReport([]))
