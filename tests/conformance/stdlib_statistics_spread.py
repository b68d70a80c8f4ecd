# Agent task: compare the consistency of two delivery routes.
import statistics

route_a = [32, 35, 31, 36, 33, 34, 35]
route_b = [25, 41, 30, 44, 28, 39, 29]
for name, times in [("A", route_a), ("B", route_b)]:
    m = statistics.mean(times)
    sd = statistics.stdev(times)
    print(f"route {name}: mean={m:.3f} stdev={sd:.3f} var={statistics.variance(times)} pvar={statistics.pvariance(times)}")
    print("  cv:", round(sd / m, 4), "pstdev:", statistics.pstdev(times))
print("with known mean:", statistics.variance(route_a, 33.714285714285715), statistics.pvariance(route_a, mu=34))
floats = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print("float variance:", statistics.variance(floats), statistics.stdev(floats))
print("exact ints:", statistics.variance([1, 3]), statistics.variance([1, 2, 3, 4, 5]), statistics.pvariance([1, 2, 3, 4]))
print("covariance:", statistics.covariance(route_a, route_b))
print("correlation:", round(statistics.correlation(route_a, route_b), 6))
statistics.stdev(route_b) > statistics.stdev(route_a)
