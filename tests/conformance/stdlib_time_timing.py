# Agent task: time a few tool calls and report whether they were fast (no raw times).
import time

start = time.perf_counter()
t0 = time.time()
results = {}
for city in ["Paris", "Tokyo"]:
    results[city] = get_weather(city)["temp_c"]
elapsed = time.perf_counter() - start
print("results:", results)
print("elapsed is a float:", isinstance(elapsed, float), "non-negative:", elapsed >= 0)
print("fast:", elapsed < 5.0)
print("wall clock sane:", time.time() >= t0 > 1_600_000_000)
ns = time.time_ns()
print("ns is int:", type(ns) is int, ns > 1_600_000_000 * 10**9)
m0 = time.monotonic()
time.sleep(0.01)
print("slept:", time.monotonic() - m0 >= 0.01)
len(results)
