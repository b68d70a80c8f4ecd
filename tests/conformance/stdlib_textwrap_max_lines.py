# Agent task: preview product descriptions in at most two lines.
import textwrap

descs = {
    "Wireless Mouse": "Ergonomic wireless mouse with silent clicks, adjustable DPI and a battery that lasts for months.",
    "Coffee Mug": "Ceramic mug.",
    "Espresso Machine": "Fifteen bar pump espresso machine with milk frother, cup warmer and a removable water tank.",
}
for name, desc in descs.items():
    preview = textwrap.wrap(desc, width=32, max_lines=2)
    print(name)
    for line in preview:
        print("   ", line)
print(textwrap.wrap(descs["Espresso Machine"], 25, max_lines=3, placeholder=" (more)"))
print(textwrap.fill(descs["Wireless Mouse"], 30, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12), "/", textwrap.shorten("Hello  world!", width=11))
try:
    textwrap.wrap("x", 5, max_lines=1, placeholder=" [truncated]")
except ValueError as e:
    print("error:", e)
textwrap.shorten(descs["Espresso Machine"], 40)
