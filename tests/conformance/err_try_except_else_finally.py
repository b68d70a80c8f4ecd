def safe_divide(a, b):
    log = []
    try:
        result = a / b
    except ZeroDivisionError as e:
        log.append(f"error: {e}")
        result = None
    except TypeError as e:
        log.append(f"type error: {e}")
        result = None
    else:
        log.append("no error")
    finally:
        log.append("cleanup")
    return result, log

for args in [(10, 2), (1, 0), ("a", 2), (7.5, 2.5)]:
    print(args, safe_divide(*args))

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected on attempt", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)
    finally:
        print("finally for attempt", attempts)
attempts
