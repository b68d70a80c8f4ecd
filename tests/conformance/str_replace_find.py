s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 2))
print(s.replace("at", "og"))
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"))
print(s.index("sat"), s.rindex("at"))
print(s.count("the"), s.count("at"), s.count(""))
print("the" in s, "dog" not in s)

positions = []
start = 0
while True:
    i = s.find("at", start)
    if i == -1:
        break
    positions.append(i)
    start = i + 1
print("positions of 'at':", positions)

print("aaaa".replace("aa", "b"))
print("abc".replace("", "-"))
censored = s
for bad in ("cat", "hat"):
    censored = censored.replace(bad, "*" * len(bad))
censored
