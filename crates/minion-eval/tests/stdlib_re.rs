//! `re`: behaviour checked against what CPython 3.11 printed (the expected output of each
//! program below is CPython's), plus the limits and the departures that CPython cannot
//! check (backtracking bound, operation and memory budgets, unsupported features).

mod common;
use common::{err, ok};

#[test]
fn empty_matches_follow_python_3_7_rules() {
    ok(
        "import re\nprint(re.findall(r\"\\w*\", \"ab cd\"), re.findall(r\"a?\", \"baa\"), re.findall(r\"(?m)^\", \"a\\nb\\n\"))\nprint(re.sub(\"x*\", \"-\", \"abxd\"), re.sub(\"\", \"-\", \"ab\"), re.subn(r\"\\b\", \"|\", \"hi yo\"))\nprint(re.split(r\"\\b\", \"a b\"), re.split(r\"x*\", \"axbc\"), re.split(r\"(?=b)\", \"abab\"))\nprint([m.span() for m in re.finditer(r\"\\d*\", \"1a22\")])\n",
        "['ab', '', 'cd', ''] ['', 'a', 'a', ''] ['', '', '']\n-a-b--d- -a-b- ('|hi| |yo|', 4)\n['', 'a', ' ', 'b', ''] ['', 'a', '', 'b', 'c', ''] ['a', 'ba', 'b']\n[(0, 1), (1, 1), (2, 4), (4, 4)]\n",
    );
}

#[test]
fn dollar_matches_before_a_final_newline() {
    ok(
        "import re\nprint(re.search(r\"end$\", \"the end\\n\"), re.search(r\"end$\", \"the end\\n\\n\"), re.search(r\"end\\Z\", \"the end\\n\"))\nprint(re.findall(r\"a$\", \"a\\na\\n\"), re.findall(r\"$\", \"a\\n\"), re.fullmatch(r\"a$\", \"a\\n\"), re.match(r\"a$\", \"a\\n\"))\nprint(re.sub(r\"$\", \"X\", \"ab\\n\"), re.split(r\"$\", \"ab\\n\"), re.compile(r\"b$\").search(\"ab\\nc\", 0, 3))\nprint(re.findall(r\"(\\w)$\", \"x\\ny\\n\"), re.findall(r\"(?m)(\\w)$\", \"x\\ny\\n\"))\n",
        "<re.Match object; span=(4, 7), match='end'> None None\n['a'] ['', ''] None <re.Match object; span=(0, 1), match='a'>\nabX\nX ['ab', '\\n', ''] <re.Match object; span=(1, 2), match='b'>\n['y'] ['x', 'y']\n",
    );
}

#[test]
fn pos_and_endpos_bound_the_search_like_sre() {
    ok(
        "import re\np = re.compile(r\"^\\w\")\nprint(p.search(\"ab\", 1), re.compile(r\"(?m)^\\w\").search(\"a\\nb\", 1), re.compile(r\"(?<=a)b\").search(\"ab\", 1))\nprint(re.compile(r\"b$\").search(\"abc\", 0, 2), re.compile(r\"b(?=c)\").search(\"abc\", 0, 2), re.compile(r\"\\w+\").findall(\"hello\", 1, 3))\nprint(re.compile(\"a\").search(\"aaa\", 2, 1), re.compile(\"a\").search(\"aaa\", -9, 99), re.compile(\"a\").match(\"ba\", 1).pos)\nm = re.compile(r\"\\d\").search(\"x1\", -5, 100)\nprint(m.pos, m.endpos, m.span())\nprint(re.compile(r\"\\Ab\").search(\"ab\", 1), re.compile(r\"\\bb\").search(\"ab\", 1), re.compile(r\"\\w+\").fullmatch(\"abcd\", 1, 3))\n",
        "None <re.Match object; span=(2, 3), match='b'> <re.Match object; span=(1, 2), match='b'>\n<re.Match object; span=(1, 2), match='b'> None ['el']\nNone <re.Match object; span=(0, 1), match='a'> 1\n0 2 (1, 2)\nNone None <re.Match object; span=(1, 3), match='bc'>\n",
    );
}

#[test]
fn spans_are_code_point_indices() {
    ok(
        "import re\ns = \"naïve 日本 café 🐍 end\"\nprint([m.span() for m in re.finditer(r\"\\w+\", s)])\nprint(re.search(\"end\", s).span(), re.compile(r\"\\w+\").search(s, 6).span(), re.compile(r\"\\w+\").findall(s, 6, 9))\nprint(re.sub(r\"\\w+\", lambda m: str(m.start()), s), re.split(r\"\\s\", s))\nm = re.match(r\"(?P<a>\\w+) (\\w+)\", s)\nprint(m.span(\"a\"), m.span(2), m.end(), m[\"a\"], m.expand(r\"\\2|\\g<a>\"))\n",
        "[(0, 5), (6, 8), (9, 13), (16, 19)]\n(16, 19) (6, 8) ['日本']\n0 6 9 🐍 16 ['naïve', '日本', 'café', '🐍', 'end']\n(0, 5) (6, 8) 8 naïve 日本|naïve\n",
    );
}

#[test]
fn lastindex_is_the_group_that_closed_last() {
    ok(
        "import re\nfor p, s in [(r\"(a)(b)\", \"ab\"), (r\"((a)b)\", \"ab\"), (r\"((a))\", \"a\"), (r\"(a)(b*)\", \"a\"), (r\"(a)|(b)\", \"b\"), (r\"(?P<x>a)(?P<y>b)?\", \"a\"), (r\"a\", \"a\"), (r\"(a)(?:b)\", \"ab\"), (r\"((a)|b)+\", \"ab\")]:\n    m = re.match(p, s)\n    print(p, m.lastindex, m.lastgroup)\n",
        "(a)(b) 2 None\n((a)b) 1 None\n((a)) 1 None\n(a)(b*) 2 None\n(a)|(b) 2 None\n(?P<x>a)(?P<y>b)? 1 x\na None None\n(a)(?:b) 1 None\n((a)|b)+ 1 None\n",
    );
}

#[test]
fn replacement_templates() {
    ok(
        "import re\nprint(re.sub(\"(b)\", r\"[\\1|\\g<1>|\\g<0>]\", \"abc\"), re.sub(\"b\", r\"\\n\\t\\\\\\-\\0\\012\\a\", \"abc\"))\nprint(repr(re.sub(\"b\", r\"\\x\", \"abc\")) if False else \"\", re.sub(\"(?P<n>b)\", r\"<\\g<n>>\", \"abc\"), re.sub(\"(b)(c)?\", r\"\\2\\1\", \"ab\"))\nfor t in [r\"\\g<2>\", r\"\\g<a\", r\"\\g\", r\"\\g<-1>\", r\"\\g<a b>\", r\"\\9\", r\"\\400\", \"\\\\\"]:\n    try:\n        print(re.sub(\"(b)\", t, \"abc\"))\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(re.match(\"(a)(b)?\", \"a\").expand(r\"\\1-\\2-\"))\n",
        "a[b|b|b]c a\n\t\\\\-\u{0}\n\u{7}c\n a<b>c ab\nerror invalid group reference 2 at position 3\nerror missing >, unterminated name at position 3\nerror missing < at position 2\nerror bad character in group name '-1' at position 3\nerror bad character in group name 'a b' at position 3\nerror invalid group reference 9 at position 1\nerror octal escape value \\400 outside of range 0-0o377 at position 0\nerror bad escape (end of pattern) at position 0\na--\n",
    );
}

#[test]
fn character_classes() {
    ok(
        "import re\nprint(re.findall(r\"[\\d.]+\", \"1.5 x 22\"), re.findall(r\"[^\\s,]+\", \"a, b c\"), re.findall(r\"[\\]\\\\]\", \"a]b\\\\\"), re.findall(r\"[\\b]\", \"a\\bb\"))\nprint(re.findall(r\"[a-cx-z]\", \"abcdxyz\"), re.findall(r\"[\\x41-\\x43]\", \"ABCD\"), re.findall(r\"[-+]\\d\", \"+1 -2\"), re.findall(r\"[\\w\\s]+\", \"a b!c\"))\nprint(re.findall(r\"[^\\d\\W]+\", \"ab12_c\"), re.findall(r\"(?a)[^\\W]+\", \"añb\"), re.findall(r\"[\\D]+\", \"ab12cd\"), re.findall(r\"[[]\", \"a[b\"))\nfor p in [r\"[\\d-z]\", r\"[a\", r\"[]\", r\"[b-a]\", r\"[\\z]\"]:\n    try:\n        re.compile(p)\n    except re.error as e:\n        print(e)\n",
        "['1.5', '22'] ['a', 'b', 'c'] [']', '\\\\'] ['\\x08']\n['a', 'b', 'c', 'x', 'y', 'z'] ['A', 'B', 'C'] ['+1', '-2'] ['a b', 'c']\n['ab', '_c'] ['a', 'b'] ['ab', 'cd'] ['[']\nbad character range \\d-z at position 1\nunterminated character set at position 0\nunterminated character set at position 0\nbad character range b-a at position 1\nbad escape \\z at position 1\n",
    );
}

#[test]
fn repeats_and_braces() {
    ok(
        "import re\nprint(re.findall(r\"a{,2}\", \"aaaaa\"), re.findall(r\"a{2}\", \"aaaaa\"), re.findall(r\"a{2,}\", \"a aa aaa\"), re.findall(r\"a{1,2}?\", \"aaa\"))\nprint(re.findall(r\"a{\", \"a{\"), re.findall(r\"a{x}\", \"a{x}\"), re.findall(r\"a{1,2\", \"a{1,2\"), re.findall(r\"x{}\", \"x{}\"), re.findall(r\"a{,}\", \"aaa\"))\nprint(re.findall(r\"a+?\", \"aaa\"), re.findall(r\"a*?b\", \"aab\"), re.findall(r\"(?>a*)a\", \"aaa\"), re.findall(r\"a*+a\", \"aaa\"), re.findall(r\"a?+b\", \"ab b\"))\nfor p in [r\"a{2,1}\", r\"a**\", r\"a*{2}\", r\"(?:)*\", r\"\\b*\", r\"a??+\"]:\n    try:\n        print(p, re.compile(p).findall(\"aa\"))\n    except re.error as e:\n        print(p, e)\n",
        "['aa', 'aa', 'a', ''] ['aa', 'aa'] ['aa', 'aaa'] ['a', 'a', 'a']\n['a{'] ['a{x}'] ['a{1,2'] ['x{}'] ['aaa', '']\n['a', 'a', 'a'] ['aab'] [] [] ['ab', 'b']\na{2,1} min repeat greater than max repeat at position 2\na** multiple repeat at position 2\na*{2} multiple repeat at position 2\n(?:)* ['', '', '']\n\\b* nothing to repeat at position 2\na??+ multiple repeat at position 3\n",
    );
}

#[test]
fn pattern_objects_compare_by_source_and_flags() {
    ok(
        "import re\na, b = re.compile(\"x+\"), re.compile(\"x+\")\nprint(a == b, a != b, hash(a) == hash(b), a == re.compile(\"x+\", re.I), a == \"x+\", {a: 1}[b])\nprint(re.compile(\"x\", re.I | re.S), re.compile(\"(?s)x\"), re.compile(\"x\" * 250) == re.compile(\"x\" * 250))\nprint(repr(re.compile(\"it's\")), re.compile(\"\\\\\\\\\"), re.compile(\"\\n\"))\nprint(re.compile(\"a\").flags, re.compile(\"a\", re.A).flags, re.compile(\"(?x)a\").flags, re.compile(r\"(?P<n>a)(b)\").groupindex)\n",
        "True False True False False 1\nre.compile('x', re.IGNORECASE|re.DOTALL) re.compile('(?s)x', re.DOTALL) True\nre.compile(\"it's\") re.compile('\\\\\\\\') re.compile('\\n')\n32 256 96 {'n': 1}\n",
    );
}

#[test]
fn match_repr_is_truncated_like_cpython() {
    ok(
        "import re\nprint(re.match(\".*\", \"y\" * 60))\nprint(re.match(\".*\", \"it's \\\"q\\\"\"))\nprint(re.match(\".*\", \"tab\\there\"))\nprint(re.search(\"(?s).+\", \"a\\nb\"))\n",
        "<re.Match object; span=(0, 60), match='yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy>\n<re.Match object; span=(0, 8), match='it\\'s \"q\"'>\n<re.Match object; span=(0, 8), match='tab\\there'>\n<re.Match object; span=(0, 3), match='a\\nb'>\n",
    );
}

#[test]
fn group_lookup_errors() {
    ok(
        "import re\nm = re.match(r\"(?P<a>x)(y)?\", \"x\")\nfor g in [0, 1, 2, 3, -1, \"a\", \"b\", True, 1.0, None]:\n    try:\n        print(repr(g), m.group(g), m[g], m.span(g), m.start(g))\n    except Exception as e:\n        print(repr(g), type(e).__name__, e)\nprint(m.group(1, \"a\", 2), m.groups(default=\"?\"), m.groupdict(\"-\"), m.group())\ntry:\n    m.groups(1, 2)\nexcept TypeError as e:\n    print(\"TypeError\")\n",
        "0 x x (0, 1) 0\n1 x x (0, 1) 0\n2 None None (-1, -1) -1\n3 IndexError no such group\n-1 IndexError no such group\n'a' x x (0, 1) 0\n'b' IndexError no such group\nTrue x x (0, 1) 0\n1.0 IndexError no such group\nNone IndexError no such group\n('x', 'x', None) ('x', '?') {'a': 'x'} x\nTypeError\n",
    );
}

#[test]
fn callable_replacement_results() {
    ok(
        "import re\ncalls = []\ndef f(m):\n    calls.append(m.group())\n    return {\"a\": \"A\", \"b\": None, \"c\": 7}[m.group()]\ntry:\n    re.sub(\"[abc]\", f, \"xaybzc\")\nexcept TypeError as e:\n    print(e, calls)\nprint(re.sub(\"[ab]\", lambda m: None, \"xaybz\"), re.subn(\"[ab]\", lambda m: m.group() * 2, \"xaybz\", 1))\nprint(re.sub(\"a\", lambda m: m.group().upper(), \"banana\"), re.sub(r\"\\d+\", lambda m: str(len(m.group())), \"1 22 333\"))\n",
        "sequence item 4: expected str instance, int found ['a', 'b', 'c']\nxyz ('xaaybz', 1)\nbAnAnA 1 2 3\n",
    );
}

#[test]
fn inline_and_scoped_flags() {
    ok(
        "import re\nprint(re.findall(r\"(?i)a(?-i:b)\", \"ab AB Ab aB\"), re.findall(r\"a(?i:b)c\", \"abc aBc abC\"), re.findall(r\"(?s:.)(?m:^b)\", \"a\\nb\"))\nprint(re.findall(r\"(?x: a b ) c d\", \"abc d ab c\"), re.findall(r\"(?a:\\w+)\\w+\", \"éa éb\"), re.compile(\"(?i)(?m)x\").flags)\nfor p in [\"(?i\", \"(?-i)\", \"(?i-i:a)\", \"(?q)\", \"(?-a:x)\", \"(?au)\", \"a(?i)\", \"(?L)x\", \"(?i:\"]:\n    try:\n        re.compile(p)\n        print(p, \"ok\")\n    except Exception as e:\n        print(p, type(e).__name__, e)\n",
        "['ab', 'Ab'] ['abc', 'aBc'] ['\\nb']\n[] [] 42\n(?i error missing -, : or ) at position 3\n(?-i) error missing : at position 4\n(?i-i:a) error bad inline flags: flag turned on and off at position 5\n(?q) error unknown extension ?q at position 1\n(?-a:x) error bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4\n(?au) error bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4\na(?i) error global flags not at the start of the expression at position 1\n(?L)x error bad inline flags: cannot use 'L' flag with a str pattern at position 3\n(?i: error missing ), unterminated subpattern at position 0\n",
    );
}

#[test]
fn verbose_mode_comments_and_classes() {
    ok(
        "import re\np = re.compile(r\"\"\"\n   (\\d+)   # number\n   [ #]    # a space or a hash, inside a class\n   \\#      # literal hash\n   \\ x     # escaped space then x\n\"\"\", re.X)\nprint(p.findall(\"12 # x  3## x\"), p.groups)\nprint(re.findall(r\"(?x) a{2} | b {2}\", \"aa bb b\"), re.fullmatch(r\"(?x) a # c\\n b\", \"ab\"))\n",
        "['12', '3'] 1\n['aa', 'bb'] None\n",
    );
}

#[test]
fn argument_errors_name_the_function() {
    ok(
        "import re\np = re.compile(\"a\")\ncalls = [lambda: re.search(\"a\"), lambda: re.sub(\"a\", \"b\"), lambda: re.compile(), lambda: re.split(\"a\", \"b\", 1, 0, 5),\n         lambda: re.findall(\"a\", \"a\", flag=1), lambda: re.purge(1), lambda: re.escape(), lambda: p.search(),\n         lambda: p.search(\"a\", 1, 2, 3), lambda: p.sub(\"b\"), lambda: p.split(\"a\", maxsplit=\"x\"),\n         lambda: p.match(\"a\").start(0, 1), lambda: p.match(\"a\").groups(1, 2), lambda: re.findall(\"a\", \"a\", None),\n         lambda: p.findall(string=\"aba\", pos=1), lambda: re.sub(pattern=\"a\", repl=\"b\", string=\"cab\", count=1)]\nfor f in calls:\n    try:\n        print(f())\n    except TypeError as e:\n        print(\"TypeError:\", e)\n",
        "TypeError: search() missing 1 required positional argument: 'string'\nTypeError: sub() missing 1 required positional argument: 'string'\nTypeError: compile() missing 1 required positional argument: 'pattern'\nTypeError: split() takes from 2 to 4 positional arguments but 5 were given\nTypeError: findall() got an unexpected keyword argument 'flag'\nTypeError: purge() takes 0 positional arguments but 1 was given\nTypeError: escape() missing 1 required positional argument: 'pattern'\nTypeError: search() missing required argument 'string' (pos 1)\nTypeError: search() takes at most 3 arguments (4 given)\nTypeError: sub() missing required argument 'string' (pos 2)\nTypeError: 'str' object cannot be interpreted as an integer\nTypeError: start expected at most 1 argument, got 2\nTypeError: groups() takes at most 1 argument (2 given)\nTypeError: unsupported operand type(s) for &: 'NoneType' and 'RegexFlag'\n['a']\ncbb\n",
    );
}

#[test]
fn error_positions_in_multiline_patterns() {
    ok(
        "import re\nfor p in [\"ab\\n(c\", \"a\\nb\\nc)\", \"(?x)\\n  a\\n  **\", \"x\\n[a\"]:\n    try:\n        re.compile(p)\n    except re.error as e:\n        print(e)\n",
        "missing ), unterminated subpattern at position 3 (line 2, column 1)\nunbalanced parenthesis at position 5 (line 3, column 2)\nmultiple repeat at position 12 (line 3, column 4)\nunterminated character set at position 2 (line 2, column 1)\n",
    );
}

// Departures and limits: CPython cannot check these (it would hang, or has no limits).

use std::time::{Duration, Instant};

use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};

#[test]
fn nested_quantifiers_run_in_linear_time() {
    // CPython backtracks for hours here; the linear-time engine answers at once.
    let start = Instant::now();
    ok(
        "import re\nprint(re.match(r\"(a+)+$\", \"a\" * 40 + \"b\"), re.search(r\"^(\\w+\\s?)*$\", \"word \" * 30 + \"!\"))\n",
        "None None\n",
    );
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn catastrophic_backtracking_raises_runtime_error() {
    let start = Instant::now();
    ok(
        "import re\nfor p in [r\"(a+)+(?=b)c\", r\"(?:(a+)+)\\1c\", r\"(a|aa)+(?=x)\"]:\n    try:\n        re.search(p, \"a\" * 40 + \"b\")\n    except RuntimeError as e:\n        print(\"backtracking limit\" in str(e))\n",
        "True\nTrue\nTrue\n",
    );
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn long_scans_charge_the_operation_budget() {
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_operations: 50_000,
        ..ExecutorLimits::default()
    });
    let e = ex
        .run("import re\ntext = 'ab ' * 400000\nn = len(re.findall(r'\\w+', text))")
        .expect_err("the scan is over budget");
    assert_eq!(e.kind, ErrorKind::Limit, "{}", e.summary());
    // The same program fits a bigger budget.
    let mut ex = LocalPythonExecutor::new();
    let out = ex
        .run("import re\ntext = 'ab ' * 400000\nprint(len(re.findall(r'\\w+', text)), len(re.sub('b', '', text)))")
        .expect("fits the default budget");
    assert_eq!(out.logs, "400000 800000\n");
}

#[test]
fn substitution_results_are_checked_against_the_memory_limit() {
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_memory: 16 * 1024 * 1024,
        ..ExecutorLimits::default()
    });
    let e = ex
        .run("import re\ns = re.sub('a', 'x' * 1000, 'a' * 100000)")
        .expect_err("a 100 MB result");
    assert_eq!(e.kind, ErrorKind::Limit, "{}", e.summary());
    assert_eq!(e.exc_type, "MemoryError");
}

#[test]
fn uncaught_re_error_is_qualified() {
    err(
        "import re\nre.compile('(?P<x>a')",
        "re.error: missing ), unterminated subpattern at position 0",
    );
    ok(
        "import re\ntry:\n    re.compile('a)')\nexcept re.error as e:\n    print(type(e).__name__, isinstance(e, Exception), e)\nprint(re.error, re.Pattern, re.Match)\n",
        "error True unbalanced parenthesis at position 1\n<class 're.error'> <class 're.Pattern'> <class 're.Match'>\n",
    );
}

#[test]
fn unsupported_features_raise_not_implemented_error() {
    ok(
        "import re\nfor f in [lambda: re.compile(b'a'), lambda: re.compile(r'\\N{DASH}'), lambda: re.compile('a', re.DEBUG), lambda: re.Scanner([]), lambda: re.escape(b'a'), lambda: re.compile(r'[\\ud800]')]:\n    try:\n        f()\n    except NotImplementedError as e:\n        print(e)\n",
        "a bytes pattern is not supported by this executor's re module\n\\N{...} named character escapes are not supported by this executor\nre.DEBUG is not supported by this executor's re module\nre.Scanner is not supported by this executor's re module\nre.escape of bytes is not supported by this executor's re module\nsurrogate code points cannot be matched by this executor\n",
    );
}

#[test]
fn empty_match_after_empty_match_moves_one_character() {
    // CPython gives ['', 'b', ''] (it first tries a non-empty match at the same place).
    ok(
        "import re\nprint(re.findall(r'|b', 'b'), re.findall(r'b|', 'b'))\n",
        "['', ''] ['b', '']\n",
    );
}

#[test]
fn compiled_patterns_are_cached_per_executor() {
    let mut ex = LocalPythonExecutor::new();
    let code = "import re\nfor i in range(2000):\n    re.findall(r'(\\d+)-(\\w+)', 'id 12-ab and 7-c')\nprint(re.findall(r'(\\d+)-(\\w+)', 'id 12-ab and 7-c'))";
    let start = Instant::now();
    let out = ex.run(code).expect("runs");
    assert_eq!(out.logs, "[('12', 'ab'), ('7', 'c')]\n");
    // A second run reuses the compiled pattern; thousands of distinct patterns stay
    // bounded by the cache size.
    ex.run(code).expect("runs again");
    ex.run("import re\nfor i in range(1000):\n    re.compile(f'x{i}y')\nre.purge()\nprint(re.match('x1y', 'x1y').span())")
        .expect("many patterns");
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn patterns_past_the_size_limit_raise_re_error() {
    // CPython compiles these; the automata would exceed their size limits.
    ok(
        "import re\nfor p in ['(a{1000}){1000}', '(?=(a{1000}){1000})b', '(' * 300 + ')' * 300]:\n    try:\n        re.compile(p)\n    except (re.error, NotImplementedError) as e:\n        print(type(e).__name__, e)\n",
        "error pattern too large for this executor's regex engine\nerror pattern too large for this executor's regex engine\nNotImplementedError regular expression nested too deeply\n",
    );
}
