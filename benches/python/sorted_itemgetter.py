# sorted() with operator.itemgetter keys: records by price, pairs by their second field.
from operator import itemgetter

rows = [{"sku": i, "price": (i * 7919) % 1000 / 10, "qty": i % 17} for i in range(20000)]
pairs = [(str(i), (i * 104729) % 50000) for i in range(20000)]
check = 0
for _ in range(5):
    by_price = sorted(rows, key=itemgetter("price"))
    by_second = sorted(pairs, key=itemgetter(1))
    by_qty = sorted(rows, key=itemgetter("qty"), reverse=True)
    check += by_price[0]["sku"] + by_second[-1][1] + by_qty[0]["sku"]
print(check)
check
