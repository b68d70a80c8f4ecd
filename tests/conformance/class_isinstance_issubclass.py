# isinstance / issubclass over a small class hierarchy, including tuples of classes.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name


class Mammal(Animal):
    pass


class Dog(Mammal):
    sound = "woof"


class Cat(Mammal):
    sound = "meow"


class Parrot(Animal):
    sound = "squawk"


zoo = [Dog("rex"), Cat("tom"), Parrot("polly"), Animal("blob"), Dog("fido")]
for a in zoo:
    kinds = [k.__name__ for k in (Animal, Mammal, Dog, Cat, Parrot) if isinstance(a, k)]
    print(f"{a.name:<6} {a.sound:<7} {kinds}")

mammals = [a.name for a in zoo if isinstance(a, Mammal)]
pets = [a.name for a in zoo if isinstance(a, (Cat, Parrot))]
print("mammals:", mammals)
print("cats or parrots:", pets)
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (Cat, Mammal)))
print(issubclass(Dog, Dog), issubclass(Dog, object), isinstance(Dog, type))
print(isinstance(3, Animal), isinstance(zoo[0], object), type(zoo[0]) is Mammal)
counts = {}
for a in zoo:
    key = type(a).__name__
    counts[key] = counts.get(key, 0) + 1
counts
