def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]

phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "No lemon, no melon", "ab"]
for p in phrases:
    print(f"{p!r:40} {is_palindrome(p)}")

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, members in groups.items():
    if len(members) > 1:
        print(key, "->", members)

def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if len(sub) > len(best) and sub == sub[::-1]:
                best = sub
    return best

print(longest_palindrome("forgeeksskeegfor"))
