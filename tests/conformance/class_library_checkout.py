# A library system: members borrow and return books, with limits and late fees.
class LibraryError(Exception):
    """Any refused library operation."""


class Book:
    def __init__(self, isbn, title):
        self.isbn, self.title, self.borrower = isbn, title, None

    def __repr__(self):
        state = f"out to {self.borrower.name}" if self.borrower else "available"
        return f"{self.title!r} ({state})"


class Member:
    max_books = 2

    def __init__(self, name):
        self.name, self.books, self.fees = name, [], 0


class Premium(Member):
    max_books = 4

class Library:
    fee_per_day = 25

    def __init__(self, books):
        self.books = {b.isbn: b for b in books}

    def checkout(self, member, isbn):
        book = self.books.get(isbn)
        if book is None or book.borrower is not None:
            raise LibraryError(f"no book {isbn}" if book is None else f"{book.title} already out")
        if len(member.books) >= member.max_books:
            raise LibraryError(f"{member.name} reached limit of {member.max_books}")
        book.borrower = member
        member.books.append(book)

    def checkin(self, isbn, days_late=0):
        book = self.books[isbn]
        member, book.borrower = book.borrower, None
        member.books.remove(book)
        member.fees += days_late * self.fee_per_day
        return member.fees


lib = Library([Book(1, "SICP"), Book(2, "TAOCP"), Book(3, "Dune"), Book(4, "Emma")])
ann, bob = Member("ann"), Premium("bob")
for member, isbn in [(ann, 1), (ann, 2), (ann, 3), (bob, 2), (bob, 3), (bob, 9), (bob, 4)]:
    try:
        lib.checkout(member, isbn)
        print(f"{member.name} took {isbn}")
    except LibraryError as e:
        print("refused:", e)
print(list(lib.books.values()))
print(lib.checkin(1, days_late=3), lib.checkin(3))
print(ann.fees, [b.title for b in ann.books], [b.title for b in bob.books])
# checking the same book in twice: the class does not guard against it
lib.checkin(1)
