# Agent task: shuffle a deck with a fixed seed and deal four poker hands.
import random

random.seed(7)
suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = {f"player{i + 1}": deck[i * 5:(i + 1) * 5] for i in range(4)}
for player, hand in hands.items():
    high = max(hand, key=lambda c: ranks.index(c[0]))
    print(player, " ".join(hand), "high:", high)
remaining = deck[20:]
print("cards left:", len(remaining))
burn = random.choice(remaining)
print("burn card:", burn)
flop = random.sample(remaining, 3)
flop
