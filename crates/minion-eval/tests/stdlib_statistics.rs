//! `statistics`: behaviour checked against what CPython 3.11 printed (`StatisticsError` and
//! `binascii.Error` are `ValueError` here, so the tests print that name).

mod common;
use common::ok;

#[test]
fn averages() {
    ok(
        "import statistics as st\nprint(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([0.1, 0.2, 0.3]), st.mean([1e50, 1, -1e50] * 1000))\nprint(st.mean(x for x in range(10)), st.mean([True, False, True]), st.mean([1, 2.5]), st.mean([10**30, 1]), st.mean([2**1100, 2**1100]))\nprint(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([1, 2])))\nprint(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 10]))\nprint(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([5]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 2]))\nprint(st.mean([1, float(\"inf\")]), st.mean([float(\"-inf\"), float(\"inf\")]), st.variance([1, float(\"inf\"), 3]))\n",
        "2 2.5 0.2 0.3333333333333333\n4.5 0.6666666666666666 1.75 5e+29 13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376\n4.25 2.25 1.5\n36.000000000000014 3.347164750410848\n48.0 56.0 5 3.6 0\ninf nan inf\n",
    );
}

#[test]
fn medians_and_modes() {
    ok(
        "import statistics as st\nprint(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([3.5, 1.5]), st.median([\"a\", \"c\", \"b\"]))\nprint(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([\"b\", \"a\"]))\nprint(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))\nprint(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode([\"red\", \"blue\", \"blue\", \"red\", \"green\", \"red\", \"red\"]), st.mode([\"red\", \"red\", \"green\", \"blue\", \"blue\"]))\nprint(st.multimode(\"aabbbbccddddeeffffgg\"), st.multimode(\"\"), st.mode([1, 1.0, True, 2]), st.multimode([3, 1, 3, 1, 2]))\n",
        "3 4.0 2.5 b\n3 5 a\n52.5 3.5 3.7\n3 red red\n['b', 'd', 'f'] [] 1 [3, 1]\n",
    );
}

#[test]
fn quantiles() {
    ok(
        "import statistics as st\ndata = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103]\nprint(st.quantiles(data, n=10))\nprint(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method=\"inclusive\"), st.quantiles([1.5, 2.25, 9.0], n=3))\nprint(st.quantiles(range(1, 11), n=100)[:10], st.quantiles([2, 1], n=1), st.quantiles([10, 20], n=2, method=\"inclusive\"))\n",
        "[76.5, 86.0, 87.6, 94.8, 102.0, 104.2, 107.4, 110.8, 118.2]\n[1.5, 3.0, 4.5] [2.0, 3.0, 4.0] [1.75, 6.75]\n[0.11, 0.22, 0.33, 0.44, 0.55, 0.66, 0.77, 0.88, 0.99, 1.1] [] [15.0]\n",
    );
}

#[test]
fn spread() {
    ok(
        "import statistics as st\nprint(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 3]), st.variance([1, 2, 3, 4, 5]), st.variance([1, 2, 4]))\nprint(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], 1.3571428571428572))\nprint(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4], mu=2), st.pvariance([1, 2, 3, 4], 2.5))\nprint(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))\nprint(st.stdev([10**20, 10**20 + 1, 3]), st.variance([0.1] * 7), st.stdev([1e-300, 3e-300]), st.pstdev([5]))\nprint(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))\nprint(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))\n",
        "1.3720238095238095 2 2.5 2.3333333333333335\n1.444940476190476\n1.25 1.25 1.5 1.25\n1.0810874155219827 1.5811388300841898 0.986893273527251 2.0\n5.773502691896258e+19 0.0 1.4142135623730952e-300 0.0\n0.75 -1.0\n0.9647638212377322\n",
    );
}

#[test]
fn statistics_errors() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__ if not isinstance(e, ValueError) else \"ValueError\", e)\n\nimport statistics as st\nt(st.mean)\nt(st.mean, [])\nt(st.mean, [\"a\", \"b\"])\nt(st.mean, [1, 2], 3)\nt(st.mean, [1, 2], foo=3)\nt(st.median, [])\nt(st.mode, [])\nt(st.mode, [[1]])\nt(st.stdev, [1])\nt(st.variance, [1])\nt(st.pstdev, [])\nt(st.pvariance, [])\nt(st.quantiles, [1])\nt(st.quantiles, [1, 2], n=0)\nt(st.quantiles, [1, 2], method=\"x\")\nt(st.quantiles, [1, 2], 4)\nt(st.geometric_mean, [])\nt(st.geometric_mean, [1, -1])\nt(st.geometric_mean, [1, 0])\nt(st.harmonic_mean, [])\nt(st.harmonic_mean, [1, -1])\nt(st.harmonic_mean, [\"a\"])\nt(st.fmean, [])\nt(st.fmean, [1, 2], [1])\nt(st.fmean, [1, 2], [1, -1])\nt(st.fmean, [\"a\"])\nt(st.stdev, [1, float(\"inf\")])\nt(st.variance, [1, 2], \"x\")\nt(st.covariance, [1, 2], 5)\nt(st.correlation, [1, 2, 3], [1, 1, 1])\nt(st.covariance, [1], [2])\nt(st.covariance, [1, 2], [2])\nt(st.covariance, x=[1, 2], y=[3, 4])\nt(st.median, [1, \"a\"])\ntry:\n    st.mean([])\nexcept st.StatisticsError as e:\n    print(\"caught\", e, isinstance(e, ValueError))\n",
        "TypeError mean() missing 1 required positional argument: 'data'\nValueError mean requires at least one data point\nTypeError can't convert type 'str' to numerator/denominator\nTypeError mean() takes 1 positional argument but 2 were given\nTypeError mean() got an unexpected keyword argument 'foo'\nValueError no median for empty data\nValueError no mode for empty data\nTypeError unhashable type: 'list'\nValueError stdev requires at least two data points\nValueError variance requires at least two data points\nValueError pstdev requires at least one data point\nValueError pvariance requires at least one data point\nValueError must have at least two data points\nValueError n must be at least 1\nValueError Unknown method: 'x'\nTypeError quantiles() takes 1 positional argument but 2 were given\nValueError geometric mean requires a non-empty dataset containing positive numbers\nValueError geometric mean requires a non-empty dataset containing positive numbers\nValueError geometric mean requires a non-empty dataset containing positive numbers\nValueError harmonic_mean requires at least one data point\nValueError harmonic mean does not support negative values\nTypeError unsupported type\nValueError fmean requires at least one data point\nValueError data and weights must be the same length\nValueError sum of weights must be non-zero\nTypeError must be real number, not str\nAttributeError 'float' object has no attribute 'numerator'\nTypeError unsupported operand type(s) for -: 'int' and 'str'\nTypeError object of type 'int' has no len()\nValueError at least one of the inputs is constant\nValueError covariance requires at least two data points\nValueError covariance requires that both inputs have same number of data points\nTypeError covariance() got some positional-only arguments passed as keyword arguments: 'x, y'\nTypeError '<' not supported between instances of 'str' and 'int'\ncaught mean requires at least one data point True\n",
    );
}
