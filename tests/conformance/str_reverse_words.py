sentence = "The quick brown fox jumps over the lazy dog"
print(sentence[::-1])
print(" ".join(sentence.split()[::-1]))
print(" ".join(w[::-1] for w in sentence.split()))
print(" ".join(reversed(sentence.split())))

def reverse_each_k(s, k):
    chars = list(s)
    for i in range(0, len(chars), 2 * k):
        chars[i:i + k] = chars[i:i + k][::-1]
    return "".join(chars)

print(reverse_each_k("abcdefghij", 3))
print(sentence[4:9], sentence[-3:], sentence[:-4:-1], sentence[::5])

acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
pig = " ".join(w[1:] + w[0] + "ay" if w[0] not in "aeiou" else w + "way" for w in "hello apple string".split())
print(pig)
