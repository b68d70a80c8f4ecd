# An order workflow as a class-based state machine with a transition table.
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state!r}")
        self.state = state
        self.event = event


class Order:
    transitions = {
        ("new", "pay"): "paid",
        ("new", "cancel"): "cancelled",
        ("paid", "ship"): "shipped",
        ("paid", "refund"): "refunded",
        ("shipped", "deliver"): "delivered",
    }
    final = ("cancelled", "refunded", "delivered")

    def __init__(self, oid):
        self.oid = oid
        self.state = "new"
        self.history = ["new"]

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(self.state, event)
        self.state = self.transitions[key]
        self.history.append(self.state)
        return self

    def allowed(self):
        return sorted(ev for (st, ev) in self.transitions if st == self.state)

    @property
    def done(self):
        return self.state in self.final


scripts = {1: ["pay", "ship", "deliver"], 2: ["pay", "refund"], 3: ["ship"], 4: ["cancel", "pay"]}
orders = {}
for oid, events in scripts.items():
    o = orders[oid] = Order(oid)
    for ev in events:
        try:
            o.fire(ev)
        except InvalidTransition as e:
            print(f"order {oid}: {e}; allowed: {o.allowed()}")
            break
    print(f"order {oid}: {' -> '.join(o.history)} done={o.done}")
print({oid: o.state for oid, o in orders.items()})
Order(5).fire("pay").fire("ship").fire("pay")
