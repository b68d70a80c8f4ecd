# Agent task: render an indented code snippet and a quoted email reply.
import textwrap

snippet = """
    def total(items):
        return sum(i["price"] for i in items)

    print(total([]))
"""
clean = textwrap.dedent(snippet).strip("\n")
print(clean)
print(textwrap.indent(clean, "    "))
reply = "Thanks for the report.\n\nWe will ship a fix.\n"
print(textwrap.indent(reply, "> "), end="")
print(repr(textwrap.indent(reply, "> ", lambda line: True)))
print(repr(textwrap.dedent("\t\tx\n\t\ty")), repr(textwrap.dedent("  a\n\tb")), repr(textwrap.dedent("   \n  a\n    b")))
numbered = textwrap.indent("one\ntwo", "- ", predicate=lambda l: l.startswith("t"))
numbered
