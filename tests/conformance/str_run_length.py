def rle_encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev = ch
            n = 1
    out.append(f"{n}{prev}")
    return "".join(out)

def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    print(repr(s), "->", repr(enc), "->", dec == s)

decoded = rle_decode("3x2y10z")
