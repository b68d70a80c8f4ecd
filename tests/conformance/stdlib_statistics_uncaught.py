# Agent task: average a column that turns out to hold text; the error surfaces.
import statistics

rows = [{"sku": "A1", "qty": "3"}, {"sku": "B2", "qty": "5"}]
numeric = [int(r["qty"]) for r in rows]
print("mean qty:", statistics.mean(numeric))
print("median of strings works:", statistics.median_low([r["qty"] for r in rows]))
raw = [r["qty"] for r in rows]
statistics.mean(raw)
