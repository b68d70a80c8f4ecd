# Agent task: a task's error is not handled and ends the program.
import asyncio


def parse_ratio(text):
    left, right = text.split("/")
    return int(left) / int(right)


async def compute(name, expr):
    await slow_echo(name)
    value = parse_ratio(expr)
    return name, round(value, 3)


good = await asyncio.create_task(compute("half", "1/2"))
print("good:", good)
more = await asyncio.gather(compute("third", "1/3"), compute("quarter", "1/4"))
print("more:", more)
task = asyncio.create_task(compute("broken", "1/0"))
print("awaiting the broken task")
result = await task
print("unreachable", result)
