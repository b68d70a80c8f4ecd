# Agent task: encode a device id in base32 and base16 for different systems.
import base64

device = b"sensor-0042"
b32 = base64.b32encode(device)
b16 = base64.b16encode(device)
hexb32 = base64.b32hexencode(device)
print("base32:", b32)
print("base32hex:", hexb32)
print("base16:", b16)
print("back:", base64.b32decode(b32), base64.b16decode(b16), base64.b32hexdecode(hexb32))
print("lowercase ok with casefold:", base64.b32decode(b32.lower(), casefold=True) == device)
print("hex casefold:", base64.b16decode("6d6f7573", casefold=True))
print("map01:", base64.b32decode("0NXW2===", map01="L"))
for n in range(1, 6):
    print(n, base64.b32encode(b"x" * n))
b16.decode().lower()
