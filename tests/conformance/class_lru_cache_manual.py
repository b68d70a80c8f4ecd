# A hand-written LRU cache class (dict keeps insertion order) used to memoize tool calls.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print(f"  evict {oldest}")
            del self.data[oldest]
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


cache = LRUCache(2)


def weather(city):
    found = cache.get(city)
    if found is None:
        found = get_weather(city)["condition"]
        cache.put(city, found)
    return found


for city in ["Paris", "Tokyo", "Paris", "Cairo", "Tokyo", "Paris", "Paris"]:
    print(city, weather(city), cache)
print("Cairo" in cache, "London" in cache)
cache.hits / (cache.hits + cache.misses)
