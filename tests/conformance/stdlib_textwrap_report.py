# Agent task: format a weather report for an 40-column terminal.
import textwrap

parts = []
for city in ["Paris", "London", "Tokyo", "Cairo"]:
    w = get_weather(city)
    parts.append(f"{city} is {w['condition']} at {w['temp_c']} degrees with {w['humidity']}% humidity.")
text = " ".join(parts)
print(textwrap.fill(text, width=40))
print("-" * 40)
lines = textwrap.wrap(text, width=30, initial_indent="* ", subsequent_indent="  ")
print("\n".join(lines))
print("-" * 40)
print(textwrap.shorten(text, width=50))
print(textwrap.shorten(text, width=50, placeholder=" ..."))
len(lines)
