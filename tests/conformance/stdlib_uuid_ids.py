# Stable ids for catalogue entries (name-based UUIDs) and parsing ids from input.
import uuid

products = ["widget", "gadget", "doohickey"]
ids = {p: uuid.uuid5(uuid.NAMESPACE_URL, f"https://shop.example/{p}") for p in products}
for p, u in ids.items():
    print(p, u, u.version)

legacy = uuid.uuid3(uuid.NAMESPACE_DNS, "example.org")
print(legacy, legacy.version, legacy.variant)
print(repr(uuid.NAMESPACE_DNS), uuid.NAMESPACE_OID.hex)

raw = "{12345678-1234-5678-1234-567812345678}"
u = uuid.UUID(raw)
print(u, u.hex, u.int, u.urn, u.version)
print(u == uuid.UUID("urn:uuid:12345678123456781234567812345678"), u == uuid.UUID(int=u.int))
print(uuid.UUID(bytes=u.bytes) == u, len(u.bytes), str(uuid.UUID(int=1)))
print(uuid.UUID(int=5, version=4))
print(isinstance(u, uuid.UUID), type(u).__name__)
print(len({u, uuid.UUID(raw), uuid.UUID(int=7)}))

fresh = uuid.uuid4()
print(fresh.version, len(str(fresh)), str(fresh)[14], fresh != uuid.uuid4())

for bad in ["not-a-uuid", "1234", 42]:
    try:
        uuid.UUID(bad)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
for kwargs in [{}, {"int": -1}, {"bytes": b"short"}]:
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
str(ids["gadget"])
