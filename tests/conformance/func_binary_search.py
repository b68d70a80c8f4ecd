def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bsearch_rec(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr)
    if lo >= hi:
        return lo
    mid = (lo + hi) // 2
    if arr[mid] < target:
        return bsearch_rec(arr, target, mid + 1, hi)
    return bsearch_rec(arr, target, lo, mid)

data = list(range(0, 1000, 7))
for t in (0, 7, 693, 994, 500, -1):
    print(t, binary_search(data, t))
print([bsearch_rec([1, 3, 3, 3, 5, 8], t) for t in (0, 3, 4, 8, 9)])

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20)])
