# Agent task: retry with a growing timeout, catching the builtin TimeoutError.
import asyncio


async def ask_service(delay):
    reply = await slow_echo("reply after " + str(delay), delay)
    return reply.upper()


timeouts = [0.02, 0.04, 0.2]
reply = None
for attempt, limit in enumerate(timeouts, start=1):
    try:
        reply = await asyncio.wait_for(ask_service(0.08), timeout=limit)
        print(f"attempt {attempt}: success with timeout {limit}")
        break
    except TimeoutError as e:
        print(f"attempt {attempt}: timeout {limit} too short", repr(e))
print("reply:", reply)
try:
    await asyncio.wait_for(ask_service(0.5), 0.01)
except Exception as e:
    print("Exception catches it too:", isinstance(e, TimeoutError))
reply
