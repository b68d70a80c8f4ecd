//! `random`: CPython's Mersenne Twister and `random.py` algorithms, checked against
//! values CPython 3.11 printed.

mod common;
use common::ok;

#[test]
fn seed_int_random_sequence() {
    ok(
        "import random\nrandom.seed(42)\nprint([random.random() for _ in range(5)])\nrandom.seed(12345)\nprint(random.random(), random.randint(1, 6), random.randrange(100), random.randrange(5, 50, 5))\n",
        "[0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124]\n0.41661987254534116 1 38 30\n",
    );
}

#[test]
fn seed_edge_ints() {
    ok(
        "import random\nfor s in [0, 1, -1, 2**32, 2**32 - 1, 2**64 + 7, -(10**40), True, False]:\n    random.seed(s)\n    print(s, random.random())\n",
        "0 0.8444218515250481\n1 0.13436424411240122\n-1 0.13436424411240122\n4294967296 0.11299430095636409\n4294967295 0.6353574441341173\n18446744073709551623 0.9625990769630326\n-10000000000000000000000000000000000000000 0.34753796566513817\nTrue 0.13436424411240122\nFalse 0.8444218515250481\n",
    );
}

#[test]
fn seed_str_bytes_float() {
    ok(
        "import random\nfor s in [\"hello\", \"\", \"ünïcode ✓\", b\"bytes\", bytearray(b\"bytes\"), 3.14, -2.5, 1.0, \"a\" * 300]:\n    random.seed(s)\n    print(repr(s)[:20], random.random(), random.randint(0, 10**6))\nrandom.seed(\"hello\", version=1)\nprint(random.random())\nrandom.seed(b\"hello\", version=1)\nprint(random.random())\n",
        "'hello' 0.3537754404730722 695414\n'' 0.9602256525641875 624334\n'ünïcode ✓' 0.510298694695065 829555\nb'bytes' 0.37075677971469856 702892\nbytearray(b'bytes') 0.37075677971469856 702892\n3.14 0.7754488379965433 752308\n-2.5 0.4779490710306722 403707\n1.0 0.13436424411240122 888598\n'aaaaaaaaaaaaaaaaaaa 0.07265405879153808 881343\n0.8180391270568783\n0.8180391270568783\n",
    );
}

#[test]
fn integer_helpers() {
    ok(
        "import random\nrandom.seed(2024)\nprint([random.randint(1, 6) for _ in range(20)])\nprint([random.randrange(10, 0, -3) for _ in range(8)])\nprint([random.randrange(-5, 5) for _ in range(8)])\nprint(random.randrange(10**30), random.randint(-10**20, 10**20))\nprint(random.randrange(10.0), random.randint(1, 3.0))\nprint(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(65), random.getrandbits(200))\nprint(random.randbytes(0), random.randbytes(7))\n",
        "[4, 2, 6, 5, 3, 2, 6, 4, 6, 3, 5, 2, 6, 6, 4, 3, 4, 5, 6, 5]\n[7, 4, 4, 10, 7, 1, 7, 7]\n[1, -5, 0, 1, 2, -4, -3, 0]\n978095149630217668022661486762 16684561262430808147\n6 2\n0 1 919368101 8182095780 4226205292245779982 19193598334281025235 1357478981339118928715484943845479929104978463490144630996823\nb'' b'\\xc3\\xa4q\\x81\\xa7\\xb8Q'\n",
    );
}

#[test]
fn sequence_helpers() {
    ok(
        "import random\nrandom.seed(7)\ncolors = [\"red\", \"green\", \"blue\", \"yellow\", \"purple\"]\nprint([random.choice(colors) for _ in range(6)], random.choice(\"xyz\"), random.choice(range(100, 200)), random.choice((1, 2)))\nprint(random.choices(colors, k=6))\nprint(random.choices(colors, weights=[10, 1, 1, 1, 5], k=8))\nprint(random.choices(colors, cum_weights=[1, 2, 3, 4, 5], k=4))\nprint(random.choices(colors, [0.5, 0.1, 0.1, 0.1, 0.2]), random.choices(colors, k=0))\nprint(random.sample(colors, 3), random.sample(range(1000), 10), random.sample(range(10**12), 4))\nprint(random.sample(colors, k=5), random.sample(\"abcdefgh\", 2), random.sample(range(60), 30))\nprint(random.sample([\"red\", \"blue\"], counts=[4, 2], k=5))\ndeck = [f\"{r}{s}\" for s in \"SHDC\" for r in \"A23456789TJQK\"]\nrandom.shuffle(deck)\nprint(deck[:10])\nitems = list(range(10)); random.shuffle(items); print(items)\n",
        "['blue', 'green', 'yellow', 'red', 'red', 'purple'] x 146 1\n['purple', 'green', 'red', 'blue', 'green', 'blue']\n['red', 'green', 'purple', 'blue', 'green', 'red', 'green', 'red']\n['green', 'blue', 'red', 'blue']\n['green'] []\n['purple', 'blue', 'yellow'] [835, 698, 185, 105, 595, 584, 654, 192, 381, 99] [784036592425, 618744967223, 678860817844, 546345432543]\n['purple', 'yellow', 'green', 'blue', 'red'] ['f', 'c'] [15, 50, 11, 44, 49, 59, 5, 36, 19, 33, 31, 21, 46, 28, 18, 38, 4, 7, 32, 26, 10, 48, 9, 55, 40, 2, 43, 20, 56, 22]\n['red', 'blue', 'red', 'blue', 'red']\n['2C', '8H', '2D', 'QS', 'JC', 'AS', 'TC', '9C', '8D', '5C']\n[4, 5, 3, 1, 9, 6, 8, 2, 7, 0]\n",
    );
}

#[test]
fn float_distributions() {
    ok(
        "import random\nrandom.seed(99)\nprint(random.uniform(1, 10), random.uniform(5, -5), random.uniform(0, 1.5))\nprint(random.gauss(), random.gauss(), random.gauss(100, 15), random.gauss(mu=5, sigma=0.5))\nrandom.seed(99)\nprint(random.gauss())\nprint(random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 0.5))\nprint(random.expovariate(1.5), random.expovariate(3), random.triangular(), random.triangular(0, 10, 8), random.triangular(5, 5, 5))\nprint(random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.gammavariate(0.5, 2), random.gammavariate(1, 3), random.gammavariate(9, 0.5))\nprint(random.paretovariate(3), random.weibullvariate(2, 1.5), random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4))\n",
        "4.6358026744929965 2.999245554250546 0.2682034808799184\n0.016648480522780455 1.6890631834393999 99.89338151727236 5.491411504362878\n-0.5502226977406026\n-0.7331645826020126 11.190699230664075 0.7278089763116217\n0.5157020464037146 0.9289059217271071 0.4946084096394373 5.807851866999744 5\n0.18444973436383488 0.6791282658021027 0.20346130685786024 0.683580514528993 4.337184206943539\n1.3634975036915122 4.835864136620546 2.2463953553485845 1.128630144832564\n",
    );
}

#[test]
fn gauss_state_reset_by_seed() {
    ok(
        "import random\nrandom.seed(5)\na = random.gauss()\nrandom.seed(5)\nb = random.gauss()\nc = random.gauss()\nrandom.seed(5)\nprint(a == b, random.gauss() == a, random.gauss() == c)\n",
        "True True True\n",
    );
}

#[test]
fn getstate_setstate() {
    ok(
        "import random\nrandom.seed(11)\nrandom.gauss()\nstate = random.getstate()\nprint(state[0], len(state[1]), state[1][-1], type(state[2]))\nfirst = [random.random() for _ in range(3)] + [random.gauss()]\nrandom.setstate(state)\nagain = [random.random() for _ in range(3)] + [random.gauss()]\nprint(first == again)\nrandom.seed(1)\ns = random.getstate()\nprint(s[1][:3], s[1][-1], s[2])\n",
        "3 625 4 <class 'float'>\nTrue\n(2147483648, 163610392, 3414454684) 624 None\n",
    );
}

#[test]
fn monte_carlo_estimate() {
    ok(
        "import random\nrandom.seed(123)\ninside = 0\nn = 20000\nfor _ in range(n):\n    x, y = random.random(), random.random()\n    if x * x + y * y <= 1.0:\n        inside += 1\nprint(inside, 4 * inside / n)\n",
        "15642 3.1284\n",
    );
}

#[test]
fn error_messages() {
    ok(
        "import random\ndef t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\nt(random.random, 1)\nt(random.randint, 1)\nt(random.randint, 1, 2, 3)\nt(random.randint, 3, 1)\nt(random.randint, 1, \"2\")\nt(random.randrange, 0)\nt(random.randrange, 1, 1)\nt(random.randrange, 1, 10, 0)\nt(random.randrange, 1.5)\nt(random.randrange, 1, 2.5)\nt(random.randrange, 1, 5, 1.5)\nt(random.randrange, \"a\")\nt(random.randrange, 10, step=2)\nt(random.randrange, 5, 1, 2)\nt(random.choice, [])\nt(random.choice, {1, 2})\nt(random.sample, [1, 2], 3)\nt(random.sample, [1, 2], -1)\nt(random.sample, {1, 2}, 1)\nt(random.sample, [1, 2], 1, counts=[1])\nt(random.sample, [1, 2], 1, counts=[1.0, 2.0])\nt(random.sample, [1, 2], 1, counts=[0, 0])\nt(random.seed, [1])\nt(random.seed, {})\nt(random.getrandbits, -1)\nt(random.getrandbits, 2.0)\nt(random.choices, [], k=1)\nt(random.choices, [1, 2], [1], k=1)\nt(random.choices, [1, 2], [1, 2], cum_weights=[1, 2])\nt(random.choices, [1, 2], [0, 0])\nt(random.choices, [1, 2], 3)\nt(random.choices, [1, 2], [1, float(\"inf\")])\nt(random.shuffle, (1, 2))\nt(random.uniform, 1)\nt(random.uniform, 1, \"a\")\nt(random.gauss, 1, 2, 3)\nt(random.gammavariate, 0, 1)\nt(random.expovariate, 0)\nt(random.setstate, (2, (), None))\nt(random.setstate, (3, [1], None))\nt(random.setstate, (3, (1, 2), None))\nt(random.choice, x=[1])\nt(random.shuffle, [1], 2)\n",
        "TypeError Random.random() takes no arguments (1 given)\nTypeError Random.randint() missing 1 required positional argument: 'b'\nTypeError Random.randint() takes 3 positional arguments but 4 were given\nValueError empty range for randrange() (3, 2, -1)\nTypeError can only concatenate str (not \"int\") to str\nValueError empty range for randrange()\nValueError empty range for randrange() (1, 1, 0)\nValueError zero step for randrange()\nValueError non-integer arg 1 for randrange()\nValueError non-integer stop for randrange()\nValueError non-integer step for randrange()\nValueError invalid literal for int() with base 10: 'a'\nTypeError Missing a non-None stop argument\nValueError empty range for randrange()\nIndexError Cannot choose from an empty sequence\nTypeError 'set' object is not subscriptable\nValueError Sample larger than population or is negative\nValueError Sample larger than population or is negative\nTypeError Population must be a sequence.  For dicts or sets, use sorted(d).\nValueError The number of counts does not match the population\nTypeError Counts must be integers\nValueError Total of counts must be greater than zero\nTypeError The only supported seed types are: None,\nint, float, str, bytes, and bytearray.\nTypeError The only supported seed types are: None,\nint, float, str, bytes, and bytearray.\nValueError number of bits must be non-negative\nTypeError 'float' object cannot be interpreted as an integer\nIndexError list index out of range\nValueError The number of weights does not match the population\nTypeError Cannot specify both weights and cumulative weights\nValueError Total of weights must be greater than zero\nTypeError The number of choices must be a keyword argument: k=3\nValueError Total of weights must be finite\nTypeError 'tuple' object does not support item assignment\nTypeError Random.uniform() missing 1 required positional argument: 'b'\nTypeError unsupported operand type(s) for -: 'str' and 'int'\nTypeError Random.gauss() takes from 1 to 3 positional arguments but 4 were given\nValueError gammavariate: alpha and beta must be > 0.0\nZeroDivisionError float division by zero\nValueError state vector is the wrong size\nTypeError state vector must be a tuple\nValueError state vector is the wrong size\nTypeError Random.choice() got an unexpected keyword argument 'x'\nTypeError Random.shuffle() takes 2 positional arguments but 3 were given\n",
    );
}
