s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1])
print(s[-1:-4:-1], s[8:2:-2], s[5:5], s[20:], s[-100:2], s[3:1])
text = "Hello, World"
print(text[7:], text[:5], text[::-1], text[-5:-1], text[::3])
s2 = s[:]
s2[2:5] = ["a", "b"]
print(s2)
s2[::3] = [None] * len(s2[::3])
print(s2)
del s2[1:3]
print(s2)
del s2[::2]
print(s2)
s3 = [1, 2, 3]
s3[1:1] = [9, 9]
s3[len(s3):] = [7]
print(s3)
rot = 3
print(s[rot:] + s[:rot], s[-rot:] + s[:-rot])
print((1, 2, 3, 4)[1:3], "abcdef"[-2:], b"bytes"[1:3])
step = slice(1, 8, 3)
print(s[step], "abcdefgh"[step])
tail = s[::-3]
