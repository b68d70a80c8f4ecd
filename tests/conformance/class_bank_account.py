# A bank account with validation, transaction history and transfers.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance:.2f} < {amount:.2f}")
        self.shortfall = round(amount - balance, 2)


class Account:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        return (self.balance, other.balance)

    def __repr__(self):
        return f"Account(#{self.number} {self.owner}: {self.balance:.2f})"


alice, bob = Account("alice", 100), Account("bob")
print(alice, bob)
print(alice.deposit(50.5), alice.withdraw(20.25))
print(alice.transfer(bob, 80))
for amount in (500, -5):
    try:
        bob.withdraw(amount) if amount > 0 else bob.deposit(amount)
    except InsufficientFunds as e:
        print("declined:", e, "short by", e.shortfall)
    except ValueError as e:
        print("invalid:", e)
print(bob.deposit(round(bob.balance * bob.interest_rate, 2)), bob.history)
print([alice, bob], alice.history)
bob.balance
