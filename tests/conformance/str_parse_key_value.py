text = """
# service configuration
name = payments
port=8443
 timeout = 2.5
retries= 3
enabled = yes
empty =
bad line without equals
path = /var/lib/app=data
"""

config = {}
errors = []
for n, raw in enumerate(text.splitlines(), 1):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    if "=" not in line:
        errors.append(f"line {n}: {line!r}")
        continue
    key, _, value = line.partition("=")
    config[key.strip()] = value.strip()

for k, v in config.items():
    print(f"{k!s:>8} -> {v!r}")
print("errors:", errors)

def convert(v):
    if v.isdigit():
        return int(v)
    if v.lower() in ("yes", "true"):
        return True
    try:
        return float(v)
    except ValueError:
        return v

typed = {k: convert(v) for k, v in config.items()}
typed
