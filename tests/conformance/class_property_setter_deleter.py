# @property with getter, setter (validation) and deleter.
class Temperature:
    def __init__(self, celsius):
        self._celsius = None
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @celsius.deleter
    def celsius(self):
        print("resetting reading")
        self._celsius = None

    @property
    def fahrenheit(self):
        if self._celsius is None:
            return None
        return round(self._celsius * 9 / 5 + 32, 2)

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(21)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
print("unchanged:", t.celsius)
del t.celsius
print("after delete:", t.celsius, t.fahrenheit)
try:
    t.kelvin = 5
    print("kelvin stored as plain attribute:", t.kelvin)
except AttributeError as e:
    print("error:", e)
t.celsius = 0
t.fahrenheit
