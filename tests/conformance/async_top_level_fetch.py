# Agent task: fetch a few pages with top-level await and summarize them.
urls = ["https://example.com/a", "https://example.com/b", "https://example.com/c"]
pages = {}
for url in urls:
    text = await fetch_page(url)
    pages[url] = text
    print(f"{url} -> {len(text)} chars, {len(text.split())} words")

first_words = [pages[u].split(":")[0] for u in urls]
print("titles:", first_words)
longest = max(urls, key=lambda u: len(pages[u]))
print("longest:", longest)
home = await fetch_page("https://example.com/")
print(home.upper())
await fetch_price("MSFT")
