records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_both = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1], reverse=True)
print(by_both)
print(sorted(records))
print(sorted(records, reverse=True))
mixed_case = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(mixed_case))
print(sorted(mixed_case, key=str.lower))
print(sorted(mixed_case, key=lambda s: (s.lower(), s.swapcase())))
nums = [10, -3, 7, -10, 3]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (abs(n), n)))
lst = [5, 2, 9]
result = lst.sort()
print(result, lst)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
lengths = sorted(["ccc", "a", "bb", "dd", "e"], key=len)
print(lengths)
