def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

msg = "Attack at Dawn, Zebra-42!"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13))
print(caesar(caesar(msg, 13), 13) == msg)

def rot_all(word):
    return [caesar(word, k) for k in range(0, 26, 5)]
print(rot_all("xyz"))

# brute force: find the shift that produces a known word
secret = caesar("the secret word is python", 11)
print(secret)
for k in range(26):
    guess = caesar(secret, -k)
    if "python" in guess:
        print("shift", k, "->", guess)
        break
print(enc)
