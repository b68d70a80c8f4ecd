template = "Dear {name}, your order #{order} of {qty} x {item} ships on {date}."
orders = [
    {"name": "Ms. Park", "order": 1042, "qty": 2, "item": "kettle", "date": "May 3"},
    {"name": "Mr. Diaz", "order": 1043, "qty": 1, "item": "toaster", "date": "May 4"},
]
for o in orders:
    print(template.format(**o))

def render(tpl, values):
    out = []
    i = 0
    while i < len(tpl):
        if tpl[i] == "$" and i + 1 < len(tpl) and tpl[i + 1] == "{":
            end = tpl.index("}", i)
            key = tpl[i + 2:end]
            out.append(str(values.get(key, "<" + key + "?>")))
            i = end + 1
        else:
            out.append(tpl[i])
            i += 1
    return "".join(out)

print(render("Hi ${user}, you have ${n} new ${what}.", {"user": "kim", "n": 3, "what": "messages"}))
print(render("Missing: ${nothing} here", {}))
print(render("${a}${b}${a}", {"a": "x", "b": "y"}))
