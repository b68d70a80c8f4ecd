# Static helpers grouped on a class, callable from the class and from instances.
class Validator:
    allowed_domains = ["example.com", "test.org"]

    @staticmethod
    def is_email(text):
        if text.count("@") != 1:
            return False
        user, domain = text.split("@")
        return bool(user) and "." in domain

    @staticmethod
    def clamp(value, lo, hi):
        return max(lo, min(hi, value))

    @classmethod
    def domain_ok(cls, text):
        return cls.is_email(text) and text.split("@")[1] in cls.allowed_domains

    def check(self, record):
        problems = []
        if not self.is_email(record["email"]):
            problems.append("bad email")
        elif not self.domain_ok(record["email"]):
            problems.append("foreign domain")
        if self.clamp(record["age"], 0, 130) != record["age"]:
            problems.append("age out of range")
        return problems


print(Validator.is_email("a@example.com"), Validator.is_email("nope"))
print(Validator.clamp(150, 0, 100), Validator.clamp(-5, 0, 100))
v = Validator()
records = [
    {"email": "ann@example.com", "age": 34},
    {"email": "bob@elsewhere.net", "age": 200},
    {"email": "broken@", "age": 20},
]
for rec in records:
    print(rec["email"], "->", v.check(rec) or "ok")
report = {r["email"]: len(v.check(r)) for r in records}
report
