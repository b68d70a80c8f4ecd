# Agent task: check prices for a watchlist; an unknown symbol is not handled.
watchlist = ["AAPL", "NVDA", "META", "GOOG"]
alerts = []
for symbol in watchlist:
    price = await fetch_price(symbol)
    if price > 500:
        alerts.append(symbol)
    print(f"{symbol}: {price}")
print("alerts:", alerts)
