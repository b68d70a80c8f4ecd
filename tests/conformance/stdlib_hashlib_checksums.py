# Fingerprint records for de-duplication and verify a download checksum.
import hashlib
import json

records = [
    {"id": 1, "name": "Ada", "email": "ada@example.com"},
    {"id": 2, "name": "Grace", "email": "grace@example.com"},
    {"id": 3, "name": "Ada", "email": "ada@example.com"},
]

seen = {}
for r in records:
    key = json.dumps({"name": r["name"], "email": r["email"]}, sort_keys=True)
    digest = hashlib.sha256(key.encode()).hexdigest()
    if digest in seen:
        print(f"record {r['id']} duplicates record {seen[digest]} ({digest[:12]})")
    else:
        seen[digest] = r["id"]

payload = b"hello world\n" * 1000
h = hashlib.md5()
for i in range(0, len(payload), 4096):
    h.update(payload[i:i + 4096])
print("md5", h.hexdigest(), h.digest_size, h.block_size, h.name)
print("sha1", hashlib.sha1(payload).hexdigest())
print("sha512", hashlib.sha512(b"abc").hexdigest()[:32])
print("sha224", hashlib.new("sha224", b"abc").hexdigest())
print("sha384", hashlib.new("SHA384").hexdigest()[:16])

partial = hashlib.sha256(b"part one, ")
snapshot = partial.copy()
partial.update(b"part two")
print(snapshot.hexdigest() == hashlib.sha256(b"part one, ").hexdigest())
print(partial.digest() == hashlib.sha256(b"part one, part two").digest())
print(len(partial.digest()), type(partial.digest()).__name__)

for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("whirlpool9"), lambda: hashlib.md5(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
short_ids = sorted(hashlib.sha1(str(n).encode()).hexdigest()[:8] for n in range(5))
short_ids
