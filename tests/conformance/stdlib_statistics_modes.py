# Agent task: find the most common product categories and review scores.
import statistics

cats = []
for q in ["mouse", "cable", "lamp", "mug", "machine", "pad", "organizer", "keyboard"]:
    cats += [p["category"] for p in search_products(q, max_results=5)]
print("categories:", cats)
print("mode:", statistics.mode(cats))
print("multimode:", statistics.multimode(cats))
scores = [5, 4, 4, 5, 3, 5, 4, 2, 1, 4]
print("score mode:", statistics.mode(scores), "multimode:", statistics.multimode(scores))
print("ties keep first seen:", statistics.mode(["b", "a", "a", "b"]))
print("empty multimode:", statistics.multimode([]))
print("grouped median:", statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print("grouped (interval 10):", statistics.median_grouped([25, 35, 35, 45, 45, 45], interval=10))
statistics.multimode("mississippi")
