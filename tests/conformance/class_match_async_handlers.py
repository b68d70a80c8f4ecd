# Agent task: fetch pages and prices concurrently and route the results with `match`.
import asyncio


async def classify(url):
    page = await fetch_page(url)
    match page.split(":", 1):
        case [title, body] if "page" in title:
            return ("page", title.split()[0], len(body.split()))
        case [title, body]:
            return ("doc", title, body.strip()[:20])
        case [text]:
            return ("plain", text[:15])


async def price_report(symbols):
    out = []
    for sym in symbols:
        try:
            p = await fetch_price(sym)
        except KeyError as e:
            out.append({"symbol": sym, "error": str(e)})
        else:
            out.append({"symbol": sym, "price": p})
    for entry in out:
        match entry:
            case {"symbol": s, "price": float(p)} if p > 500:
                print(f"{s}: expensive at {p}")
            case {"symbol": s, "price": p}:
                print(f"{s}: {p}")
            case {"symbol": s, "error": err}:
                print(f"{s}: failed with {err}")
    return len(out)


urls = ["https://example.com/", "https://example.com/a", "https://docs.example.com/api"]
results = await asyncio.gather(*(classify(u) for u in urls))
for r in results:
    match r:
        case ("page", name, words):
            print(f"page {name} has {words} words")
        case ("doc", title, preview):
            print(f"doc {title!r}: {preview}")
        case ("plain", start):
            print("plain text starting", repr(start))
await price_report(["AAPL", "NVDA", "NOPE"])
