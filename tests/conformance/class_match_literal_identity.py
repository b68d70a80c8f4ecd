# Agent task: tell flags apart: None/True/False compare by identity, numbers by ==.
def kind(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case []:
            return "empty sequence"
        case _:
            return "other"


for v in [True, False, None, 1, 1.0, 0, 0.0, -0.0, "", [], (), {}, "0", 2]:
    print(f"{v!r:>6} -> {kind(v)}")

settings = {"debug": True, "verbose": 1, "color": None, "strict": 0}
for key, value in settings.items():
    match value:
        case True | False as flag:
            print(key, "is a real flag:", flag)
        case None:
            print(key, "unset")
        case int(n):
            print(key, "is a number used as a flag:", bool(n))
