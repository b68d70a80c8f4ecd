#!/usr/bin/env python3
"""Regenerate the conformance snapshots from CPython.

Usage:
    python3 tests/conformance/regen.py            # every tests/conformance/*.py
    python3 tests/conformance/regen.py NAME ...   # only these (stem, file name or path)

For each program tests/conformance/<name>.py this script runs the program under
CPython the way the Code Minion executor runs it and writes the insta snapshot
tests/snapshots/conformance__<name>.snap.

Execution semantics emulated
----------------------------
* The program is one module, compiled with filename "<code>", executed with fresh
  globals {"__name__": "__main__", "__builtins__": builtins} plus the stand-in
  tools (see "Tools and final_answer" below).
* stdout: everything written to sys.stdout (print) while the program runs, verbatim,
  including output written before an uncaught exception.
* output: the value of the last top-level statement:
    - expression statement            -> its value
    - `x = v`, `a, b = v`, `a = b = v` -> v (the value that was assigned)
    - `x: T = v`                      -> v
    - `x += v` (any augmented op)     -> the new value of the target
    - anything else                   -> None
  If the program raises, output is None.
* error: for an uncaught exception, the last line of
  traceback.format_exception_only (i.e. "Type: message", or just "Type" when the
  message is empty), followed by " (line N)" where N is the 1-based line number of
  the innermost traceback frame whose filename is "<code>".  If no such frame
  exists the " (line N)" suffix is omitted.  No exception -> the word "none".
  For an exception raised inside a coroutine or task and propagated to the top
  level (through `await`, `asyncio.gather`, `asyncio.run`...), the traceback
  includes the frames of the coroutine that raised it, so N is the line inside
  that coroutine (or inside the top-level code, if it raised there).

Async programs
--------------
A program is async when, compiled with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, its code
object has the CO_COROUTINE flag, i.e. it uses `await`, `async for`, `async with`
or an async comprehension at the top level (outside any function).  Such a program
runs as one coroutine, `asyncio.run(eval(code, globals))`, in a fresh event loop,
so tasks created by one top-level statement live on in the next.  The output rule
above still applies to its last statement (`await x` is an expression statement,
`r = await asyncio.gather(...)` an assignment): the last statement is rewritten to
also store its output value in a hidden global before the module is compiled.
Tasks still pending when the program ends are cancelled by asyncio.run, silently.
A program that has no top-level await, e.g. one that defines `async def main()`
and calls `asyncio.run(main())` itself, is not async in this sense and runs like
any other program (exec, no event loop around it).

Tools and final_answer
----------------------
Every program also sees the stand-in tools the Rust harness registers on its
executor (`stand_in_tools` in tests/conformance.rs): `get_weather`,
`search_products`, `convert_currency` and `lookup_user`, defined below as plain
Python functions with the same tables, results, error types and messages, and a
`functions` namespace holding them (plus `final_answer`), like the executor's.

It also sees four async stand-in tools (`async_stand_in_tools` in
tests/conformance/async_tools.rs), defined below with `async def`; calling one
returns a coroutine that must be awaited:

    fetch_page(url: str) -> str          page text from the PAGES table;
                                         ValueError("404 not found: <url>")
    query_db(sql: str) -> list           rows of one of five fixed queries (exact
                                         string match, see _query_result);
                                         RuntimeError("syntax error in query: <sql>")
        "SELECT COUNT(*) FROM users"                         -> [[4]]
        "SELECT name FROM users"                             -> [['Alice'], ...]
        "SELECT id, name, plan FROM users WHERE active = 1"  -> [{'id', 'name', 'plan'}, ...]
        "SELECT plan, COUNT(*) FROM users GROUP BY plan"     -> [['enterprise', 1], ...]
        "SELECT name, price FROM products WHERE category = 'office'"
                                                             -> [['Mouse Pad', 7.25], ...]
    fetch_price(symbol: str) -> float    price from the PRICES table; KeyError(symbol)
    slow_echo(text: str, delay: float = 0.0) -> str
                                         awaits asyncio.sleep(delay), returns text

Each Python async tool awaits asyncio.sleep(0) exactly once (slow_echo: its
asyncio.sleep(delay)) before returning or raising, i.e. it yields to the event
loop once, while the Rust ones complete without yielding (except slow_echo with a
positive delay, which sleeps on the tokio timer).  Programs must therefore print
the same whether or not an async tool call yields: don't print from several
concurrent tasks in an order that depends on it (print after gathering, or order
the tasks with asyncio.sleep / slow_echo delays at least 20 ms apart), and keep a
program's total sleeping under 0.3 s.  They are in the `functions` namespace too.

`final_answer(answer)` is emulated too: it stops the program at once (it raises
a BaseException subclass, so `except Exception` does not catch it; programs must
not catch it with a bare `except:` or `except BaseException`, which the executor
cannot do either) and the answer becomes the output, rendered with repr() like any
other output (the executor's is_final_answer flag is not part of the snapshot);
stdout keeps what was printed before, and error is "none".

Snapshot file format
--------------------
    ---
    source: tests/conformance.rs
    expression: "<name>.py"
    ---
    <body>

where <body> is render(stdout, output_repr, error), i.e. the text

    --- stdout ---
    <stdout, verbatim>
    --- output ---
    <repr(output), or None>
    --- error ---
    <"Type: message (line N)", or none>

with exactly one "\n" after each of the five parts (so a stdout ending in "\n" is
followed by an empty line before "--- output ---") and then the single final
trailing "\n" removed.  In Python:

    "--- stdout ---\n" + stdout + "\n--- output ---\n" + output_repr
        + "\n--- error ---\n" + (error or "none")

The file on disk is the header followed by the body and one final "\n".  The Rust
harness builds exactly the same body string and compares with
insta::assert_snapshot!.  insta normalizes both sides before comparing: leading
"\r"/"\n" and all trailing whitespace of the whole body are trimmed and "\r\n"
becomes "\n" (files are read line by line), so programs must not print "\r";
regen.py warns when a body contains one.  Trailing spaces inside a line are
significant.
"""

import ast
import asyncio
import builtins
import copy
import inspect
import io
import os
import sys
import traceback
import types

HERE = os.path.dirname(os.path.abspath(__file__))
SNAP_DIR = os.path.normpath(os.path.join(HERE, "..", "snapshots"))
FILENAME = "<code>"


# --- stand-in tools: keep identical to stand_in_tools() in tests/conformance.rs ---

WEATHER = [
    ("Paris", 18.5, "cloudy", 72),
    ("London", 14.0, "rain", 88),
    ("Tokyo", 24.0, "sunny", 60),
    ("Cairo", 33.5, "sunny", 20),
]

PRODUCTS = [
    (101, "Wireless Mouse", "electronics", 24.99, True),
    (102, "Mechanical Keyboard", "electronics", 89.5, True),
    (103, "USB-C Cable", "electronics", 9.99, False),
    (104, "Coffee Mug", "kitchen", 12.0, True),
    (105, "Espresso Machine", "kitchen", 249.0, True),
    (106, "Mouse Pad", "office", 7.25, True),
    (107, "Desk Lamp", "office", 34.75, False),
    (108, "Cable Organizer", "office", 15.4, True),
]

RATES = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067, "CHF": 1.13}

USERS = [
    (1, "Alice", "alice@example.com", "pro", True),
    (2, "Bob", "bob@example.com", "free", True),
    (3, "Carol", "carol@example.com", "enterprise", False),
    (4, "Dave", "dave@example.com", "free", True),
]


def get_weather(city):
    for name, temp, cond, hum in WEATHER:
        if name == city:
            return {"city": name, "temp_c": temp, "condition": cond, "humidity": hum}
    raise KeyError(city)


def search_products(query, max_results=3):
    if max_results < 1:
        raise ValueError("max_results must be at least 1")
    q = query.lower()
    hits = []
    for pid, name, cat, price, stock in PRODUCTS:
        if q in name.lower() and len(hits) < max_results:
            hits.append(
                {"id": pid, "name": name, "category": cat, "price": price, "in_stock": stock}
            )
    return hits


def _rate(code):
    if code not in RATES:
        raise ValueError("unknown currency: " + code)
    return RATES[code]


def convert_currency(amount, from_currency, to_currency):
    src = _rate(from_currency)
    dst = _rate(to_currency)
    return round(float(amount) * src / dst, 2)


def lookup_user(user_id):
    for uid, name, email, plan, active in USERS:
        if uid == user_id:
            return {"id": uid, "name": name, "email": email, "plan": plan, "active": active}
    raise RuntimeError("user %d not found" % user_id)


# --- async stand-in tools: keep identical to async_stand_in_tools() in
# --- tests/conformance/async_tools.rs ---
# Each awaits asyncio.sleep(0) once (emulating I/O that yields to the event loop)
# before it returns or raises; the Rust ones complete at once (slow_echo with a
# positive delay sleeps on the tokio timer).

PAGES = [
    ("https://example.com/", "Example Domain. This domain is for use in examples."),
    ("https://example.com/a", "alpha page: Alpha is the first letter."),
    ("https://example.com/b", "beta page: Beta comes second, after alpha."),
    ("https://example.com/c", "gamma page: Gamma rays are energetic."),
    ("https://docs.example.com/api", "API docs: GET /users returns a list of users."),
    ("https://news.example.com/today", "Markets up 2%. Weather: sunny in Tokyo."),
]

PRICES = [
    ("AAPL", 189.5),
    ("MSFT", 402.75),
    ("GOOG", 141.25),
    ("NVDA", 875.0),
    ("BTC-USD", 67250.5),
]


def _query_result(sql):
    """The rows of one of the fixed queries query_db understands, or None."""
    if sql == "SELECT COUNT(*) FROM users":
        return [[len(USERS)]]
    if sql == "SELECT name FROM users":
        return [[name] for _, name, _, _, _ in USERS]
    if sql == "SELECT id, name, plan FROM users WHERE active = 1":
        return [
            {"id": uid, "name": name, "plan": plan}
            for uid, name, _, plan, active in USERS
            if active
        ]
    if sql == "SELECT plan, COUNT(*) FROM users GROUP BY plan":
        plans = sorted(set(plan for _, _, _, plan, _ in USERS))
        return [[p, sum(1 for u in USERS if u[3] == p)] for p in plans]
    if sql == "SELECT name, price FROM products WHERE category = 'office'":
        return [[name, price] for _, name, cat, price, _ in PRODUCTS if cat == "office"]
    return None


async def fetch_page(url):
    await asyncio.sleep(0)
    for u, text in PAGES:
        if u == url:
            return text
    raise ValueError("404 not found: " + url)


async def query_db(sql):
    await asyncio.sleep(0)
    rows = _query_result(sql)
    if rows is None:
        raise RuntimeError("syntax error in query: " + sql)
    return rows


async def fetch_price(symbol):
    await asyncio.sleep(0)
    for s, price in PRICES:
        if s == symbol:
            return price
    raise KeyError(symbol)


async def slow_echo(text, delay=0.0):
    await asyncio.sleep(delay)
    return text


class _FinalAnswer(BaseException):
    """Raised by final_answer(); carries the answer."""

    def __init__(self, answer):
        super().__init__()
        self.answer = answer


def final_answer(answer):
    raise _FinalAnswer(answer)


TOOLS = {
    "get_weather": get_weather,
    "search_products": search_products,
    "convert_currency": convert_currency,
    "lookup_user": lookup_user,
    "fetch_page": fetch_page,
    "query_db": query_db,
    "fetch_price": fetch_price,
    "slow_echo": slow_echo,
}


def fresh_globals():
    g = {"__name__": "__main__", "__builtins__": builtins}
    g.update(TOOLS)
    g["final_answer"] = final_answer
    g["functions"] = types.SimpleNamespace(**TOOLS, final_answer=final_answer)
    return g


def render(stdout, output_repr, error):
    """Render the snapshot body.

    stdout      -- captured stdout text, verbatim
    output_repr -- repr() of the output value ("None" when there is no value)
    error       -- "Type: message (line N)" or None when nothing was raised
    """
    return (
        "--- stdout ---\n"
        + stdout
        + "\n--- output ---\n"
        + output_repr
        + "\n--- error ---\n"
        + (error if error is not None else "none")
    )


def snapshot_file_text(name, body):
    return (
        "---\n"
        "source: tests/conformance.rs\n"
        'expression: "' + name + '.py"\n'
        "---\n" + body + "\n"
    )


def _exec_module(stmts, g):
    if not stmts:
        return
    mod = ast.Module(body=stmts, type_ignores=[])
    exec(compile(mod, FILENAME, "exec"), g)


def _eval_expr(node, g):
    expr = ast.Expression(body=node)
    ast.fix_missing_locations(expr)
    return eval(compile(expr, FILENAME, "eval"), g)


def _load_copy(target):
    """A Load-context copy of an assignment target expression."""
    node = copy.deepcopy(target)
    for sub in ast.walk(node):
        if hasattr(sub, "ctx"):
            sub.ctx = ast.Load()
    return node


OUT = "__conformance_out__"


def _is_async_program(tree):
    """Whether the module needs an event loop: compiled with top-level await allowed,
    its code object is a coroutine (top-level `await`, `async for`, `async with` or
    async comprehension)."""
    try:
        code = compile(tree, FILENAME, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError:
        return False
    return bool(code.co_flags & inspect.CO_COROUTINE)


def _run_async_module(body, g):
    """Run an async program as one coroutine under asyncio.run; return its output.

    The last statement is rewritten to store its output value (same rules as the
    sync path in run_program) in the global OUT, so that tasks created anywhere in
    the program live in the one event loop until the end."""
    *head, last = body
    has_output = True
    if isinstance(last, ast.Expr):
        tail = [ast.copy_location(
            ast.Assign(targets=[ast.Name(id=OUT, ctx=ast.Store())], value=last.value), last
        )]
    elif isinstance(last, ast.Assign) or (
        isinstance(last, ast.AnnAssign) and last.value is not None
    ):
        targets = last.targets if isinstance(last, ast.Assign) else [last.target]
        tail = [
            ast.copy_location(
                ast.Assign(targets=[ast.Name(id=OUT, ctx=ast.Store())], value=last.value),
                last,
            ),
            ast.copy_location(
                ast.Assign(
                    targets=targets,
                    value=ast.copy_location(ast.Name(id=OUT, ctx=ast.Load()), last.value),
                ),
                last,
            ),
        ]
    elif isinstance(last, ast.AugAssign):
        tail = [
            last,
            ast.copy_location(
                ast.Assign(
                    targets=[ast.Name(id=OUT, ctx=ast.Store())],
                    value=_load_copy(last.target),
                ),
                last,
            ),
        ]
    else:
        tail = [last]
        has_output = False
    mod = ast.Module(body=head + tail, type_ignores=[])
    ast.fix_missing_locations(mod)
    code = compile(mod, FILENAME, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    try:
        if code.co_flags & inspect.CO_COROUTINE:
            asyncio.run(eval(code, g))
        else:
            exec(code, g)
        return g.get(OUT) if has_output else None
    finally:
        g.pop(OUT, None)


def run_program(source):
    """Run `source`; return (stdout, output_repr, error_or_None)."""
    g = fresh_globals()
    buf = io.StringIO()
    old_stdout = sys.stdout
    sys.stdout = buf
    output = None
    error = None
    try:
        tree = ast.parse(source, FILENAME, "exec")
        body = tree.body
        if not body:
            pass
        elif _is_async_program(tree):
            output = _run_async_module(body, g)
        else:
            _exec_module(body[:-1], g)
            last = body[-1]
            if isinstance(last, ast.Expr):
                output = _eval_expr(last.value, g)
            elif isinstance(last, ast.Assign) or (
                isinstance(last, ast.AnnAssign) and last.value is not None
            ):
                value = _eval_expr(last.value, g)
                tmp = "__conformance_tmp__"
                g[tmp] = value
                targets = last.targets if isinstance(last, ast.Assign) else [last.target]
                name_node = ast.copy_location(ast.Name(id=tmp, ctx=ast.Load()), last.value)
                assign = ast.copy_location(
                    ast.Assign(targets=targets, value=name_node), last
                )
                ast.fix_missing_locations(assign)
                try:
                    _exec_module([assign], g)
                finally:
                    g.pop(tmp, None)
                output = value
            elif isinstance(last, ast.AugAssign):
                _exec_module([last], g)
                output = _eval_expr(_load_copy(last.target), g)
            else:
                _exec_module([last], g)
                output = None
    except _FinalAnswer as fa:
        output = fa.answer
    except BaseException as exc:  # noqa: BLE001 - we report everything
        output = None
        lines = traceback.format_exception_only(type(exc), exc)
        msg = "".join(lines).rstrip("\n").split("\n")[-1]
        lineno = None
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == FILENAME:
                lineno = tb.tb_lineno
            tb = tb.tb_next
        if lineno is None and isinstance(exc, SyntaxError) and exc.filename == FILENAME:
            lineno = exc.lineno
        error = msg if lineno is None else "%s (line %d)" % (msg, lineno)
    finally:
        sys.stdout = old_stdout
    output_repr = "None" if output is None else repr(output)
    return buf.getvalue(), output_repr, error


def program_names(args):
    if args:
        names = []
        for a in args:
            base = os.path.basename(a)
            if base.endswith(".py"):
                base = base[:-3]
            names.append(base)
        return names
    return sorted(
        f[:-3]
        for f in os.listdir(HERE)
        if f.endswith(".py") and f != "regen.py"
    )


def main(argv):
    os.makedirs(SNAP_DIR, exist_ok=True)
    names = program_names(argv[1:])
    for name in names:
        path = os.path.join(HERE, name + ".py")
        with open(path, encoding="utf-8") as f:
            source = f.read()
        stdout, output_repr, error = run_program(source)
        body = render(stdout, output_repr, error)
        snap = os.path.join(SNAP_DIR, "conformance__" + name + ".snap")
        with open(snap, "w", encoding="utf-8", newline="\n") as f:
            f.write(snapshot_file_text(name, body))
        status = "error: " + error if error else "ok"
        if "\r" in body:
            # insta reads snapshot files line by line and normalizes "\r\n",
            # so a carriage return in the body cannot round-trip.
            status += "  WARNING: body contains '\\r'"
        print("%-40s %s" % (name, status))
    print("%d snapshot(s) written to %s" % (len(names), SNAP_DIR))


if __name__ == "__main__":
    main(sys.argv)
