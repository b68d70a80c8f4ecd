s = "python"
print(f"[{s}]|[{s:10}]|[{s:<10}]|[{s:>10}]|[{s:^10}]")
print(f"[{s:*<10}]|[{s:->10}]|[{s:=^11}]")
print(f"[{s:.3}]|[{s:10.2}]|[{s:>8.4}]")
print(f"[{'':5}]|[{'x':^4}]")
print("[{:^9s}]".format("odd"))
print("[%s]|[%10s]|[%-10s]|[%.2s]" % (s, s, s, s))
names = ["Al", "Beatrice", "Cy"]
w = max(map(len, names))
for i, n in enumerate(names):
    print(f"{i:>2}. {n:<{w}} |")
f"{s!r:>12}"
