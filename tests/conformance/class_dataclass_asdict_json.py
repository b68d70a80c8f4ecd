import json
from dataclasses import dataclass, field, asdict, astuple, fields

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Customer:
    id: int
    name: str
    address: Address
    orders: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)

c = Customer(7, "Ada", Address("1 Loop St", "London"), [(1, 9.99), (2, 5.0)], {"vip": True})
d = asdict(c)
print(d)
print(json.dumps(d, sort_keys=True))
print(astuple(c))
print([f.name for f in fields(Customer)])
print([f.name for f in fields(c.address)])
d["address"]["city"] = "Paris"
print(c.address.city)
nested = [asdict(Address("a", "b")), asdict(Address("c", "d"))]
print(nested)
print(asdict(Customer(1, "B", Address("x", "y"), [Address("p", "q")])))
astuple(Address("s", "c"))
