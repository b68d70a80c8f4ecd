# Agent task: the coroutine itself decides when the task is finished.
import asyncio


async def find_page(keyword, urls):
    for url in urls:
        try:
            text = await fetch_page(url)
        except ValueError:
            print("skipping", url)
            continue
        print("checked", url)
        if keyword in text:
            final_answer({"keyword": keyword, "url": url, "text": text})
    return None


async def main():
    urls = [
        "https://example.com/a",
        "https://example.com/missing",
        "https://docs.example.com/api",
        "https://example.com/b",
    ]
    await find_page("users", urls)
    print("not found")


asyncio.run(main())
print("not printed either")
