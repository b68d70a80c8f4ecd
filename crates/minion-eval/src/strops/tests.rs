//! Unit tests; every expectation was checked against CPython 3.11.

use super::*;

fn v(x: &[&str]) -> Vec<String> {
    x.iter().map(|s| s.to_string()).collect()
}

fn sv(x: Result<Vec<&str>, StrOpError>) -> Vec<String> {
    x.unwrap().into_iter().map(str::to_owned).collect()
}

fn bv(x: Result<Vec<&[u8]>, StrOpError>) -> Vec<Vec<u8>> {
    x.unwrap().into_iter().map(<[u8]>::to_vec).collect()
}

fn err_msg<T: std::fmt::Debug>(r: Result<T, StrOpError>) -> (StrOpErrorKind, String) {
    let e = r.unwrap_err();
    (e.kind, e.message)
}

#[test]
fn adjust_indices_like_cpython() {
    assert_eq!(adjust_indices(None, None, 5), (0, 5));
    assert_eq!(adjust_indices(Some(-2), None, 5), (3, 5));
    assert_eq!(adjust_indices(Some(-10), Some(-10), 5), (0, 0));
    assert_eq!(adjust_indices(Some(7), Some(100), 5), (7, 5));
    assert_eq!(
        adjust_indices(Some(isize::MIN), Some(isize::MAX), 5),
        (0, 5)
    );
    assert_eq!(
        adjust_slice(5, None, None, Some(-1)).unwrap(),
        (4, -1, -1, 5)
    );
    assert_eq!(
        adjust_slice(5, Some(-100), Some(100), Some(2)).unwrap(),
        (0, 5, 2, 3)
    );
    assert_eq!(
        err_msg(adjust_slice(5, None, None, Some(0))),
        (StrOpErrorKind::Value, "slice step cannot be zero".into())
    );
    assert_eq!(adjust_slice(5, None, None, Some(isize::MIN)).unwrap().3, 1);
}

#[test]
fn char_index_helpers() {
    let s = "aé😀b";
    assert_eq!(char_len(s, false), 4);
    assert_eq!(char_len("abc", true), 3);
    assert_eq!(char_slice(s, false, 1, 3), "é😀");
    assert_eq!(char_slice(s, false, 3, 100), "b");
    assert_eq!(char_slice(s, false, 3, 1), "");
    assert_eq!(char_slice("hello", true, 1, 3), "el");
    // A wrong ASCII hint falls back instead of panicking.
    assert_eq!(char_slice(s, true, 1, 2), "é");
    assert_eq!(nth_char(s, false, 2), Some('😀'));
    assert_eq!(nth_char(s, false, 4), None);
    assert_eq!(nth_char("xyz", true, 1), Some('y'));
    assert_eq!(nth_char(s, true, 1), Some('é'));
    assert_eq!(char_to_byte_index(s, false, 2), 3);
    assert_eq!(byte_to_char_index(s, false, 7), 3);
}

#[test]
fn slicing_with_steps() {
    let s = "aé😀bcd";
    let sl = |a, b, c| {
        let (x, y, z, _) = adjust_slice(char_len(s, false), a, b, c).unwrap();
        slice_step(s, x, y, z)
    };
    assert_eq!(sl(None, None, Some(-1)), "dcb😀éa");
    assert_eq!(sl(None, None, Some(2)), "a😀c");
    assert_eq!(sl(Some(-1), Some(0), Some(-2)), "dbé");
    assert_eq!(sl(Some(1), Some(4), None), "é😀b");
    assert_eq!(sl(Some(4), Some(1), None), "");
    let (x, y, z, _) = adjust_slice(5, None, None, Some(-2)).unwrap();
    assert_eq!(slice_step_bytes(b"abcde", x, y, z), b"eca");
    assert_eq!(slice_step("abc", 10, -5, -1), "");
    assert_eq!(slice_step_bytes(b"abc", 10, -5, -1), b"");
}

#[test]
fn split_whitespace_and_sep() {
    assert_eq!(sv(split("  a b  c ", None, -1)), v(&["a", "b", "c"]));
    assert_eq!(sv(split("  a b  ", None, 1)), v(&["a", "b  "]));
    assert_eq!(sv(split("  a b ", None, 0)), v(&["a b "]));
    assert_eq!(sv(split("   ", None, 0)), v(&[]));
    assert_eq!(sv(split("", None, -1)), v(&[]));
    assert_eq!(
        sv(split("a\x1cb\u{85}c\u{2028}d\u{3000}e", None, -1)),
        v(&["a", "b", "c", "d", "e"])
    );
    // \u200b (zero width space) is not whitespace.
    assert_eq!(sv(split("a\u{200b}b", None, -1)), v(&["a\u{200b}b"]));
    assert_eq!(sv(split("a,b,,c", Some(","), -1)), v(&["a", "b", "", "c"]));
    assert_eq!(sv(split("a,b,,c", Some(","), 2)), v(&["a", "b", ",c"]));
    assert_eq!(sv(split("", Some(","), -1)), v(&[""]));
    assert_eq!(sv(split("aaa", Some("aa"), -1)), v(&["", "a"]));
    assert_eq!(
        sv(split("a😀b😀", Some("😀"), isize::MAX)),
        v(&["a", "b", ""])
    );
    assert_eq!(
        err_msg(split("abc", Some(""), -1)),
        (StrOpErrorKind::Value, "empty separator".into())
    );
    assert_eq!(sv(rsplit("  a b  ", None, 1)), v(&["  a", "b"]));
    assert_eq!(sv(rsplit(" a  b c ", None, -1)), v(&["a", "b", "c"]));
    assert_eq!(sv(rsplit("  a b ", None, 0)), v(&["  a b"]));
    assert_eq!(sv(rsplit("aaa", Some("aa"), -1)), v(&["a", ""]));
    assert_eq!(sv(rsplit("a,b,c", Some(","), 1)), v(&["a,b", "c"]));
    assert!(rsplit("x", Some(""), 1).is_err());
}

#[test]
fn splitlines_all_boundaries() {
    let s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\u{85}j\u{2028}k\u{2029}l";
    assert_eq!(splitlines(s, false).len(), 12);
    assert_eq!(splitlines("a\r\nb\n", true), vec!["a\r\n", "b\n"]);
    assert_eq!(splitlines("a\r\nb\n", false), vec!["a", "b"]);
    assert_eq!(splitlines("\n\r", false), vec!["", ""]);
    assert_eq!(splitlines("", true), Vec::<&str>::new());
    assert_eq!(splitlines("x\x1fy", false), vec!["x\x1fy"]);
    assert!(is_line_break('\u{2029}') && !is_line_break('\x1f'));
}

#[test]
fn partitions() {
    assert_eq!(partition("a=b=c", "=").unwrap(), ("a", "=", "b=c"));
    assert_eq!(rpartition("a=b=c", "=").unwrap(), ("a=b", "=", "c"));
    assert_eq!(partition("abc", "x").unwrap(), ("abc", "", ""));
    assert_eq!(rpartition("abc", "x").unwrap(), ("", "", "abc"));
    assert_eq!(err_msg(partition("abc", "")).1, "empty separator");
    assert_eq!(err_msg(rpartition("abc", "")).1, "empty separator");
}

#[test]
fn strip_family() {
    assert_eq!(strip(" \t\x1f a b \u{3000}\n", None), "a b");
    assert_eq!(lstrip("  ab  ", None), "ab  ");
    assert_eq!(rstrip("  ab  ", None), "  ab");
    assert_eq!(strip("xyaxbyx", Some("xy")), "axb");
    assert_eq!(strip("ééaé", Some("é")), "a");
    assert_eq!(strip("abc", Some("")), "abc");
    assert_eq!(strip("", None), "");
    assert_eq!(removeprefix("prefix-x", "prefix-"), "x");
    assert_eq!(removeprefix("x", "prefix-"), "x");
    assert_eq!(removesuffix("a.py", ".py"), "a");
    assert_eq!(removesuffix("a.py", ""), "a.py");
}

#[test]
fn find_family() {
    assert_eq!(find("héllo wörld", "wö", None, None), Some(6));
    assert_eq!(find("héllo", "l", Some(3), None), Some(3));
    assert_eq!(find("héllo", "l", Some(-1), None), None);
    assert_eq!(find("abc", "", Some(3), None), Some(3));
    assert_eq!(find("abc", "", Some(4), None), None);
    assert_eq!(find("abc", "", None, None), Some(0));
    assert_eq!(rfind("abcabc", "bc", None, None), Some(4));
    assert_eq!(rfind("abc", "", Some(1), Some(2)), Some(2));
    assert_eq!(rfind("aé😀é", "é", None, Some(-1)), Some(1));
    assert_eq!(rfind("aé😀é", "", None, None), Some(4));
    assert_eq!(index("abc", "c", None, None), Ok(2));
    assert_eq!(
        err_msg(index("abc", "z", None, None)),
        (StrOpErrorKind::Value, "substring not found".into())
    );
    assert_eq!(
        err_msg(rindex("abc", "z", None, None)).1,
        "substring not found"
    );
    assert_eq!(rindex("abab", "ab", None, None), Ok(2));
    assert_eq!(count("aaaa", "aa", None, None), 2);
    assert_eq!(count("abc", "", None, None), 4);
    assert_eq!(count("abc", "", Some(3), None), 1);
    assert_eq!(count("abc", "", Some(4), None), 0);
    assert_eq!(count("😀a😀a", "😀", Some(1), None), 1);
    assert_eq!(count("abc", "abcd", None, None), 0);
    assert!(startswith("abc", "", Some(3), None));
    assert!(!startswith("abc", "", Some(5), None));
    assert!(startswith("héllo", "ll", Some(2), None));
    assert!(!startswith("héllo", "llo", Some(2), Some(4)));
    assert!(endswith("héllo", "ll", None, Some(-1)));
    assert!(endswith("héllo", "", None, None));
    assert!(!endswith("abc", "abcd", None, None));
    assert!(startswith("abc", "ab", Some(isize::MIN), Some(isize::MAX)));
}

#[test]
fn search_is_linear_on_adversarial_input() {
    let hay = "a".repeat(200_000) + "é";
    let needle = "a".repeat(5_000) + "é";
    assert_eq!(find(&hay, &needle, None, None), Some(195_000));
    assert_eq!(count(&hay, &needle, Some(1), None), 1);
    let b = hay.as_bytes();
    assert_eq!(bytes_find(b, needle.as_bytes(), None, None), Some(195_000));
    assert_eq!(bytes_rfind(b, needle.as_bytes(), None, None), Some(195_000));
    assert_eq!(bytes_count(b, &[b'a'; 3000], None, None), 66);
    let rev = "é".to_string() + &"a".repeat(200_000);
    let rneedle = "é".to_string() + &"a".repeat(5_000);
    assert_eq!(
        bytes_rfind(rev.as_bytes(), rneedle.as_bytes(), None, None),
        Some(0)
    );
    assert_eq!(replace(&hay, "aa", "b", -1).unwrap().len(), 100_002);
}

#[test]
fn replace_cases() {
    assert_eq!(replace("aaa", "a", "bb", -1).unwrap(), "bbbbbb");
    assert_eq!(replace("aaa", "a", "b", 2).unwrap(), "bba");
    assert_eq!(replace("aaa", "a", "b", 0).unwrap(), "aaa");
    assert_eq!(replace("abc", "", "-", -1).unwrap(), "-a-b-c-");
    assert_eq!(replace("ab", "", "-", 2).unwrap(), "-a-b");
    assert_eq!(replace("éa", "", "-", 5).unwrap(), "-é-a-");
    assert_eq!(replace("", "", "x", -1).unwrap(), "x");
    assert_eq!(replace("", "", "x", 0).unwrap(), "");
    assert_eq!(replace("aaaa", "aa", "a", -1).unwrap(), "aa");
    assert_eq!(replace("😀x😀", "😀", "", -1).unwrap(), "x");
    let big = replace("ab", "", &"x".repeat(1 << 20), -1);
    assert_eq!(big.unwrap().len(), 3 * (1 << 20) + 2);
    let huge = replace(&"a".repeat(2048), "a", &"x".repeat(1 << 20), -1);
    assert_eq!(huge.unwrap_err().kind, StrOpErrorKind::Memory);
}

#[test]
fn padding() {
    assert_eq!(center("abc", 6, " ").unwrap(), " abc  ");
    assert_eq!(center("ab", 5, "*").unwrap(), "**ab*");
    assert_eq!(center("abc", 6, "*").unwrap(), "*abc**");
    assert_eq!(center("é", 4, "😀").unwrap(), "😀é😀😀");
    assert_eq!(center("abc", -5, " ").unwrap(), "abc");
    assert_eq!(ljust("ab", 4, "é").unwrap(), "abéé");
    assert_eq!(rjust("ab", 4, "-").unwrap(), "--ab");
    assert_eq!(rjust("ab", 1, "-").unwrap(), "ab");
    assert_eq!(
        err_msg(center("a", 5, "ab")),
        (
            StrOpErrorKind::Type,
            "The fill character must be exactly one character long".into()
        )
    );
    assert_eq!(err_msg(ljust("a", 0, "")).0, StrOpErrorKind::Type);
    assert_eq!(
        err_msg(ljust("a", isize::MAX, " ")).0,
        StrOpErrorKind::Memory
    );
    assert_eq!(zfill("-12", 6).unwrap(), "-00012");
    assert_eq!(zfill("+é", 4).unwrap(), "+00é");
    assert_eq!(zfill("12", -1).unwrap(), "12");
    assert_eq!(zfill("", 3).unwrap(), "000");
    assert_eq!(zfill("-", 3).unwrap(), "-00");
    assert_eq!(err_msg(zfill("1", isize::MAX)).0, StrOpErrorKind::Memory);
}

#[test]
fn expandtabs_cases() {
    assert_eq!(expandtabs("a\tb", 8).unwrap(), "a       b");
    assert_eq!(expandtabs("ab\tc\r\td", 4).unwrap(), "ab  c\r    d");
    assert_eq!(expandtabs("é\t|", 2).unwrap(), "é |");
    assert_eq!(expandtabs("a\tb", 0).unwrap(), "ab");
    assert_eq!(expandtabs("a\tb", -1).unwrap(), "ab");
    assert_eq!(expandtabs("no tabs", 4).unwrap(), "no tabs");
    assert_eq!(
        err_msg(expandtabs("\t", isize::MAX)),
        (
            StrOpErrorKind::Overflow,
            "Python int too large to convert to C int".into()
        )
    );
    assert_eq!(
        err_msg(expandtabs("\t\t", i32::MAX as isize)).0,
        StrOpErrorKind::Memory
    );
}

#[test]
fn case_mappings() {
    assert_eq!(upper("straße"), "STRASSE");
    assert_eq!(upper("ﬁŉ"), "FIʼN");
    assert_eq!(lower("ΑΣ"), "ας");
    assert_eq!(lower("ΑΣb"), "ασb");
    assert_eq!(lower("Σ"), "σ");
    assert_eq!(lower("Α'Σ'"), "α'ς'");
    assert_eq!(lower("İ"), "i\u{307}");
    assert_eq!(casefold("Straße ﬁ ς µ"), "strasse fi σ μ");
    assert_eq!(casefold("ΣΣ"), "σσ");
    assert_eq!(swapcase("aBcΣ ǅ ß"), "AbCς ǅ SS");
    assert_eq!(swapcase("ΑΣ"), "ας");
    assert_eq!(title("they're bill's"), "They'Re Bill'S");
    assert_eq!(title("hello WORLD 3rd"), "Hello World 3Rd");
    assert_eq!(title("ǆungla ßa ﬁx"), "ǅungla Ssa Fix");
    assert_eq!(title("ΣΑΣ"), "Σας");
    assert_eq!(capitalize("ǆA"), "ǅa");
    assert_eq!(capitalize("hELLO ΣΑΣ"), "Hello σας");
    assert_eq!(capitalize("ßa"), "Ssa");
    assert_eq!(capitalize(""), "");
    assert_eq!(upper("😀"), "😀");
    // Chars unassigned in Unicode 14.0 keep their case like in CPython 3.11.
    assert_eq!(upper("\u{1e030}"), "\u{1e030}");
}

#[test]
fn predicates_cases() {
    assert!(isalpha("héllo") && !isalpha("नमस्ते") && !isalpha(""));
    assert!(isdecimal("0123٣") && !isdecimal("²") && !isdecimal(""));
    assert!(isdigit("²3") && !isdigit("½"));
    assert!(isnumeric("½一Ⅻ") && !isnumeric("a1"));
    assert!(isalnum("a1²½") && !isalnum("a b"));
    assert!(isspace(" \t\x1c\u{85}\u{3000}") && !isspace("") && !isspace("\u{200b}"));
    assert!(islower("abc1") && !islower("aBc") && !islower("123") && !islower("aǅ"));
    assert!(isupper("ABC1") && !isupper("ABc") && !isupper("ǅ"));
    assert!(istitle("Hello World") && istitle("ǅungla") && !istitle("HeLlo") && !istitle(""));
    assert!(istitle("They'Re") && !istitle("they"));
    assert!(isidentifier("_x1") && isidentifier("été") && !isidentifier("1x"));
    assert!(!isidentifier("") && !isidentifier("a-b") && isidentifier("ℕ"));
    assert!(isprintable("") && isprintable("é 😀") && !isprintable("\n"));
    assert!(!isprintable("\u{a0}") && !isprintable("\u{ad}") && !isprintable("\u{e0001}"));
    assert!(isascii("") && isascii("\x7f") && !isascii("é"));
    assert!(is_python_space('\x1f') && !is_python_space('\u{180e}'));
}

#[test]
fn translate_helper() {
    let out = translate("abcé", |c| {
        Ok::<_, ()>(match c {
            'a' => Translation::Char('A'),
            'b' => Translation::Delete,
            'é' => Translation::Text("e\u{301}".into()),
            _ => Translation::Keep,
        })
    });
    assert_eq!(out.unwrap(), "Ace\u{301}");
    assert_eq!(
        translate("x", |_| Err::<Translation, _>("boom")),
        Err("boom")
    );
}

#[test]
fn bytes_split_strip_replace() {
    let e: Vec<Vec<u8>> = vec![b"a".to_vec(), b"b".to_vec()];
    assert_eq!(bv(bytes_split(b" a\x0b b\n", None, -1)), e);
    // \x1c is not whitespace for bytes.
    assert_eq!(
        bv(bytes_split(b"a\x1cb", None, -1)),
        vec![b"a\x1cb".to_vec()]
    );
    assert_eq!(
        bv(bytes_split(b"  a b  ", None, 1)),
        vec![b"a".to_vec(), b"b  ".to_vec()]
    );
    assert_eq!(
        bv(bytes_rsplit(b"  a b  ", None, 1)),
        vec![b"  a".to_vec(), b"b".to_vec()]
    );
    assert_eq!(
        bv(bytes_split(b"a::b::", Some(b"::"), -1)),
        vec![b"a".to_vec(), b"b".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        bv(bytes_rsplit(b"aaa", Some(b"aa"), -1)),
        vec![b"a".to_vec(), b"".to_vec()]
    );
    assert_eq!(
        bv(bytes_rsplit(b"a,b,c", Some(b","), 1)),
        vec![b"a,b".to_vec(), b"c".to_vec()]
    );
    assert_eq!(
        err_msg(bytes_split(b"a", Some(b""), -1)).1,
        "empty separator"
    );
    assert_eq!(
        bytes_splitlines(b"a\r\nb\rc\x0bd", true),
        vec![&b"a\r\n"[..], b"b\r", b"c\x0bd"]
    );
    assert_eq!(
        bytes_partition(b"k=v=w", b"=").unwrap(),
        (&b"k"[..], &b"="[..], &b"v=w"[..])
    );
    assert_eq!(
        bytes_rpartition(b"kvw", b"=").unwrap(),
        (&b""[..], &b""[..], &b"kvw"[..])
    );
    assert_eq!(bytes_strip(b"\t ab \x0c", None), b"ab");
    assert_eq!(bytes_strip(b"\x85ab", None), b"\x85ab");
    assert_eq!(bytes_lstrip(b"xxaxx", Some(b"x")), b"axx");
    assert_eq!(bytes_rstrip(b"xxaxx", Some(b"x")), b"xxa");
    assert_eq!(bytes_replace(b"abc", b"", b"-", -1).unwrap(), b"-a-b-c-");
    assert_eq!(bytes_replace(b"abc", b"", b"-", 1).unwrap(), b"-abc");
    assert_eq!(bytes_replace(b"aaaa", b"aa", b"b", 1).unwrap(), b"baa");
    assert_eq!(bytes_replace(b"", b"", b"x", -1).unwrap(), b"x");
    assert_eq!(bytes_translate(b"abc", None, b"b").unwrap(), b"ac");
    let mut table: Vec<u8> = (0..=255).collect();
    table[b'a' as usize] = b'z';
    assert_eq!(
        bytes_translate(b"abca", Some(&table), b"c").unwrap(),
        b"zbz"
    );
    assert_eq!(
        err_msg(bytes_translate(b"a", Some(b"ab"), b"")).1,
        "translation table must be 256 characters long"
    );
}

#[test]
fn bytes_search_and_predicates() {
    assert_eq!(bytes_find(b"abcabc", b"ca", None, None), Some(2));
    assert_eq!(bytes_find(b"abc", b"", Some(4), None), None);
    assert_eq!(bytes_rfind(b"abcabc", b"abc", None, Some(-1)), Some(0));
    assert_eq!(bytes_rfind(b"abc", b"", None, None), Some(3));
    assert_eq!(bytes_count(b"aaaaa", b"aa", None, None), 2);
    assert_eq!(bytes_count(b"abc", b"", Some(-1), None), 2);
    assert_eq!(
        err_msg(bytes_index(b"abc", b"z", None, None)).1,
        "subsection not found"
    );
    assert_eq!(
        err_msg(bytes_rindex(b"abc", b"z", None, None)).1,
        "subsection not found"
    );
    assert_eq!(bytes_index(b"abc", b"c", None, None), Ok(2));
    assert!(bytes_startswith(b"abc", b"bc", Some(1), None));
    assert!(!bytes_startswith(b"abc", b"", Some(4), None));
    assert!(bytes_endswith(b"abc", b"ab", None, Some(2)));
    assert_eq!(bytes_upper(b"a\xe9z"), b"A\xe9Z");
    assert_eq!(bytes_lower(b"A\xc9Z"), b"a\xc9z");
    assert!(bytes_isalnum(b"a1") && !bytes_isalnum(b"") && !bytes_isalnum(b"\xe9"));
    assert!(bytes_isalpha(b"ab") && bytes_isdigit(b"12") && !bytes_isdigit(b"\xb2"));
    assert!(bytes_isspace(b" \x0b") && !bytes_isspace(b"\x1c"));
    assert!(bytes_islower(b"a1") && !bytes_islower(b"1") && bytes_isupper(b"A!"));
    assert_eq!(bytes_center(b"ab", 5, b'*').unwrap(), b"**ab*");
    assert_eq!(bytes_ljust(b"ab", 3, b' ').unwrap(), b"ab ");
    assert_eq!(bytes_rjust(b"ab", -3, b' ').unwrap(), b"ab");
}

#[test]
fn hex_and_fromhex() {
    assert_eq!(bytes_hex(b"\x00\xffa", None, 1).unwrap(), "00ff61");
    assert_eq!(bytes_hex(b"ab", Some(":"), 1).unwrap(), "61:62");
    assert_eq!(bytes_hex(b"abc", Some("-"), 2).unwrap(), "61-6263");
    assert_eq!(bytes_hex(b"abcde", Some("-"), -2).unwrap(), "6162-6364-65");
    assert_eq!(bytes_hex(b"ab", Some(":"), 0).unwrap(), "6162");
    assert_eq!(bytes_hex(b"", Some(":"), 1).unwrap(), "");
    assert_eq!(
        err_msg(bytes_hex(b"ab", Some("::"), 1)).1,
        "sep must be length 1."
    );
    assert_eq!(
        err_msg(bytes_hex(b"ab", Some("é"), 1)).1,
        "sep must be ASCII."
    );
    assert_eq!(bytes_fromhex("00 ff\tA0 1b").unwrap(), b"\x00\xff\xa0\x1b");
    assert_eq!(bytes_fromhex(" ").unwrap(), b"");
    let pos = |s| err_msg(bytes_fromhex(s)).1;
    assert_eq!(
        pos("0 g"),
        "non-hexadecimal number found in fromhex() arg at position 1"
    );
    assert_eq!(
        pos("1"),
        "non-hexadecimal number found in fromhex() arg at position 1"
    );
    assert_eq!(
        pos("a b"),
        "non-hexadecimal number found in fromhex() arg at position 1"
    );
    assert_eq!(
        pos(" 1g"),
        "non-hexadecimal number found in fromhex() arg at position 2"
    );
    assert_eq!(
        pos("00é"),
        "non-hexadecimal number found in fromhex() arg at position 2"
    );
}

#[test]
fn decoding() {
    let d = |b: &[u8], enc, errs| bytes_decode(b, enc, errs);
    assert_eq!(d(b"h\xc3\xa9", "utf-8", "strict").unwrap(), "hé");
    assert_eq!(
        err_msg(d(b"\xff", "utf-8", "strict")),
        (
            StrOpErrorKind::UnicodeDecode,
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".into()
        )
    );
    let msg = |b: &[u8]| err_msg(d(b, "utf8", "strict")).1;
    assert_eq!(
        msg(b"\xe2\x82"),
        "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
    );
    assert_eq!(
        msg(b"\xe2\x82x"),
        "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
    );
    assert_eq!(
        msg(b"\xed\xa0\x80"),
        "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
    );
    assert_eq!(
        msg(b"a\xc0\xaf"),
        "'utf-8' codec can't decode byte 0xc0 in position 1: invalid start byte"
    );
    let mixed: &[u8] = b"a\xe2\x82x\xff\xed\xa0\x80\xf0\x9f\x98";
    assert_eq!(
        d(mixed, "utf-8", "replace").unwrap(),
        "a\u{fffd}x\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}"
    );
    assert_eq!(d(mixed, "utf-8", "ignore").unwrap(), "ax");
    assert_eq!(
        d(b"\xe2\x82x\xff", "UTF-8", "backslashreplace").unwrap(),
        "\\xe2\\x82x\\xff"
    );
    assert_eq!(
        err_msg(d(b"\xff", "utf-8", "bogus")),
        (
            StrOpErrorKind::Lookup,
            "unknown error handler name 'bogus'".into()
        )
    );
    assert_eq!(d(b"ok", "utf-8", "bogus").unwrap(), "ok");
    assert_eq!(
        err_msg(d(b"a\xe9\xe9", "ascii", "strict")).1,
        "'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"
    );
    assert_eq!(
        d(b"\xe9\xe9", "ascii", "replace").unwrap(),
        "\u{fffd}\u{fffd}"
    );
    assert_eq!(d(b"\xe9\xff", "Latin-1", "strict").unwrap(), "é\u{ff}");
    assert_eq!(d(b"\xe9", "iso-8859-1", "strict").unwrap(), "é");
    assert_eq!(
        err_msg(d(b"a", "foo", "strict")),
        (StrOpErrorKind::Lookup, "unknown encoding: foo".into())
    );
    assert_eq!(d(b"", "foo", "strict").unwrap(), "");
}

#[test]
fn encoding() {
    assert_eq!(str_encode("hé", "utf-8", "strict").unwrap(), b"h\xc3\xa9");
    assert_eq!(str_encode("hé", "U8", "strict").unwrap(), b"h\xc3\xa9");
    assert_eq!(
        err_msg(str_encode("a\u{e9}", "ascii", "strict")),
        (
            StrOpErrorKind::UnicodeEncode,
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
                .into()
        )
    );
    assert_eq!(
        err_msg(str_encode("aéé", "ascii", "strict")).1,
        "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
    );
    assert_eq!(
        err_msg(str_encode("a€", "latin-1", "strict")).1,
        "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"
    );
    assert_eq!(
        err_msg(str_encode("😀", "us-ascii", "strict")).1,
        "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)"
    );
    assert_eq!(str_encode("aé€", "latin-1", "replace").unwrap(), b"a\xe9?");
    assert_eq!(str_encode("aé😀", "ascii", "ignore").unwrap(), b"a");
    assert_eq!(
        str_encode("aé😀", "ascii", "backslashreplace").unwrap(),
        b"a\\xe9\\U0001f600"
    );
    assert_eq!(
        str_encode("aé😀", "ascii", "xmlcharrefreplace").unwrap(),
        b"a&#233;&#128512;"
    );
    assert_eq!(
        err_msg(str_encode("é", "ascii", "nope")).0,
        StrOpErrorKind::Lookup
    );
    assert_eq!(str_encode("abc", "ascii", "nope").unwrap(), b"abc");
    assert_eq!(
        err_msg(str_encode("", "bogus", "strict")).1,
        "unknown encoding: bogus"
    );
    assert_eq!(Encoding::lookup("ISO_8859-1").unwrap(), Encoding::Latin1);
    assert_eq!(Encoding::lookup("  UTF--8 ").unwrap().name(), "utf-8");
}

#[test]
fn error_display() {
    let e = StrOpError::new(StrOpErrorKind::Value, "empty separator");
    assert_eq!(e.to_string(), "ValueError: empty separator");
    assert_eq!(StrOpError::memory().to_string(), "MemoryError");
}

/// Tiny deterministic PRNG for the no-panic sweep.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.next() as usize % xs.len()]
    }

    fn string(&mut self) -> String {
        const CHARS: &[char] = &[
            'a',
            'B',
            ' ',
            '\t',
            '\n',
            '\r',
            '\x0b',
            '\x1c',
            '\u{85}',
            '\u{2028}',
            'é',
            'ß',
            'Σ',
            'ǅ',
            'İ',
            '\u{345}',
            '\u{301}',
            '😀',
            '\u{e0001}',
            '\0',
            '\'',
            '"',
            '\\',
            '0',
            '-',
            '+',
            '\u{fffd}',
            '\u{10ffff}',
        ];
        let n = self.next() % 12;
        (0..n).map(|_| self.pick(CHARS)).collect()
    }
}

#[test]
fn never_panics_on_odd_inputs() {
    let mut r = Lcg(42);
    let ints = [
        isize::MIN,
        isize::MIN + 1,
        -1_000_000,
        -3,
        -1,
        0,
        1,
        2,
        7,
        1_000,
        isize::MAX - 1,
        isize::MAX,
    ];
    for _ in 0..3000 {
        let s = r.string();
        let sub = r.string();
        let (a, b, c) = (r.pick(&ints), r.pick(&ints), r.pick(&ints));
        let (oa, ob) = (
            Some(a).filter(|_| !r.next().is_multiple_of(3)),
            Some(b).filter(|_| !r.next().is_multiple_of(3)),
        );
        let _ = split(&s, Some(&sub), a);
        let _ = split(&s, None, a);
        let _ = rsplit(&s, Some(&sub), b);
        let _ = rsplit(&s, None, b);
        let _ = splitlines(&s, a > 0);
        let _ = partition(&s, &sub);
        let _ = rpartition(&s, &sub);
        let _ = (
            strip(&s, Some(&sub)),
            lstrip(&s, None),
            rstrip(&s, Some(&sub)),
        );
        let small = r.pick(&[-1, 0, 1, 3, 50]);
        let _ = replace(&s, &sub, &s, small);
        let _ = replace(&s, &sub, "x", a);
        let _ = (
            find(&s, &sub, oa, ob),
            rfind(&s, &sub, oa, ob),
            count(&s, &sub, oa, ob),
        );
        let _ = (index(&s, &sub, oa, ob), rindex(&s, &sub, oa, ob));
        let _ = (startswith(&s, &sub, oa, ob), endswith(&s, &sub, oa, ob));
        let _ = (
            center(&s, a, &sub),
            ljust(&s, b, "x"),
            rjust(&s, c, "é"),
            zfill(&s, a),
        );
        let _ = expandtabs(&s, c);
        let _ = (
            upper(&s),
            lower(&s),
            casefold(&s),
            swapcase(&s),
            title(&s),
            capitalize(&s),
        );
        let _ = (
            isalpha(&s),
            isdigit(&s),
            isdecimal(&s),
            isnumeric(&s),
            isalnum(&s),
            isspace(&s),
        );
        let _ = (
            islower(&s),
            isupper(&s),
            istitle(&s),
            isidentifier(&s),
            isprintable(&s),
        );
        let _ = (removeprefix(&s, &sub), removesuffix(&s, &sub));
        let n = char_len(&s, s.is_ascii());
        let _ = (
            char_slice(&s, true, a as usize, b as usize),
            nth_char(&s, true, c as usize),
        );
        if let Ok((x, y, z, _)) = adjust_slice(n, oa, ob, Some(c)) {
            assert_eq!(
                char_len(&slice_step(&s, x, y, z), false),
                slice_len(x, y, z)
            );
        }
        let _ = slice_step(&s, a, b, c);
        let _ = slice_step_bytes(s.as_bytes(), a, b, c);
        let (bs, bsub) = (s.as_bytes(), sub.as_bytes());
        let _ = (
            bytes_split(bs, Some(bsub), a),
            bytes_rsplit(bs, None, b),
            bytes_splitlines(bs, true),
        );
        let _ = (
            bytes_find(bs, bsub, oa, ob),
            bytes_rfind(bs, bsub, oa, ob),
            bytes_count(bs, bsub, oa, ob),
        );
        let _ = (
            bytes_replace(bs, bsub, bs, small),
            bytes_center(bs, a, b' '),
        );
        let _ = (
            bytes_hex(bs, Some(&sub), a),
            bytes_fromhex(&s),
            bytes_partition(bs, bsub),
        );
        for enc in ["utf-8", "ascii", "latin-1"] {
            for errs in [
                "strict",
                "replace",
                "ignore",
                "backslashreplace",
                "xmlcharrefreplace",
            ] {
                let _ = bytes_decode(&bs[(a as usize % (bs.len() + 1))..], enc, errs);
                let _ = str_encode(&s, enc, errs);
            }
        }
    }
}
