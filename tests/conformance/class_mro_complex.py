# A bigger C3 linearization (the classic example) and an inconsistent MRO.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__ if k is not object)


for cls in (K1, K2, K3, Z):
    print(f"{cls.__name__:>2}: {names(cls)}")


class Mixin:
    def tag(self):
        return "mixin:" + type(self).__name__


class Service(Mixin, K3):
    pass


print(names(Service), Service().tag())
print(len(Z.__mro__), Z.__mro__[-1] is object)

for attempt in ("Bad(A, K1)", "Worse(O, A)"):
    try:
        if attempt.startswith("Bad"):
            class Bad(A, K1):
                pass
        else:
            class Worse(O, A):
                pass
    except TypeError as e:
        print(attempt, "->", " ".join(str(e).split()))
[k.__name__ for k in Service.mro()]
