# Objects to/from JSON via to_dict()/from_dict(), including nested objects.
import json


class Address:
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code

    def to_dict(self):
        return {"city": self.city, "zip": self.zip_code}

    @classmethod
    def from_dict(cls, d):
        return cls(d["city"], d["zip"])


class Customer:
    def __init__(self, cid, name, addresses=None, vip=False):
        self.cid = cid
        self.name = name
        self.addresses = addresses or []
        self.vip = vip

    def to_dict(self):
        return {"id": self.cid, "name": self.name, "vip": self.vip,
                "addresses": [a.to_dict() for a in self.addresses]}

    @classmethod
    def from_dict(cls, d):
        return cls(d["id"], d["name"], [Address.from_dict(a) for a in d["addresses"]], d["vip"])

    def __repr__(self):
        cities = "/".join(a.city for a in self.addresses)
        return f"Customer({self.cid}, {self.name!r}, {cities or '-'})"


c = Customer(7, "Zoë", [Address("Paris", "75001"), Address("Lyon", "69002")], vip=True)
text = json.dumps(c.to_dict())
print(text)
print(json.dumps(c.to_dict(), indent=2, sort_keys=True, ensure_ascii=False))
back = Customer.from_dict(json.loads(text))
print(back, back.to_dict() == c.to_dict(), back is c)
batch = json.loads('[{"id": 1, "name": "A", "vip": false, "addresses": []},'
                   ' {"id": 2, "name": "B", "vip": true, "addresses": [{"city": "Rome", "zip": "00100"}]}]')
customers = [Customer.from_dict(d) for d in batch]
print(customers)
try:
    json.dumps(c)
except TypeError as e:
    print("TypeError:", e)
json.dumps([x.to_dict() for x in customers if x.vip])
