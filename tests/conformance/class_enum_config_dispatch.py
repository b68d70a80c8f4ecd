from enum import Enum, IntEnum

class LogLevel(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40

class Unit(Enum):
    CELSIUS = "C"
    FAHRENHEIT = "F"

    def convert(self, value):
        if self is Unit.CELSIUS:
            return round(value * 9 / 5 + 32, 1)
        return round((value - 32) * 5 / 9, 1)

    @property
    def other(self):
        return Unit.FAHRENHEIT if self is Unit.CELSIUS else Unit.CELSIUS

logs = [(LogLevel.INFO, "started"), (LogLevel.DEBUG, "x=1"), (LogLevel.ERROR, "disk full"), (LogLevel.WARNING, "slow")]
threshold = LogLevel.WARNING
for level, msg in logs:
    if level >= threshold:
        print(f"{level.name}: {msg}")
print(LogLevel(20).name, LogLevel["ERROR"].value, [l.value for l in LogLevel])
for name, member in LogLevel.__members__.items():
    print(name, int(member.value) // 10)
readings = [(21.5, Unit.CELSIUS), (98.6, Unit.FAHRENHEIT)]
for value, unit in readings:
    print(f"{value}{unit.value} = {unit.convert(value)}{unit.other.value}")
handlers = {Unit.CELSIUS: "metric", Unit.FAHRENHEIT: "imperial"}
print(handlers[Unit("F")], Unit("C") in handlers)
print(sorted(LogLevel, reverse=True)[:2])
Unit("K")
