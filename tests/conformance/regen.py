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

Tools and final_answer
----------------------
Every program also sees the stand-in tools the Rust harness registers on its
executor (`stand_in_tools` in tests/conformance.rs): `get_weather`,
`search_products`, `convert_currency` and `lookup_user`, defined below as plain
Python functions with the same tables, results, error types and messages, and a
`functions` namespace holding them (plus `final_answer`), like the executor's.
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
import builtins
import copy
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
