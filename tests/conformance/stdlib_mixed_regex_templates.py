# Templating and redaction with re.sub callables, named groups and flags.
import re

template = "Dear {name}, your order #{order} ships on {date}. Total: {total}."
values = {"name": "Ada", "order": 1042, "date": "2024-03-05"}


def fill(m):
    key = m.group(1)
    return str(values.get(key, m.group(0)))


print(re.sub(r"\{(\w+)\}", fill, template))
text = "Contact ada@example.com or call +1 (555) 010-9999; backup: grace.h@corp.example.org"
emails = re.compile(r"(?P<user>[\w.]+)@(?P<domain>[\w.]+\.\w+)")
print([m.groupdict() for m in emails.finditer(text)])
redacted, n = emails.subn(lambda m: m["user"][0] + "***@" + m["domain"], text)
print(redacted, n)
phone = re.search(r"\+?\d[\d\s()-]{7,}\d", text)
print(phone.group(), phone.span(), re.sub(r"\D", "", phone.group()))
verbose = re.compile(r"""
    (?P<year>\d{4}) - (?P<month>\d{2}) - (?P<day>\d{2})   # ISO date
""", re.VERBOSE)
m = verbose.search(template.format(**values, total="$5"))
print(m.group("year", "day"), m.start("month"), bool(re.match("dear", template, re.I)))
print(re.split(r"[;,]\s*", "a, b;c,  d"), re.escape("1+1=2?"), re.findall(r"(\w)(\d)", "a1 b2 c"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
redacted
