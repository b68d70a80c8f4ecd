tags_per_post = [["python", "rust"], ["rust", "wasm"], [], ["python", "ai", "rust"], ["go"]]
all_tags = [t for tags in tags_per_post for t in tags]
print(all_tags)
unique_in_order = list(dict.fromkeys(all_tags))
print(unique_in_order)
print(sorted(set(all_tags)))
counts = {t: all_tags.count(t) for t in unique_in_order}
print(counts)
pairs = sorted({(a, b) for tags in tags_per_post for a in tags for b in tags if a < b})
print(pairs)
nested = [[1, [2, 3]], [4], [[5, [6]]]]
def flat(x):
    return [z for y in x for z in (flat(y) if isinstance(y, list) else [y])]
print(flat(nested))
print(sum(len(t) for t in tags_per_post) == len(all_tags))
