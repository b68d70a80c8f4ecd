def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
            return cache[n]
        stats["misses"] += 1
        value = fn(n)
        cache[n] = value
        return value
    wrapper_stats.append(stats)
    return wrapper

wrapper_stats = []

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(wrapper_stats[0])
print([fib(i) for i in range(15)])
print(fib(90))
print(wrapper_stats[0])

@memoize
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best))
print(wrapper_stats[1]["misses"] > 1000)
