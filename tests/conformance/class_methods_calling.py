# A text report builder whose methods call each other.
class Report:
    def __init__(self, title):
        self.title = title
        self.sections = []

    def add(self, heading, lines):
        self.sections.append((heading, list(lines)))
        return self

    def _rule(self, ch="="):
        return ch * self.width()

    def width(self):
        widths = [len(self.title)]
        for heading, lines in self.sections:
            widths.append(len(heading) + 2)
            widths.extend(len(line) + 4 for line in lines)
        return max(widths)

    def render_section(self, heading, lines):
        out = [f"[{heading}]"]
        out.extend("  - " + line for line in lines)
        return out

    def render(self):
        out = [self.title, self._rule()]
        for heading, lines in self.sections:
            out.extend(self.render_section(heading, lines))
        out.append(self._rule("-"))
        out.append(f"{self.line_count()} lines")
        return "\n".join(out)

    def line_count(self):
        return sum(len(lines) for _, lines in self.sections)


r = Report("Weekly status")
r.add("Done", ["shipped v1.2", "fixed login bug"]).add("Next", ["write docs"])
r.add("Blocked", [])
print(r.render())
print("width:", r.width())
r.line_count()
