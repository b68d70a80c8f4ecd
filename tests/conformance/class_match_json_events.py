# Agent task: route JSON-like webhook events with mapping patterns.
import json

raw = """[
  {"type": "click", "pos": {"x": 10, "y": 20}, "button": "left"},
  {"type": "click", "pos": {"x": -1, "y": 5}},
  {"type": "key", "key": "Enter", "mods": ["ctrl"], "repeat": false},
  {"type": "key", "key": 13},
  {"type": "resize", "size": [800, 600]},
  {"type": "resize", "size": [800]},
  {"type": "batch", "events": [{"type": "ping"}, {"type": "ping", "id": 7}]},
  {"type": "ping", "id": null},
  {"kind": "legacy"},
  ["not", "a", "dict"]
]"""
events = json.loads(raw)


def route(event):
    match event:
        case {"type": "click", "pos": {"x": x, "y": y}} if x >= 0 and y >= 0:
            return f"click at ({x}, {y}) button={event.get('button', 'none')}"
        case {"type": "click", "pos": pos}:
            return f"click outside screen {pos}"
        case {"type": "key", "key": str(name), **extra}:
            return f"key {name} with extra {sorted(extra)}"
        case {"type": "key", "key": code}:
            return f"key code {code!r}"
        case {"type": "resize", "size": [w, h]}:
            return f"resize to {w}x{h} ({w * h} px)"
        case {"type": "batch", "events": [*inner]}:
            return "batch: " + "; ".join(route(e) for e in inner)
        case {"type": "ping", "id": None}:
            return "ping without id"
        case {"type": "ping", "id": int(n)}:
            return f"ping #{n}"
        case {"type": "ping"}:
            return "plain ping"
        case {"type": other}:
            return f"unhandled type {other}"
        case {}:
            return f"no type in {sorted(event)}"
        case _:
            return f"not an event: {event!r}"


for i, e in enumerate(events):
    print(i, route(e))
