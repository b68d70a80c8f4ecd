# Agent task: wrap text with user-provided options, reporting bad ones.
import textwrap

text = "The quick brown fox jumps over the lazy dog"
for opts in [{"width": 0}, {"width": 10, "colour": "red"}, {"width": 3, "max_lines": 1}, {"width": 15}]:
    try:
        print(opts, textwrap.wrap(text, **opts))
    except (ValueError, TypeError) as e:
        print(opts, "->", e)
try:
    textwrap.dedent(42)
except TypeError as e:
    print("dedent:", e)
textwrap.fill(None)
