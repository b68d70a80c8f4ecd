def summarize(values):
    count = len(values)
    print("count:", count)
    total = sum(values)
    print("total:", total)
    return totl / count

data = [3, 4, 5]
print("starting")
summarize(data)
