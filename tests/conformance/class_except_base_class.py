# `except Base` catches subclasses; handler order matters; tuples of classes.
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Forbidden(AppError):
    pass


class RateLimited(AppError):
    def __init__(self, wait):
        super().__init__(f"retry after {wait}s")
        self.wait = wait


def fetch(resource):
    if resource.startswith("secret"):
        raise Forbidden(resource)
    if resource == "busy":
        raise RateLimited(30)
    if resource not in ("home", "about"):
        raise NotFound(resource)
    if resource == "about":
        raise KeyError("about")
    return f"<{resource}>"


log = []
for res in ["home", "missing", "secret/keys", "busy", "about"]:
    try:
        page = fetch(res)
    except (Forbidden, RateLimited) as e:
        log.append(("blocked", type(e).__name__, str(e)))
    except AppError as e:
        log.append(("app", type(e).__name__, str(e)))
    except Exception as e:
        log.append(("other", type(e).__name__, repr(e)))
    else:
        log.append(("ok", page, ""))
for entry in log:
    print(entry)
try:
    raise NotFound("x")
except Exception:
    print("Exception catches NotFound")
try:
    try:
        raise NotFound("inner")
    except Forbidden:
        print("wrong handler")
except AppError as e:
    print("outer caught", type(e).__name__, e)
[kind for kind, _, _ in log]
