# Agent task: async helpers that call each other to build a short digest.
import asyncio


async def word_count(url):
    text = await fetch_page(url)
    return len(text.split())


async def headline(url):
    text = await fetch_page(url)
    title, _, rest = text.partition(":")
    return title.strip().title(), rest.strip()


async def digest(urls):
    lines = []
    for url in urls:
        title, body = await headline(url)
        words = await word_count(url)
        lines.append(f"{title} ({words} words): {body}")
    return lines


async def total_words(urls):
    counts = [await word_count(u) for u in urls]
    return sum(counts), counts


sources = ["https://example.com/a", "https://docs.example.com/api", "https://news.example.com/today"]
for line in await digest(sources):
    print(line)
total, counts = await total_words(sources)
print("counts:", counts)
print("total:", total)
summary = {"sources": len(sources), "words": total}
summary
