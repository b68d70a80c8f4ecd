# Exact probabilities with Fraction, combinatorics with itertools and math.
import math
from fractions import Fraction
from itertools import combinations, product, permutations
from functools import reduce
from operator import mul

dice = list(product(range(1, 7), repeat=2))
p_seven = Fraction(sum(1 for a, b in dice if a + b == 7), len(dice))
p_double = Fraction(sum(1 for a, b in dice if a == b), len(dice))
print(p_seven, p_double, p_seven + p_double, float(p_seven), p_seven > Fraction(1, 7))
cards = "AKQJ"
hands = list(combinations(cards, 2))
print(len(hands), hands[:3], math.comb(4, 2), len(list(permutations(cards, 2))))
p_all = reduce(mul, [Fraction(k, 52 - i) for i, k in enumerate([4, 3, 2])])
print(p_all, p_all.limit_denominator(1000), round(float(p_all), 6))
expected = sum(Fraction(a + b) * Fraction(1, 36) for a, b in dice)
print(expected, math.floor(Fraction(7, 2)), Fraction("0.125"), Fraction(3, 4) ** 2)
print({Fraction(1, 2): "half"}[0.5], Fraction(1, 3) * 3 == 1)
p_seven
