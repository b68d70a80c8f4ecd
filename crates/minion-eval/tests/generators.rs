//! Generators: the send/throw/close protocol, return values, `yield from`,
//! pipelines. Every expectation was checked against CPython 3.11.

mod common;

use common::{err, ok};

#[test]
fn close() {
    ok(
        r#"def c():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = c()
print(next(it))
print(it.close())
print(it.close())
print(next(it, "closed"))
it = c()
it.close()
print(next(it, "unstarted"))
def bad():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
        yield 2
it = bad()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
def retclose():
    try:
        yield 1
    except GeneratorExit:
        return 5
rc = retclose(); next(rc)
print(rc.close())
def raiseclose():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
rc = raiseclose(); next(rc)
try:
    rc.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)
"#,
        r#"1
cleanup
None
None
closed
unstarted
ignoring
RuntimeError generator ignored GeneratorExit
None
close raised in finally GeneratorExit
"#,
    );
}

#[test]
fn exhausted() {
    ok(
        r#"def ex():
    yield 1
e = ex()
for v in e:
    print(v)
print(next(e, None))
print(next(e, "default"))
print(list(e))
try:
    next(e)
except StopIteration as s:
    print("exhausted", s.args)
try:
    e.send(3)
except StopIteration as s:
    print("send exhausted", s.args)
try:
    e.throw(ValueError("late"))
except ValueError as s:
    print("throw exhausted", s)
def si():
    next(iter([]))
    yield 1
try:
    list(si())
except RuntimeError as err:
    print("RE", err, type(err.__cause__).__name__)
def reent():
    yield next(me)
me = reent()
try:
    next(me)
except ValueError as err:
    print(err)
"#,
        r#"1
None
default
[]
exhausted ()
send exhausted ()
throw exhausted late
RE generator raised StopIteration StopIteration
generator already executing
"#,
    );
}

#[test]
fn pipeline() {
    ok(
        r#"def nums(n):
    for i in range(n):
        yield i
def squares(src):
    for x in src:
        yield x * x
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
print(list(evens(squares(nums(10)))))
print(sum(x for x in squares(nums(5))))
def chain(*its):
    for i in its:
        yield from i
print(list(chain("ab", (1, 2), range(3), nums(2))))
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
def count():
    i = 0
    while True:
        yield i
        i += 1
print(list(take(5, squares(count()))))
g = (x * 2 for x in range(3))
print(next(g), g.send(None), list(g))
"#,
        r#"[0, 4, 16, 36, 64]
30
['a', 'b', 1, 2, 0, 1, 2, 0, 1]
[0, 1, 4, 9, 16]
0 2 [4]
"#,
    );
}

#[test]
fn return_value() {
    ok(
        r#"def g():
    x = yield 1
    print("got", x)
    return 5
it = g()
print(next(it))
try:
    it.send("hi")
except StopIteration as e:
    print("stop", e.args, e.value)
try:
    next(it)
except StopIteration as e:
    print("again", e.args, e.value)
def r():
    return (1, 2)
    yield
try:
    next(r())
except StopIteration as e:
    print(e.value, e.args)
def n():
    yield 1
    return None
it = n()
next(it)
try:
    it.send(None)
except StopIteration as e:
    print(e.args, e.value)
"#,
        r#"1
got hi
stop (5,) 5
again () None
(1, 2) ((1, 2),)
() None
"#,
    );
}

#[test]
fn send_avg() {
    ok(
        r#"def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10))
print(a.send(30))
print(a.send(5))
"#,
        r#"None
10.0
20.0
15.0
"#,
    );
}

#[test]
fn throw() {
    ok(
        r#"def t():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", repr(e))
            yield "after"
        finally:
            print("fin")
it = t()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
try:
    it.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "done"))
def tv():
    try:
        yield
    except KeyError as e:
        print(repr(e), e.args)
        yield "k"
t2 = tv(); next(t2)
print(t2.throw(KeyError, ("a", "b")))
t2 = tv(); next(t2)
print(t2.throw(KeyError("x"), None, None))
def u():
    try:
        yield 1
    except ValueError:
        pass
    print("after")
    return "r"
it = u()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("throw stop", e.value)
it = u()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("early", e)
print(next(it, "finished"))
"#,
        r#"1
caught ValueError('bad')
after
fin
1
fin
propagated KeyError('k')
done
KeyError('a', 'b') ('a', 'b')
k
KeyError('x') ('x',)
k
after
throw stop r
early early
finished
"#,
    );
}

#[test]
fn yield_from() {
    ok(
        r#"def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list ret", r2)
    return "outer-ret"
it = outer()
print(next(it))
print(it.send("A"))
print(it.send("B"))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("outer stop", e.value)
print(list(outer()))
def acc():
    items = []
    while True:
        x = yield
        if x is None:
            return items
        items.append(x)
def wrap():
    res = yield from acc()
    print("collected", res)
    return len(res)
w = wrap()
next(w)
w.send(1)
w.send(2)
try:
    w.send(None)
except StopIteration as e:
    print("wrap", e.value)
def deep(n):
    if n == 0:
        x = yield "bottom"
        return x * 2
    r = yield from deep(n - 1)
    return r + 1
d = deep(300)
print(next(d))
try:
    d.send(10)
except StopIteration as e:
    print("deep", e.value)
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def bad_yf():
    yield from 5
try:
    list(bad_yf())
except TypeError as e:
    print(e)
"#,
        r#"i1
inner got A
i2
inner got B
outer got inner-ret
10
20
list ret None
outer stop outer-ret
inner got None
inner got None
outer got inner-ret
list ret None
['i1', 'i2', 10, 20]
collected [1, 2]
wrap 2
bottom
deep 320
[1, 2, 1, 3, 1, 2, 1]
'int' object is not iterable
"#,
    );
}

#[test]
fn yield_from_throw() {
    ok(
        r#"def ti():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner caught")
        yield 99
    return "ti-ret"
def to():
    r = yield from ti()
    print("to got", r)
    yield "outer-next"
it = to()
print(next(it))
print(it.throw(ValueError))
print(next(it))
def gen():
    yield 1
    yield 2
def deleg():
    try:
        yield from gen()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
d = deleg()
next(d)
print(d.throw(KeyError("k")))
print(next(d, "end"))
def fi():
    try:
        yield 1
    finally:
        print("inner finally")
def fo():
    try:
        yield from fi()
    finally:
        print("outer finally")
it = fo()
next(it)
it.close()
print(next(it, "closed"))
"#,
        r#"1
inner caught
99
to got ti-ret
outer-next
outer caught KeyError('k')
recovered
end
inner finally
outer finally
closed
"#,
    );
}

#[test]
fn err_send_to_unstarted() {
    err(
        r#"def g():
    yield 1
g().send(1)
"#,
        r#"TypeError: can't send non-None value to a just-started generator"#,
    );
}

#[test]
fn err_ignored_generator_exit() {
    err(
        r#"def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
it = g()
next(it)
it.close()
"#,
        r#"RuntimeError: generator ignored GeneratorExit"#,
    );
}

#[test]
fn err_uncaught_throw() {
    err(
        r#"def g():
    yield 1
it = g()
next(it)
it.throw(ValueError('boom'))
"#,
        r#"ValueError: boom"#,
    );
}

#[test]
fn err_return_value_uncaught() {
    err(
        r#"def g():
    yield 1
    return 7
it = g()
next(it)
next(it)
"#,
        r#"StopIteration: 7"#,
    );
}

#[test]
fn err_stop_iteration_in_generator() {
    err(
        r#"def g():
    next(iter([]))
    yield 1
list(g())
"#,
        r#"RuntimeError: generator raised StopIteration"#,
    );
}

#[test]
fn err_send_arity() {
    err(
        r#"def g():
    yield 1
g().send()
"#,
        r#"TypeError: generator.send() takes exactly one argument (0 given)"#,
    );
}

#[test]
fn err_close_arity() {
    err(
        r#"def g():
    yield 1
g().close(1)
"#,
        r#"TypeError: generator.close() takes no arguments (1 given)"#,
    );
}

#[test]
fn err_throw_arity() {
    err(
        r#"def g():
    yield 1
g().throw()
"#,
        r#"TypeError: throw expected at least 1 argument, got 0"#,
    );
}

#[test]
fn err_throw_non_exception() {
    err(
        r#"def g():
    yield 1
g().throw(1)
"#,
        r#"TypeError: exceptions must be classes or instances deriving from BaseException, not int"#,
    );
}

#[test]
fn err_throw_instance_with_value() {
    err(
        r#"def g():
    yield 1
g().throw(ValueError(), 1)
"#,
        r#"TypeError: instance exception may not have a separate value"#,
    );
}

#[test]
fn err_yield_from_non_iterable() {
    err(
        r#"def g():
    yield from 5
list(g())
"#,
        r#"TypeError: 'int' object is not iterable"#,
    );
}
