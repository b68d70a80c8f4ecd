# Agent task: create reproducible test fixtures: ids, tokens, and sampled orders.
import random
import string

random.seed("fixture-v1")
alphabet = string.ascii_lowercase + string.digits
tokens = ["".join(random.choice(alphabet) for _ in range(8)) for _ in range(4)]
print("tokens:", tokens)
order_ids = random.sample(range(10000, 99999), 5)
print("order ids:", order_ids)
print("big id:", random.getrandbits(64), random.randrange(0, 10**12, 1000))
print("hex key:", random.randbytes(6).hex())
random.seed(b"fixture-v1")
print("bytes seed:", random.randint(1, 100))
random.seed(3.5)
print("float seed:", random.random())
state = random.getstate()
a = [random.random() for _ in range(2)]
random.setstate(state)
b = [random.random() for _ in range(2)]
print("replay ok:", a == b)
tokens[0]
