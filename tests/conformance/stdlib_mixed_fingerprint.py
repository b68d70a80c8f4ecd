# Content fingerprints and ids: hashlib, base64, uuid5, itertools batching, bisect.
import base64
import bisect
import hashlib
import uuid
from itertools import islice, count

docs = [f"document number {i} " * (i % 4 + 1) for i in range(10)]


def batched(iterable, n):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch


index = []
for batch_no, batch in zip(count(1), batched(docs, 4)):
    digest = hashlib.sha256()
    for d in batch:
        digest.update(d.encode())
    token = base64.urlsafe_b64encode(digest.digest()[:12]).decode()
    print(batch_no, len(batch), token)
    for d in batch:
        key = hashlib.md5(d.encode()).hexdigest()[:8]
        bisect.insort(index, key)
print(index[:3], bisect.bisect_left(index, "8"), len(index))
ids = [uuid.uuid5(uuid.NAMESPACE_URL, f"doc/{i}") for i in range(3)]
print([str(u)[:8] for u in ids], all(u.version == 5 for u in ids))
print(base64.b64decode(base64.b64encode(b"round trip")), hashlib.sha1(b"").hexdigest()[:10])
index[-1]
