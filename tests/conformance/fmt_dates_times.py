def fmt_duration(seconds):
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    minutes, secs = divmod(rem, 60)
    parts = []
    if days:
        parts.append(f"{days}d")
    if hours or days:
        parts.append(f"{hours:02d}h")
    parts.append(f"{minutes:02d}m")
    parts.append(f"{secs:02d}s")
    return " ".join(parts)

for s in [0, 59, 61, 3600, 3661, 86399, 86400, 90061, 1000000]:
    print(f"{s:>8} -> {fmt_duration(s)}")

def clock(h, m):
    suffix = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return f"{h12}:{m:02d} {suffix}"

print([clock(h, m) for h, m in [(0, 5), (9, 30), (12, 0), (13, 45), (23, 59)]])
y, mo, d = 2024, 2, 9
iso = f"{y:04d}-{mo:02d}-{d:02d}"
stamp: str = f"{iso}T00:00:00"
