names = ["ada", "ben", "cleo", "dmitri"]
ages = [36, 29, 41, 33]
cities = ["Leeds", "Perth", "Quito", "Riga"]

people = list(zip(names, ages, cities))
for name, age, city in people:
    print(f"{name.title():<7}{age:>3}  {city}")

unzipped_names, unzipped_ages, _ = zip(*people)
print(unzipped_names)
print(unzipped_ages)

lookup = dict(zip(names, ages))
print(lookup)
older = {n: a for n, a in lookup.items() if a > 32}
print(older)

# zip stops at the shortest
print(list(zip(names, [1, 2])))
indexed = list(enumerate(cities, 100))
print(indexed)
