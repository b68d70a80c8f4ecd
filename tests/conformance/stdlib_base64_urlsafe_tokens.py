# Agent task: make URL-safe tokens from binary data and round-trip them.
import base64

payloads = [b"\xfb\xff\xfe\x00", b"user=42&role=admin", bytes(range(10)), b""]
for p in payloads:
    std = base64.b64encode(p)
    safe = base64.urlsafe_b64encode(p)
    stripped = safe.rstrip(b"=")
    padded = stripped + b"=" * (-len(stripped) % 4)
    back = base64.urlsafe_b64decode(padded)
    print(std, safe, stripped, back == p)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print("str input:", base64.urlsafe_b64decode("dXNlcj00Mg=="))
print("mime lines:", base64.encodebytes(b"0123456789" * 7))
base64.decodebytes(base64.encodebytes(b"round trip"))
