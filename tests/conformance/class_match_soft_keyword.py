# Agent task: code that already uses `match` and `case` as ordinary names.
import re

match = re.match(r"(\w+)=(\d+)", "retries=3")
print(match.group(1), match.group(2))
case = {"id": 12, "status": "open"}
print(case["status"])


def match_all(items, pred):
    return [i for i in items if pred(i)]


print(match_all([1, 2, 3, 4], lambda n: n % 2 == 0))
match case:
    case {"status": "open", "id": id_}:
        print("open case", id_)
match (match.group(2)):
    case "3":
        print("three retries")
_ = "underscore as a variable"
match _:
    case _:
        print("wildcard does not bind:", _)
