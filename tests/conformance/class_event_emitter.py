# An event emitter with subscribe/unsubscribe and bound-method listeners.
class Emitter:
    def __init__(self):
        self.listeners = {}

    def on(self, event, fn):
        self.listeners.setdefault(event, []).append(fn)
        return fn

    def off(self, event, fn):
        self.listeners[event].remove(fn)

    def emit(self, event, *args):
        results = []
        for fn in list(self.listeners.get(event, [])):
            results.append(fn(*args))
        return results


class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0

    def record(self, amount):
        self.count += 1
        self.total += amount
        return self.total

    def average(self):
        return self.total / self.count if self.count else 0.0


class Alert:
    def __init__(self, limit):
        self.limit = limit
        self.fired = []

    def check(self, amount):
        if amount > self.limit:
            self.fired.append(amount)
            return "ALERT"
        return "ok"


bus = Emitter()
stats, alert = Stats(), Alert(100)
bus.on("sale", stats.record)
bus.on("sale", alert.check)
bus.on("refund", lambda amt: stats.record(-amt))
for amount in [40, 150, 90]:
    print("sale", amount, bus.emit("sale", amount))
print("refund", bus.emit("refund", 30))
bus.off("sale", alert.check)
print("after off:", bus.emit("sale", 500), bus.emit("unknown"))
print(stats.count, stats.total, round(stats.average(), 2), alert.fired)
print(stats.record == stats.record, stats.record.__self__ is stats, stats.record.__name__)
(stats.total, alert.fired)
