from enum import Flag, IntFlag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), rw.value)
print(Perm.READ in rw, Perm.EXEC in rw, bool(rw & Perm.EXEC))
print([p.name for p in Perm], Perm.EXEC.value)
print(rw & Perm.WRITE, Perm(5))

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

m = Mode.R | Mode.X
print(m, m == 5, m + 1, Mode.R | 2)
print(Mode.W in (Mode.R | Mode.W))
perms = {"alice": Perm.READ | Perm.WRITE | Perm.EXEC, "bob": Perm.READ}
for user, p in perms.items():
    print(user, Perm.WRITE in p)
rw
