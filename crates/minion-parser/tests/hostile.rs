//! Hostile source: never a crash, always a clean `SyntaxError` (or a parse, when the
//! source is flat). Runs in threads with 2 MiB stacks, like the test harness's.

use minion_parser::{parse_module, parse_module_bytes, SyntaxError, MAX_CHAIN_DEPTH};

fn small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic, no overflow")
}

fn refused(src: String) -> SyntaxError {
    small_stack(move || parse_module(&src, "<code>").map(|_| ()).unwrap_err())
}

fn parses(src: String) {
    small_stack(move || {
        if let Err(e) = parse_module(&src, "<code>") {
            panic!("{e}");
        }
    });
}

const N: usize = 100_000;

#[test]
fn nested_brackets() {
    for open in ["(", "[", "{", "([{"] {
        let e = refused(format!("x = {}", open.repeat(N)));
        assert_eq!(e.message, "too many nested parentheses");
        assert_eq!(e.column, 205);
    }
}

#[test]
fn long_flat_lines() {
    let terms = 10_000_000 / 4;
    let e = refused(format!("x = 1{}\n", " + 1".repeat(terms)));
    assert!(e.message.contains("too deep"), "{}", e.message);
    let mut list = String::from("x = [");
    for i in 0..terms / 2 {
        list.push_str(&format!("{i}, "));
    }
    list.push_str("]\n");
    parses(list);
}

#[test]
fn big_flat_data_literal_parses() {
    let mut src = String::from("data = [\n");
    for i in 0..N {
        src.push_str(&format!(
            "    {{'id': -{i}, 'v': [-1.5, -2, None], 'name': \"n{i}\"}},\n"
        ));
    }
    src.push_str("]\n");
    src.push_str(&format!(
        "s = {}\n",
        (0..300)
            .map(|i| format!("'p{i}'"))
            .collect::<Vec<_>>()
            .join(" + ")
    ));
    src.push_str(&format!(
        "t = {}\n",
        (0..300)
            .map(|i| format!("str({i})"))
            .collect::<Vec<_>>()
            .join(" + ")
    ));
    parses(src);
}

#[test]
fn long_chains_are_refused() {
    for chain in [
        format!("x = {}y\n", "not ".repeat(N)),
        format!("x = {}1\n", "-".repeat(N)),
        format!("x = a{}\n", ".b".repeat(N)),
        format!("x = f{}\n", "()".repeat(N)),
        format!("x = x{}\n", "[0]".repeat(N)),
        format!("x = {}0\n", "lambda: ".repeat(N)),
        format!("x = {}0{}\n", "lambda a=".repeat(N), ": 0".repeat(N)),
        format!("x = {}0\n", "not not lambda a, b: ".repeat(N)),
        format!("x = {}\n", "2 ** ".repeat(N) + "2"),
        format!("x = {}\n", "a if b else ".repeat(N) + "c"),
        format!("x = f'{{{}1}}'\n", "-".repeat(N)),
        format!(
            "x = f'{{{}}}'\n",
            "(".repeat(150) + &"-".repeat(N) + &")".repeat(150)
        ),
        format!("if a:\n    pass\n{}", "elif b:\n    pass\n".repeat(N)),
    ] {
        let e = refused(chain);
        assert!(
            e.message.contains("too deep") || e.message.contains("nested"),
            "{}",
            e.message
        );
    }
}

#[test]
fn depth_just_under_the_limit_builds_and_drops_on_a_small_stack() {
    let d = MAX_CHAIN_DEPTH - 10;
    parses(format!("x = {}y\n", "not ".repeat(d)));
    parses(format!("x = {}1\n", "-".repeat(d)));
    parses(format!("x = f{}\n", "()".repeat(d)));
    parses(format!("x = {}0\n", "lambda: ".repeat(d)));
    parses(format!("x = {}\n", "a if b else ".repeat(d / 2) + "c"));
    parses(format!(
        "if a:\n    pass\n{}",
        "elif b:\n    pass\n".repeat(d)
    ));
    parses(format!("x = f'{{{}1}}'\n", "-".repeat(d - 10)));
    parses(format!(
        "x = {}{}{}\n",
        "(".repeat(190),
        "-".repeat(d - 200),
        "1".to_string() + &")".repeat(190)
    ));
}

#[test]
fn nested_fstrings_as_deep_as_quoting_allows() {
    parses("x = f\"\"\"{f'''{f\"{f'{1}'}\"}'''}\"\"\"\n".to_string());
    let e = refused("x = f'{x:{y:{z}}}'\n".to_string());
    assert_eq!(e.message, "f-string: expressions nested too deeply");
}

#[test]
fn deep_indentation() {
    let mut src = String::new();
    for i in 0..500 {
        src.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(500)));
    let e = refused(src);
    assert_eq!(e.kind.name(), "IndentationError");
    assert_eq!(e.message, "too many levels of indentation");
    assert_eq!(e.line, 101);
}

#[test]
fn many_lines_parse() {
    parses("x = 1\n".repeat(200_000));
}

#[test]
fn null_bytes_and_invalid_utf8() {
    let e = refused(format!("x = 1\n{}\0", "y = 2\n".repeat(10)));
    assert_eq!(e.message, "source code string cannot contain null bytes");
    assert_eq!(e.line, 12);
    let e = small_stack(|| {
        parse_module_bytes(b"x = '\xc3'\n", "<code>")
            .map(|_| ())
            .unwrap_err()
    });
    assert!(e
        .message
        .starts_with("(unicode error) 'utf-8' codec can't decode byte 0xc3"));
}

#[test]
fn huge_int_literal_is_refused_quickly() {
    let e = refused(format!("x = {}\n", "9".repeat(10_000_000)));
    assert!(e.message.contains("10000000 digits"));
}

#[test]
fn unclosed_bracket_at_eof_does_not_hang() {
    let e = refused(format!("x = ({}", "1, ".repeat(1000)));
    assert_eq!(e.message, "'(' was never closed");
}
