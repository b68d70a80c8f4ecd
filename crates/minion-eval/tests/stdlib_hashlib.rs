//! `hashlib` and `uuid`: digests, incremental hashing, CPython's argument errors, UUID
//! parsing, hashing and equality. Expected outputs come from CPython 3.11.

mod common;

use common::ok;

#[test]
fn hash_objects_update_incrementally_and_raise_cpythons_errors() {
    ok(
        r#"import hashlib
h = hashlib.sha256(usedforsecurity=False)
h.update(bytearray(b"ab"))
h.update(b"c")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), type(h).__name__)
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"").hexdigest()[:8])
for bad in [lambda: h.update(), lambda: h.hexdigest(1), lambda: hashlib.new(5), lambda: hashlib.sha256(b"a", b"b")]:
    try:
        bad()
    except TypeError as e:
        print(e)
"#,
        "True HASH\nd41d8cd98f00b204e9800998ecf8427e da39a3ee\nHASH.update() takes exactly one argument (0 given)\nHASH.hexdigest() takes no arguments (1 given)\nname must be a string\nopenssl_sha256() takes at most 1 positional argument (2 given)\n",
    );
}

#[test]
fn uuids_hash_like_their_int_and_round_trip_through_bytes() {
    ok(
        r#"import uuid
a = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(hash(a) == hash(a.int), {a: 1}[uuid.UUID(int=a.int)], a != 5, a == a.hex)
print(uuid.UUID(bytes_le=a.bytes_le), a.bytes_le[:4])
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b"python.org")
except TypeError as e:
    print(e)
"#,
        "True 1 True False\n12345678-1234-5678-1234-567812345678 b'xV4\\x12'\nencoding without a string argument\n",
    );
}
