# A validation pipeline with an exception hierarchy and error collection.
class ValidationError(Exception):
    field = None

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


class BadType(ValidationError, TypeError):
    def __init__(self, field, expected, got):
        super().__init__(field, f"expected {expected}, got {type(got).__name__}")


class OutOfRange(ValidationError):
    pass


SCHEMA = {"name": str, "age": int, "email": str}


def validate(record):
    errors = []
    for field, typ in SCHEMA.items():
        try:
            if field not in record:
                raise MissingField(field)
            value = record[field]
            if not isinstance(value, typ):
                raise BadType(field, typ.__name__, value)
            if field == "age" and not 0 <= value <= 150:
                raise OutOfRange(field, f"{value} not in 0..150")
        except ValidationError as e:
            errors.append(e)
    return errors


records = [{"name": "Ann", "age": 31, "email": "a@x"}, {"name": "Bo", "age": "31"},
           {"name": 5, "age": 200, "email": "b@x"}]
for r in records:
    errs = validate(r)
    print([str(e) for e in errs] or "valid")
    print("  kinds:", [type(e).__name__ for e in errs])
print([c.__name__ for c in BadType.__mro__])
print(isinstance(BadType("f", "int", "x"), TypeError))
summary = {type(e).__name__: e.field for r in records for e in validate(r)}
summary
