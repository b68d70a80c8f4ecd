# Agent task: simulate a tournament and publish a leaderboard.
import random
import heapq
import statistics
import textwrap

random.seed(31337)
players = ["ana", "bo", "cy", "di", "ed", "flo", "gus", "hal"]
scores = {p: [random.randint(50, 100) for _ in range(5)] for p in players}
avg = {p: statistics.mean(s) for p, s in scores.items()}
top3 = heapq.nlargest(3, avg.items(), key=lambda kv: kv[1])
print("top 3:", top3)
bottom = heapq.nsmallest(2, avg, key=avg.get)
print("bottom 2:", bottom)
spread = {p: round(statistics.pstdev(s), 2) for p, s in scores.items()}
steadiest = min(spread, key=spread.get)
print("steadiest:", steadiest, spread[steadiest])
summary = ", ".join(f"{p} ({a})" for p, a in sorted(avg.items(), key=lambda kv: -kv[1]))
print(textwrap.fill("Standings: " + summary, width=48))
print("all-score quartiles:", statistics.quantiles([x for s in scores.values() for x in s]))
top3[0][0]
