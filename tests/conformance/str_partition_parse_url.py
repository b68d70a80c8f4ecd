urls = [
    "https://example.com/path/to/page?x=1&y=two#frag",
    "http://localhost:8080/api/v1/users?id=42",
    "ftp://files.server.org/pub/readme.txt",
    "https://noquery.net/",
]

def parse(url):
    scheme, _, rest = url.partition("://")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    host, slash, path = rest.partition("/")
    host, _, port = host.partition(":")
    params = {}
    if query:
        for pair in query.split("&"):
            k, _, v = pair.partition("=")
            params[k] = v
    return {"scheme": scheme, "host": host, "port": int(port) if port else None,
            "path": slash + path, "query": params, "fragment": fragment}

for u in urls:
    p = parse(u)
    print(p["scheme"], p["host"], p["port"], p["path"], p["query"], repr(p["fragment"]))

print("a=b=c".partition("="), "abc".partition("="), "a=b=c".rpartition("="))
print(parse(urls[1])["query"])
