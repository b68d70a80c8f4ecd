# Message templates with string.Template: substitute, safe_substitute, $$ and errors.
from string import Template
import string

invoice = Template("Hello $name, you owe $$${amount} (ref ${ref}_x).")
customers = [
    {"name": "Ada", "amount": 12.5, "ref": "A1"},
    {"name": "Bob", "amount": 3, "ref": 7},
]
for c in customers:
    print(invoice.substitute(c))
print(invoice.substitute(customers[0], name="Override"))
print(invoice.safe_substitute(name="Cy"), invoice.template[:5], type(invoice).__name__)
try:
    invoice.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["cost: $5", "line1\nline2 ${ oops}", "trailing $"]:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print("ValueError", e)
    print(repr(Template(bad).safe_substitute()))
print(string.Template("$a$b-$c").substitute(a=1, b=[2], c=None))
Template("$greeting, $who!").substitute(greeting="Hi", who="world")
