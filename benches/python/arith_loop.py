t = 0
for i in range(1000000):
    t += i * 2 % 7
t
