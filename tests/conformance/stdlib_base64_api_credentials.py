# Agent task: build a Basic auth header for a user and decode it back.
import base64

user = lookup_user(2)
creds = f"{user['email']}:s3cr3t!"
token = base64.b64encode(creds.encode()).decode()
header = {"Authorization": "Basic " + token}
print(header)
decoded = base64.b64decode(header["Authorization"].split()[1]).decode()
print("decoded:", decoded)
email, password = decoded.split(":", 1)
print("email ok:", email == user["email"], "password length:", len(password))
print("bytes in, bytes out:", base64.b64encode(b"\x00\xff\x10"), base64.b64decode("AP8Q"))
print("standard:", base64.standard_b64encode(b"agent"), base64.standard_b64decode(b"YWdlbnQ="))
token
