hits = [
    ("u1", 100), ("u2", 105), ("u1", 130), ("u1", 500), ("u2", 160),
    ("u3", 170), ("u1", 520), ("u2", 900), ("u3", 175), ("u1", 1200),
]
GAP = 300

last_seen = {}
sessions = {}
for user, ts in sorted(hits, key=lambda h: (h[0], h[1])):
    if user not in last_seen or ts - last_seen[user] > GAP:
        sessions.setdefault(user, []).append([ts, ts])
    else:
        sessions[user][-1][1] = ts
    last_seen[user] = ts

for user in sorted(sessions):
    spans = sessions[user]
    pretty = ", ".join(f"{a}-{b}" for a, b in spans)
    print(f"{user}: {len(spans)} session(s): {pretty}")

durations = {u: [b - a for a, b in s] for u, s in sessions.items()}
print(durations)
total_sessions = sum(len(s) for s in sessions.values())
print(total_sessions)
