# Agent task: a timing/logging decorator that keeps the wrapped function's identity.
import functools

log = []


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        log.append(func.__name__)
        return func(*args, **kwargs)

    return wrapper


@traced
def fetch_user(user_id):
    """Fetch one user."""
    return {"id": user_id}


print(fetch_user(7), log)
print(fetch_user.__name__, fetch_user.__qualname__, fetch_user.__module__)
print(fetch_user.__wrapped__(8), log)


def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)

    wrapper.calls = 0
    return functools.update_wrapper(wrapper, func)


@counted
def add(a, b):
    return a + b


print(add(1, 2), add(3, 4), add.calls, add.__name__)


def plain():
    pass


plain.tag = "v1"
plain.__name__ = "renamed"
print(plain.tag, plain.__name__)
try:
    plain.__name__ = 5
except TypeError as e:
    print("TypeError", e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, r.computed)
add.__wrapped__(10, 20)
