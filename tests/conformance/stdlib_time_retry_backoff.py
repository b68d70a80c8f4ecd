# Agent task: retry a flaky lookup with exponential backoff.
import time

attempts = []

def flaky_lookup(user_id, attempt):
    if attempt < 2:
        raise RuntimeError(f"temporary failure #{attempt + 1}")
    return lookup_user(user_id)

user = None
delay = 0.001
for attempt in range(4):
    try:
        user = flaky_lookup(3, attempt)
        attempts.append("ok")
        break
    except RuntimeError as e:
        attempts.append(str(e))
        time.sleep(delay)
        delay *= 2
print("attempts:", attempts)
print("user:", user["name"], user["plan"])
print("final delay:", delay)
try:
    time.sleep(-1)
except ValueError as e:
    print("bad sleep:", e)
user["email"]
