import re

text = """Contact us at support@example.com or sales@shop.example.co.uk.
Bob wrote from bob.smith+news@mail-server.org (backup: BOB@EXAMPLE.COM).
Docs: https://docs.example.com/guide/intro?lang=en#setup and http://example.org/a_b-c.
Old link www.legacy.net/path, ftp://files.example.com/pub is ignored.
Invalid: user@, @host.com, a@b"""

email_re = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
emails = email_re.findall(text)
print(emails)
print(sorted({e.lower() for e in emails}))
domains = [e.split("@")[1] for e in emails]
print(domains)

url_re = re.compile(r"https?://[^\s,]+?(?=[.,]?(?:\s|$))")
urls = url_re.findall(text)
print(urls)
for u in urls:
    m = re.match(r"(?P<scheme>https?)://(?P<host>[^/]+)(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?", u)
    print(m.groupdict())

hosts = re.findall(r"(?:https?://|www\.)([\w.-]+)", text)
print(hosts)
masked = email_re.sub(lambda m: m.group(0)[0] + "***@" + m.group(0).split("@")[1], text)
print(masked.splitlines()[0])
print(masked.splitlines()[1])
phones = re.findall(r"\+?\d[\d -]{7,}\d", "Call +1 555-123-4567 or 020 7946 0958, not 12-34.")
print(phones)
len(emails), len(urls)
