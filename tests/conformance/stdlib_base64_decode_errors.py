# Agent task: validate base64 input from users and report bad tokens.
import base64

inputs = ["aGVsbG8=", "aGVsbG8", "aGVs bG8=", "aGVsbG8=!!", "a", "=aGk=", "aGk=x", "é"]
for text in inputs:
    try:
        loose = base64.b64decode(text)
    except ValueError as e:
        loose = f"error: {e}"
    try:
        strict = base64.b64decode(text, validate=True)
    except ValueError as e:
        strict = f"error: {e}"
    print(repr(text), "|", loose, "|", strict)
for bad in ["MZXW6===", "MZXW6", "mzxw6==="]:
    try:
        print(base64.b32decode(bad))
    except ValueError as e:
        print("b32 error:", e)
try:
    base64.b64encode("not bytes")
except TypeError as e:
    print("type error:", e)
try:
    base64.b16decode("ABC")
except ValueError as e:
    print("b16 error:", e)
base64.b16decode("ABCD")
