//! The `match` statement (PEP 634): edge cases and CPython 3.11's compile-time
//! `SyntaxError`s. Every expectation was checked against `python3` (3.11).

mod common;

use common::{err, ok};
use minion_eval::{ErrorKind, LocalPythonExecutor};

/// Checks that `code` is refused at compile time with `message` on `line`, and that
/// nothing ran.
#[track_caller]
fn syntax(code: &str, message: &str, line: u32) {
    let e = LocalPythonExecutor::new()
        .run(code)
        .expect_err("expected a SyntaxError");
    assert_eq!(e.summary(), format!("SyntaxError: {message}"), "{code:?}");
    assert_eq!(e.kind, ErrorKind::Syntax, "{code:?}");
    assert_eq!(e.line, Some(line), "line of {code:?}");
    assert_eq!(e.logs, "", "{code:?}");
}

#[test]
fn irrefutable_cases_must_come_last() {
    let pre = "print('ran')\nx = 1\n";
    for (case, message) in [
        ("_", "wildcard makes remaining patterns unreachable"),
        ("y", "name capture 'y' makes remaining patterns unreachable"),
        ("(_ as y)", "wildcard makes remaining patterns unreachable"),
        (
            "(y as z)",
            "name capture 'y' makes remaining patterns unreachable",
        ),
        (
            "1 | y",
            "name capture 'y' makes remaining patterns unreachable",
        ),
    ] {
        syntax(
            &format!("{pre}match x:\n case {case}: pass\n case 1: pass"),
            message,
            4,
        );
    }
    // An irrefutable alternative must be the last one, even in the last case.
    syntax(
        "match 1:\n case y | 1: pass",
        "name capture 'y' makes remaining patterns unreachable",
        2,
    );
    syntax(
        "match 1:\n case [x, (x | x)]: pass",
        "name capture 'x' makes remaining patterns unreachable",
        2,
    );
    // A guarded irrefutable case is fine; the next unguarded one is not.
    syntax(
        "match 1:\n case [x] if x: pass\n case y: pass\n case 2: pass",
        "name capture 'y' makes remaining patterns unreachable",
        3,
    );
    ok(
        "match 5:\n case y if y > 9: print('big')\n case y: print('small', y)",
        "small 5\n",
    );
    ok("match [1]:\n case [a] | a: print(a)", "1\n");
}

#[test]
fn captures_are_checked_at_compile_time() {
    for (case, message) in [
        ("[a] | [b]", "alternative patterns bind different names"),
        ("a.b | c", "alternative patterns bind different names"),
        (
            "('a' | 'b') | c",
            "alternative patterns bind different names",
        ),
        ("[a, a]", "multiple assignments to name 'a' in pattern"),
        (
            "{'a': a, **a}",
            "multiple assignments to name 'a' in pattern",
        ),
        (
            "[a, b] | [a, b, c]",
            "alternative patterns bind different names",
        ),
        ("[*a, *b]", "multiple starred names in sequence pattern"),
        (
            "[1, *_, 2, *_]",
            "multiple starred names in sequence pattern",
        ),
        ("__debug__", "cannot assign to __debug__"),
        ("[*__debug__]", "cannot assign to __debug__"),
        ("{'a': 1, **__debug__}", "cannot assign to __debug__"),
        ("1 as _", "cannot use '_' as a target"),
        ("{**_}", "invalid syntax"),
    ] {
        syntax(&format!("x = 1\nmatch x:\n case {case}: pass"), message, 3);
    }
}

#[test]
fn literal_and_key_rules_are_checked_at_compile_time() {
    for (case, message) in [
        (
            "{'a': 1, 'a': 2}",
            "mapping pattern checks duplicate key ('a')",
        ),
        (
            "{1: 1, True: 2}",
            "mapping pattern checks duplicate key (True)",
        ),
        (
            "{1: 1, 1.0: 2}",
            "mapping pattern checks duplicate key (1.0)",
        ),
        (
            "{-1: 1, -1: 2}",
            "mapping pattern checks duplicate key (-1)",
        ),
        (
            "{None: 1, None: 2}",
            "mapping pattern checks duplicate key (None)",
        ),
        ("P(a=1, a=2)", "attribute name repeated in class pattern: a"),
        ("P(__debug__=1)", "cannot assign to __debug__"),
        ("1+1", "imaginary number required in complex literal"),
        ("1j+1j", "real number required in complex literal"),
        (
            "f'a'",
            "patterns may only match literals and attribute lookups",
        ),
        (
            "'a' f'b'",
            "patterns may only match literals and attribute lookups",
        ),
    ] {
        syntax(&format!("x = 1\nmatch x:\n case {case}: pass"), message, 3);
    }
    // Different types, attribute keys: no compile-time duplicates.
    ok(
        "match {'a': 1, b'a': 2}:\n case {'a': 1, b'a': y}: print(y)",
        "2\n",
    );
}

#[test]
fn deep_patterns_are_refused_by_the_nesting_guard_not_the_stack() {
    // 150 nested sequence patterns compile and match.
    let depth = 150;
    let pattern = format!("{}x{}", "[".repeat(depth), "]".repeat(depth));
    let value = format!("{}7{}", "[".repeat(depth), "]".repeat(depth));
    ok(&format!("match {value}:\n case {pattern}: print(x)"), "7\n");
    let classes = format!("{}x{}", "C(".repeat(depth), ")".repeat(depth));
    ok(
        &format!(
            "class C:\n __match_args__ = ('v',)\n def __init__(s, v): s.v = v\n\
             v = 3\nfor _ in range({depth}): v = C(v)\nmatch v:\n case {classes}: print(x)"
        ),
        "3\n",
    );
    // Far deeper than the guard allows: a SyntaxError, never a stack overflow.
    let depth = 5000;
    let code = format!(
        "match 1:\n case {}x{}: pass",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let e = LocalPythonExecutor::new().run(&code).expect_err("too deep");
    assert_eq!(e.kind, ErrorKind::Syntax);
    assert!(
        e.summary().starts_with("SyntaxError: too many"),
        "{}",
        e.summary()
    );
}

#[test]
fn a_failed_pattern_binds_nothing_a_failed_guard_keeps_its_names() {
    ok(
        "match (1, 2):\n case (x, 3): pass\n case _: pass\n\
         try:\n print(x)\nexcept NameError as e:\n print('NameError:', e)",
        "NameError: name 'x' is not defined\n",
    );
    ok(
        "def f():\n match [1, 2]:\n  case [a, 3]: pass\n  case [b, 2] if b > 5: pass\n  case _: pass\n\
         \x20print(b)\n try:\n  print(a)\n except UnboundLocalError as e:\n  print(e)\nf()",
        "1\ncannot access local variable 'a' where it is not associated with a value\n",
    );
}

#[test]
fn or_patterns_reorder_captures_of_each_alternative() {
    let code = "for v in [(1, 2, 3, 0), (1, 2, 3, 1), (1, 2, 3, 2), (1, 2, 3, 3)]:\n\
                \x20match v:\n\
                \x20 case (a, b, c, 0) | (c, a, b, 1) | (b, c, a, 2): print(a, b, c)\n\
                \x20 case _: print('none')";
    ok(code, "1 2 3\n2 3 1\n3 1 2\nnone\n");
    ok(
        "match [9, (5, 2)]:\n case [x, (1, y) | (y, 2)]: print(x, y)",
        "9 5\n",
    );
    // Many captures (more than Rot4 can move) under work items.
    ok(
        "match [1, [2, [3, [4, [5, [6]]]]]]:\n case [a, [b, [c, [d, [e, [f]]]]]]: print(a, b, c, d, e, f)",
        "1 2 3 4 5 6\n",
    );
    ok(
        "match {'k': [1, 2, 3, 4, 5], 'z': 0}:\n case {'k': [a, b, c, d, e] | (e, d, c, b, a), 'z': z}: print(a, e, z)",
        "1 5 0\n",
    );
}

#[test]
fn value_patterns_compare_with_eq_and_singletons_by_identity() {
    ok(
        "class AlwaysEq:\n def __eq__(s, o): return True\n\
         class C:\n X = AlwaysEq()\n\
         match 5:\n case C.X: print('always eq')",
        "always eq\n",
    );
    ok(
        "for v in [1, True, 1.0, 0, False, None]:\n match v:\n  case True: print('T')\n  case False: print('F')\n  case None: print('N')\n  case 1: print('one')\n  case _: print('other')",
        "one\nT\none\nother\nF\nN\n",
    );
    ok(
        "for v in [-1, -1.5, 1e3]:\n match v:\n  case -1: print('m1')\n  case -1.5: print('m15')\n  case 1000: print('k')",
        "m1\nm15\nk\n",
    );
}

#[test]
fn only_real_sequences_match_sequence_patterns() {
    let code = "for v in ['ab', b'ab', bytearray(b'ab'), {1, 2}, {'a': 1}, {'a': 1}.keys(), (i for i in 'ab'), [1, 2], (1, 2), range(1, 3)]:\n\
                \x20match v:\n  case [a, b]: print('seq', a, b)\n  case _: print('not')";
    ok(
        code,
        "not\nnot\nnot\nnot\nnot\nnot\nnot\nseq 1 2\nseq 1 2\nseq 1 2\n",
    );
    ok(
        "match range(10):\n case [a, *_, b]: print(a, b)\nmatch (1, 2, 3):\n case [*x, 3]: print(x)",
        "0 9\n[1, 2]\n",
    );
}

#[test]
fn mapping_patterns_look_up_keys_and_copy_the_rest() {
    ok(
        "d = {'a': 1, 'b': 2}\nmatch d:\n case {'a': 1, **rest}: rest['c'] = 3\nprint(rest, d)",
        "{'b': 2, 'c': 3} {'a': 1, 'b': 2}\n",
    );
    ok(
        "match {'a': 1}:\n case {'a': 1, **rest}: print(rest)",
        "{}\n",
    );
    ok(
        "match [('k', 1)]:\n case {'k': v}: print('mapping')\n case _: print('not a mapping')",
        "not a mapping\n",
    );
    err(
        "class K:\n A = 'a'\n B = 'a'\nmatch {'a': 1, 'b': 2}:\n case {K.A: 1, K.B: 1}: pass",
        "ValueError: mapping pattern checks duplicate key ('a')",
    );
    // The length check comes first: a subject with too few items never sees the keys.
    ok(
        "class K:\n A = 'a'\n B = 'a'\nmatch {'a': 1}:\n case {K.A: 1, K.B: 1}: pass\nprint('no error')",
        "no error\n",
    );
    err(
        "class K:\n L = []\nmatch {1: 2}:\n case {K.L: 1}: pass",
        "TypeError: unhashable type: 'list'",
    );
}

#[test]
fn class_patterns_follow_match_args_and_attributes() {
    let classes = "class WithProp:\n __match_args__ = ('p', 'missing')\n @property\n def p(self): return 42\n\
                   class G:\n def __getattr__(self, n): return n.upper()\n";
    ok(
        &format!(
            "{classes}match WithProp():\n case WithProp(p): print('prop', p)\n\
             match WithProp():\n case WithProp(p, m): print('nope')\n case _: print('missing attr')\n\
             match G():\n case G(foo=f, bar='BAR'): print('getattr', f)"
        ),
        "prop 42\nmissing attr\ngetattr FOO\n",
    );
    ok(
        "match ValueError('boom'):\n case ValueError(args=(msg,)): print('exc', msg)",
        "exc boom\n",
    );
    ok(
        "class M: pass\nmatch M:\n case type(): print('class is a type')\nmatch 3:\n case object(): print('int is object')",
        "class is a type\nint is object\n",
    );
    // The subclass inherits `__match_args__`.
    ok(
        "class A:\n __match_args__ = ('x',)\n def __init__(s, x): s.x = x\nclass B(A): pass\n\
         match B(4):\n case A(v): print('A', v)",
        "A 4\n",
    );
}

#[test]
fn class_pattern_errors_are_cpython_type_errors() {
    let defs = "class P:\n __match_args__ = ('x', 'y')\n def __init__(s): s.x, s.y = 1, 2\n\
                class Q: pass\nclass R:\n __match_args__ = ['x']\nclass S:\n __match_args__ = (1,)\n";
    for (subject, case, message) in [
        (
            "1",
            "len()",
            "TypeError: called match pattern must be a type",
        ),
        (
            "P()",
            "P(1, 2, 3)",
            "TypeError: P() accepts 2 positional sub-patterns (3 given)",
        ),
        (
            "Q()",
            "Q(1)",
            "TypeError: Q() accepts 0 positional sub-patterns (1 given)",
        ),
        (
            "R()",
            "R(1)",
            "TypeError: R.__match_args__ must be a tuple (got list)",
        ),
        (
            "S()",
            "S(1)",
            "TypeError: __match_args__ elements must be strings (got int)",
        ),
        (
            "1",
            "int(1, 2)",
            "TypeError: int() accepts 1 positional sub-pattern (2 given)",
        ),
        (
            "True",
            "bool(a, b)",
            "TypeError: bool() accepts 1 positional sub-pattern (2 given)",
        ),
        (
            "P()",
            "P(1, x=1)",
            "TypeError: P() got multiple sub-patterns for attribute 'x'",
        ),
    ] {
        err(
            &format!("{defs}match {subject}:\n case {case}: pass"),
            message,
        );
    }
    // No instance, no count check.
    ok(
        &format!("{defs}match 1:\n case P(1, 2, 3): pass\n case _: print('no match')"),
        "no match\n",
    );
}

#[test]
fn builtin_class_patterns_match_the_subject_itself() {
    ok(
        "for v in [True, 3, 2.5, 's', b'b', [1], (1,), {1: 2}, {1}, frozenset()]:\n match v:\n\
         \x20 case bool(x) | int(x) | float(x) | str(x) | bytes(x) | list(x) | tuple(x) | dict(x) | set(x) | frozenset(x): print(repr(x))",
        "True\n3\n2.5\n's'\nb'b'\n[1]\n(1,)\n{1: 2}\n{1}\nfrozenset()\n",
    );
    ok(
        "match True:\n case int(1): print('True is int(1)')\nmatch 3.0:\n case int(): print('no')\n case float(3): print('float')",
        "True is int(1)\nfloat\n",
    );
}

#[test]
fn control_flow_leaves_the_stack_clean() {
    ok(
        "def g():\n for i in range(5):\n  match i:\n   case 0: continue\n   case 3: break\n   case n: yield n\nprint(list(g()))",
        "[1, 2]\n",
    );
    ok(
        "def h(v):\n try:\n  match v:\n   case [x, *_]: return x\n   case _: return None\n finally:\n  print('finally')\nprint(h([7, 8]))",
        "finally\n7\n",
    );
    ok(
        "total = 0\nfor i in range(1000):\n match i % 3, i:\n  case (0, n): total += n\n  case (1, _): total -= 1\n  case _: pass\nprint(total)",
        "166500\n",
    );
    ok(
        "def f(x):\n match x:\n  case [a] if (b := a * 2) > 5: return b\n  case _: return -1\nprint(f([1]), f([3]))",
        "-1 6\n",
    );
    // An error in a guard propagates and the next statement runs normally.
    ok(
        "try:\n match 1:\n  case x if 1 / 0: pass\nexcept ZeroDivisionError as e:\n print('guard raised:', e)\nprint('after')",
        "guard raised: division by zero\nafter\n",
    );
}

#[test]
fn match_works_in_classes_generators_and_coroutines() {
    ok(
        "class C:\n match 2:\n  case 1: k = 'one'\n  case n: k = f'n={n}'\nprint(C.k, C.n)",
        "n=2 2\n",
    );
    ok(
        "import asyncio\nasync def f(v):\n await asyncio.sleep(0)\n match v:\n  case {'x': x}: return x\n  case _: return None\n\
         async def main():\n return await asyncio.gather(f({'x': 1}), f(2))\nprint(asyncio.run(main()))",
        "[1, None]\n",
    );
}

#[test]
fn captures_bind_cells_and_globals_like_assignments() {
    ok(
        "def f(v):\n match v:\n  case [x, *rest]: return lambda: (x, rest)\nprint(f([1, 2])())",
        "(1, [2])\n",
    );
    ok(
        "def g(v):\n global G\n match v:\n  case {'g': G}: pass\ng({'g': 5})\nprint(G)",
        "5\n",
    );
}

#[test]
fn match_and_case_stay_ordinary_names() {
    ok(
        "match = [1, 2]\ncase = 3\nprint(match, case)\nmatch match:\n case [case, 2]: print(case)",
        "[1, 2] 3\n1\n",
    );
    ok("_ = 5\nmatch 1:\n case _: print(_)", "5\n");
}

#[test]
fn an_unawaited_async_tool_call_is_settled_before_matching() {
    use minion_tool::{AsyncFnTool, ToolSpec, Value};
    let mut ex = LocalPythonExecutor::new();
    ex.send_tool(AsyncFnTool::new(
        ToolSpec::new("pair", "Returns two strings.")
            .input("tag", "str", "a prefix")
            .output("list"),
        |args| async move {
            let tag: String = args.get("tag")?;
            futures::future::ready(()).await;
            Ok(Value::List(vec![
                Value::from(format!("{tag}1")),
                Value::from(format!("{tag}2")),
            ]))
        },
    ));
    let code = "match pair('a'):\n case [x, y]: print(x, y)\n\
                match pair('b'):\n case list([x, *_]): print(x)\n\
                match await pair('c'):\n case (_, 'c2') as p: print(p)";
    let out = ex.run(code).expect("runs");
    assert_eq!(out.logs, "a1 a2\nb1\n['c1', 'c2']\n");
}
