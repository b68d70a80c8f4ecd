def human_size(n):
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    size = float(n)
    for unit in units:
        if size < 1024 or unit == units[-1]:
            if unit == "B":
                return f"{int(size)} {unit}"
            return f"{size:.1f} {unit}"
        size /= 1024

def si(n):
    for threshold, suffix in ((10 ** 9, "B"), (10 ** 6, "M"), (10 ** 3, "k")):
        if abs(n) >= threshold:
            return f"{n / threshold:.3g}{suffix}"
    return str(n)

files = {"notes.txt": 734, "photo.jpg": 2_483_112, "movie.mkv": 4_700_000_000,
         "empty": 0, "backup.tar": 1_099_511_627_776 * 3, "kb": 1024}
for name, size in sorted(files.items(), key=lambda kv: kv[1]):
    print(f"{name:<12}{size:>16,}  {human_size(size):>10}")

print([si(x) for x in (999, 1000, 15300, 2_500_000, -7_250_000_000)])
total = sum(files.values())
print(human_size(total))
