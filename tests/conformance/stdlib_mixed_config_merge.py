# Layered configuration: ChainMap, deepcopy, typing hints, json round trip, errors.
import copy
import json
from collections import ChainMap, OrderedDict
from typing import Any, Dict, Optional

DEFAULTS: Dict[str, Any] = {"retries": 3, "timeout": 10.0, "db": {"host": "localhost", "port": 5432}}


def load(text: str) -> Optional[Dict[str, Any]]:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        print("bad config:", e)
        return None


user = load('{"timeout": 2.5, "db": {"host": "db.internal"}}')
env = load('{"retries": 5,}')
merged = ChainMap(user or {}, env or {}, DEFAULTS)
print(merged["timeout"], merged["retries"], merged["db"])
db = copy.deepcopy(DEFAULTS["db"])
db.update(user["db"])
print(db, DEFAULTS["db"], db is not DEFAULTS["db"])
ordered = OrderedDict(sorted(dict(merged).items()))
ordered.move_to_end("db")
print(list(ordered), json.dumps(ordered))
local = merged.new_child({"timeout": 1})
local["debug"] = True
print(local["timeout"], "debug" in merged, len(local), local.maps[0])
print(Optional[int], Dict[str, Any])
dict(local)
