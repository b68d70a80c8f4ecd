nums = list(range(1, 21))
squares = [n * n for n in nums]
print(squares)
evens = [n for n in nums if n % 2 == 0]
print(evens)
labels = ["fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n for n in nums]
print(labels)
words = ["Apple", "banana", "Cherry", "date", "Elderberry"]
print([w.lower() for w in words if w[0].isupper()])
print([len(w) for w in words])
print([(i, w) for i, w in enumerate(words) if i % 2])
print([c for c in "hello world" if c not in "aeiou "])
print([x for x in [] if x])
cubes = [[n, n ** 3] for n in nums[:4]]
