def checked_mean(values):
    assert isinstance(values, list), "values must be a list"
    assert len(values) > 0, f"need at least one value, got {len(values)}"
    return sum(values) / len(values)

print(checked_mean([1, 2, 3, 4]))
print(checked_mean([10]))
batches = [[2, 4], [], [6]]
print("batches:", len(batches))
print("sizes:", [len(b) for b in batches])
means = [checked_mean(b) for b in batches]
