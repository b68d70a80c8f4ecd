prices = {
    "AAA": [10.0, 10.5, 10.2, 11.0, 11.4],
    "BBB": [50.0, 48.0, 47.5, 49.0, 45.0],
    "CCC": [5.0, 5.0, 5.1, 5.0, 5.2],
}

changes = {}
for sym, series in prices.items():
    deltas = [round(b - a, 2) for a, b in zip(series, series[1:])]
    pct = (series[-1] - series[0]) / series[0] * 100
    changes[sym] = pct
    up_days = sum(1 for d in deltas if d > 0)
    print(f"{sym}: deltas={deltas} up_days={up_days} change={pct:+.2f}%")

winner = max(changes, key=changes.get)
loser = min(changes, key=changes.get)
print("winner:", winner, "loser:", loser)

def max_drawdown(series):
    peak = series[0]
    worst = 0.0
    for p in series:
        peak = max(peak, p)
        worst = min(worst, (p - peak) / peak)
    return worst

dd = {s: round(max_drawdown(v) * 100, 2) for s, v in prices.items()}
print(dd)
