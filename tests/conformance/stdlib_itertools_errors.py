# Agent task: argument mistakes with itertools and how they read.
import itertools


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("islice -1", lambda: itertools.islice([1, 2], -1))
attempt("islice start", lambda: itertools.islice([1, 2], -3, 5))
attempt("islice step 0", lambda: itertools.islice([1, 2], 0, 2, 0))
attempt("islice str", lambda: itertools.islice([1, 2], "3"))
attempt("islice arity", lambda: itertools.islice([1]))
attempt("count str", lambda: itertools.count("a"))
attempt("chain bad", lambda: list(itertools.chain([1], 5)))
attempt("tee negative", lambda: itertools.tee([1], -1))
attempt("zip_longest kw", lambda: itertools.zip_longest([1], fill=0))
attempt("starmap arity", lambda: itertools.starmap(len))
attempt("pairwise arity", lambda: itertools.pairwise())
attempt("groupby missing", lambda: itertools.groupby())
attempt("combinations r", lambda: itertools.combinations([1, 2]))
attempt("cycle int", lambda: itertools.cycle(3))
attempt("len of count", lambda: len(itertools.count()))
attempt("index count", lambda: itertools.count()[0])
attempt("next exhausted", lambda: next(itertools.islice([], 1)))
attempt("repr", lambda: (repr(itertools.count(5)), repr(itertools.count(0, 2.5))))
attempt("starmap non-iterable", lambda: list(itertools.starmap(max, [1])))
list(itertools.accumulate([1, 2], None, initial=None))
