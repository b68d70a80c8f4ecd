words = ["hello world", "PYTHON rocks", "mIxEd CaSe", "o'neil's pub", "snake_case_name"]
for w in words:
    print(f"{w!r}: upper={w.upper()!r} lower={w.lower()!r}")
    print(f"   title={w.title()!r} cap={w.capitalize()!r} swap={w.swapcase()!r}")

print("Straße".casefold() == "STRASSE".casefold())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "a1".isalnum())
print("123".isdigit(), "12.5".isdigit(), "abc".isalpha(), "   ".isspace(), "".isspace())

def to_camel(name):
    head, *rest = name.split("_")
    return head + "".join(p.capitalize() for p in rest)

def to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).lstrip("_")

print(to_camel("snake_case_name"), to_snake("camelCaseName"), to_snake("HTTPServer"))
print(to_camel("parse_http_response_code"))
