# Agent task: stream pages one at a time with an async generator.
import asyncio


async def stream_pages(urls):
    for url in urls:
        try:
            text = await fetch_page(url)
        except ValueError as e:
            yield url, None, str(e)
            continue
        yield url, text, None


async def numbered(agen):
    n = 0
    async for item in agen:
        n += 1
        yield n, item


urls = ["https://example.com/a", "https://example.com/nope", "https://example.com/c"]
total = 0
async for n, (url, text, err) in numbered(stream_pages(urls)):
    if err:
        print(f"{n}. {url}: ERROR {err}")
    else:
        total += len(text)
        print(f"{n}. {url}: {text[:10]!r}")
print("total chars:", total)


async def ticker(symbols):
    for s in symbols:
        yield s, await fetch_price(s)


quotes = {}
async for sym, price in ticker(["NVDA", "AAPL"]):
    quotes[sym] = price
quotes
