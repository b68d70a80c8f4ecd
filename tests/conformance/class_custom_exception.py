# A user exception with custom __init__ and __str__, carrying structured data.
class ApiError(Exception):
    def __init__(self, status, endpoint, detail=""):
        super().__init__(status, endpoint)
        self.status = status
        self.endpoint = endpoint
        self.detail = detail

    def __str__(self):
        msg = f"{self.status} on {self.endpoint}"
        return f"{msg}: {self.detail}" if self.detail else msg

    @property
    def retryable(self):
        return self.status >= 500


def call(endpoint):
    table = {"/users": 200, "/orders": 503, "/admin": 403, "/slow": 504}
    status = table.get(endpoint, 404)
    if status != 200:
        raise ApiError(status, endpoint, "forbidden" if status == 403 else "")
    return {"endpoint": endpoint, "ok": True}


retry_queue = []
for ep in ["/users", "/orders", "/admin", "/missing", "/slow"]:
    try:
        print("ok:", call(ep))
    except ApiError as e:
        print(f"failed ({e}) retryable={e.retryable} args={e.args}")
        if e.retryable:
            retry_queue.append(e.endpoint)
print("retry:", retry_queue)
err = ApiError(500, "/x", "boom")
print(str(err), "|", repr(err), "|", f"{err}")
print(isinstance(err, Exception), type(err).__name__)
retry_queue
