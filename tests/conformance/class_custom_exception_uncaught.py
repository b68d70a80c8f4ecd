# An uncaught user exception with a custom __str__: the error line shows str(exc).
class QuotaExceeded(Exception):
    def __init__(self, user, used, limit):
        super().__init__(user, used, limit)
        self.user = user
        self.used = used
        self.limit = limit

    def __str__(self):
        return f"user {self.user} used {self.used}/{self.limit} requests"


class RateLimiter:
    def __init__(self, limit):
        self.limit = limit
        self.used = {}

    def hit(self, user):
        n = self.used.get(user, 0) + 1
        if n > self.limit:
            raise QuotaExceeded(user, n, self.limit)
        self.used[user] = n
        return self.limit - n


rl = RateLimiter(3)
for user in ["ann", "bob", "ann", "ann"]:
    print(user, "remaining", rl.hit(user))
try:
    rl.hit("ann")
except QuotaExceeded as e:
    print("blocked:", e, "| args:", e.args)
print(rl.used)
for _ in range(3):
    print("bob remaining", rl.hit("bob"))
