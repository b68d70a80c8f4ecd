# Agent task: sort product rows and user objects by one or several fields.
from operator import itemgetter, attrgetter, methodcaller

rows = [
    {"sku": "B-2", "price": 19.5, "stock": 4},
    {"sku": "A-1", "price": 5.0, "stock": 40},
    {"sku": "C-9", "price": 19.5, "stock": 0},
    {"sku": "D-4", "price": 2.25, "stock": 12},
]
print([r["sku"] for r in sorted(rows, key=itemgetter("price"))])
print([r["sku"] for r in sorted(rows, key=itemgetter("price", "sku"), reverse=True)])
cheapest = min(rows, key=itemgetter("price"))
print(cheapest["sku"], max(rows, key=itemgetter("stock"))["sku"])
pairs = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(pairs, key=itemgetter(1)), list(map(itemgetter(0), pairs)))
get = itemgetter(2, 0)
print(get("abcdef"), itemgetter(slice(1, 3))([9, 8, 7, 6]))
print(itemgetter(1), itemgetter("a", "b"))


class User:
    def __init__(self, name, city, age):
        self.name = name
        self.age = age
        self.address = Address(city)


class Address:
    def __init__(self, city):
        self.city = city


users = [User("ann", "Paris", 31), User("bob", "Lima", 25), User("cid", "Oslo", 31)]
print([u.name for u in sorted(users, key=attrgetter("age", "name"))])
print([u.name for u in sorted(users, key=attrgetter("address.city"))])
print(attrgetter("name", "address.city")(users[0]), attrgetter("address.city"))
print(list(map(methodcaller("upper"), ["a", "b"])))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("strip"))
try:
    itemgetter("missing")(rows[0])
except KeyError as e:
    print("KeyError", e)
try:
    attrgetter("email")(users[0])
except AttributeError as e:
    print("AttributeError", e)
sorted(rows, key=itemgetter("stock"))[0]["sku"]
