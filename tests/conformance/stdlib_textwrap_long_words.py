# Agent task: wrap text containing URLs, hyphenated words and em-dashes.
import textwrap

text = ("See https://example.com/a/very/long/path/to/resource for the state-of-the-art "
        "results -- they are well-known, and the co-op-ed piece explains why.")
for width in (12, 20):
    print(f"width {width}:")
    for line in textwrap.wrap(text, width=width):
        print(f"  |{line:<{width}}|")
print(textwrap.wrap(text, width=20, break_long_words=False)[:3])
print(textwrap.wrap(text, width=20, break_on_hyphens=False)[:4])
print(textwrap.wrap("supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("Sentence one. Sentence two!  Done?", 80, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", 40), textwrap.wrap("a\tb", 40, tabsize=4), textwrap.wrap("a\tb", 40, expand_tabs=False))
textwrap.wrap("  keep   the   spaces  ", 12, drop_whitespace=False)
