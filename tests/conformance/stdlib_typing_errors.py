from typing import Optional, Union, List, Any, Literal, Dict

checks = []
for make in [lambda: Optional[int, str], lambda: Any[int], lambda: List[int][str]]:
    try:
        make()
        checks.append("ok")
    except TypeError as e:
        checks.append(f"TypeError: {e}")
for c in checks:
    print(c)

def describe(value: Union[int, str, List[int], None]) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, int):
        return f"int {value}"
    if isinstance(value, str):
        return f"str {value!r}"
    return f"list of {len(value)}"

for v in [None, 3, "x", [1, 2]]:
    print(describe(v))
Status = Literal["ok", "fail"]
results: Dict[str, Status] = {"a": "ok", "b": "fail"}
print(results, Status)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
int | "str"
