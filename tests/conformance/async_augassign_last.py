# Agent task: accumulate a portfolio value; the last statement is an augmented await.
holdings = [("AAPL", 3), ("GOOG", 2)]
total = 0.0
for symbol, shares in holdings:
    price = await fetch_price(symbol)
    total += price * shares
    print(f"{symbol}: {shares} x {price} = {price * shares}")
print("subtotal:", total)
total += await fetch_price("MSFT")
