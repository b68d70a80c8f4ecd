# getattr/setattr/hasattr/delattr with dynamic attribute names (config loading).
class Job:
    retries = 1

    def __init__(self, name):
        self.name = name

    def run(self):
        return f"running {self.name} with {self.retries} retries"


raw = {"retries": "3", "queue": "fast", "timeout": "12.5", "name": "nightly"}
casts = {"retries": int, "timeout": float}
job = Job("default")
for key, value in raw.items():
    setattr(job, key, casts.get(key, str)(value))
print(job.run(), job.queue, job.timeout)
print([hasattr(job, a) for a in ("queue", "retries", "missing", "run")])
print(getattr(job, "queue"), getattr(job, "priority", "normal"))
method = getattr(job, "run")
print(method())
delattr(job, "retries")
print(job.retries, "falls back to class attribute")
for attr in ["retries", "nope"]:
    try:
        delattr(job, attr)
    except AttributeError as e:
        print("AttributeError:", e)
setattr(Job, "retries", 5)
print(Job("other").run(), getattr(Job, "retries"))
fields = sorted(k for k in vars(job))
print(fields)
getattr(job, "priority")
