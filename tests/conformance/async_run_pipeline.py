# Agent task: a whole pipeline inside asyncio.run(main()), with concurrency inside.
import asyncio


async def fetch_all(urls):
    results = await asyncio.gather(*[fetch_page(u) for u in urls], return_exceptions=True)
    return {u: r for u, r in zip(urls, results) if isinstance(r, str)}


def keywords(text):
    words = [w.strip(".,:%").lower() for w in text.split()]
    return sorted({w for w in words if len(w) > 4})


async def main():
    urls = [
        "https://example.com/a",
        "https://example.com/b",
        "https://example.com/oops",
        "https://news.example.com/today",
    ]
    pages = await fetch_all(urls)
    print(f"fetched {len(pages)} of {len(urls)}")
    index = {}
    for url, text in pages.items():
        for word in keywords(text):
            index.setdefault(word, []).append(url.split("/")[-1])
    for word in sorted(index):
        print(f"{word:<10} {index[word]}")
    return len(index)


count = asyncio.run(main())
print("indexed words:", count)
again = asyncio.run(main())
count == again
