payload = bytes(range(0, 256, 37))
print(payload, len(payload), list(payload))
header = b"\x89PNG\r\n"
print(header[1:4], header[0], header.startswith(b"\x89"))
buf = bytearray()
buf.extend(b"abc")
buf += b"def"
buf.insert(0, 65)
buf[1:3] = b"XY"
print(buf, len(buf), buf.decode())
print(buf.pop(), buf)
checksum = sum(b"hello world") % 256
print("checksum:", checksum)
xor_key = 42
enc = bytes(b ^ xor_key for b in b"secret")
print(enc, bytes(b ^ xor_key for b in enc))
print(b"a,b,,c".split(b","), b" x ".strip(), b"-".join([b"1", b"2"]))
print(bytes("€", "utf-8"), "€".encode("utf-8").decode("utf-8"), len("€".encode()))
print(b"abc" < b"abd", b"A"[0] + 1, bytes([0x41 + i for i in range(5)]))
print(b"%d-%s" % (5, b"x"))
