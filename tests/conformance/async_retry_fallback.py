# Agent task: fetch documentation with retries and fallback mirrors.
import asyncio

attempts = []


async def fetch_with_retry(url, retries=2):
    last_error = None
    for attempt in range(1, retries + 1):
        attempts.append(url)
        try:
            return await fetch_page(url)
        except ValueError as e:
            last_error = e
            await asyncio.sleep(0.001 * attempt)
    raise RuntimeError(f"gave up on {url} after {retries} tries: {last_error}")


async def fetch_first_available(urls):
    errors = []
    for url in urls:
        try:
            return url, await fetch_with_retry(url)
        except RuntimeError as e:
            errors.append(str(e))
    return None, errors


mirrors = ["https://mirror1.example.com/api", "https://mirror2.example.com/api", "https://docs.example.com/api"]
url, text = await fetch_first_available(mirrors)
print("served by:", url)
print("text:", text)
print("attempts:", len(attempts))
for u in sorted(set(attempts)):
    print(f"  {attempts.count(u)}x {u}")

url, errors = await fetch_first_available(["https://a.invalid/", "https://b.invalid/"])
print("no mirror:", url)
for e in errors:
    print(" ", e)
len(attempts)
