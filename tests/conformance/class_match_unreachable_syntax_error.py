# Agent task: a match whose catch-all case comes too early (CPython refuses to compile it).
status = 404
print("this never prints: the whole program is rejected")
match status:
    case 200:
        print("ok")
    case code:
        print("other", code)
    case 404:
        print("not found")
status
