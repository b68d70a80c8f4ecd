//! `string.Template`: `$name` / `${name}` substitution with `$$` for a dollar sign,
//! `substitute` (missing key: `KeyError`; a bad placeholder: CPython's `ValueError`
//! with line and column) and `safe_substitute` (leaves both in place). The pattern is
//! CPython's default: ASCII identifiers, case-insensitive. Subclass customisation
//! (`delimiter`, `idpattern`) is not supported.

use crate::attrs::Kn;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The methods of a template.
pub const METHODS: &[Kn] = &[Kn::Substitute, Kn::SafeSubstitute];

/// `string.Template(template)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::ArgParser::new("Template", args).bind(vm, &["template"], 1)?;
    let t = a[0].unwrap_or(Value::None);
    Ok(vm.alloc(Obj::Template(t)))
}

/// One piece of a parsed template.
enum Piece<'a> {
    Text(&'a str),
    Name(&'a str, &'a str),
    Invalid(usize),
}

/// Splits `s` at its placeholders (byte offsets of invalid ones are kept).
fn parse(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let ident = |i: usize| -> usize {
        let mut j = i;
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
            j += 1;
        }
        if j > i && !bytes[i].is_ascii_digit() {
            j
        } else {
            i
        }
    };
    let (mut i, mut text) = (0, 0);
    while let Some(off) = s[i..].find('$') {
        let at = i + off;
        out.push(Piece::Text(&s[text..at]));
        let next = at + 1;
        if bytes.get(next) == Some(&b'$') {
            out.push(Piece::Text("$"));
            i = next + 1;
        } else if bytes.get(next) == Some(&b'{') {
            let end = ident(next + 1);
            if end > next + 1 && bytes.get(end) == Some(&b'}') {
                out.push(Piece::Name(&s[next + 1..end], &s[at..=end]));
                i = end + 1;
            } else {
                out.push(Piece::Invalid(at));
                i = next;
            }
        } else {
            let end = ident(next);
            if end > next {
                out.push(Piece::Name(&s[next..end], &s[at..end]));
                i = end;
            } else {
                out.push(Piece::Invalid(at));
                i = next;
            }
        }
        text = i;
    }
    out.push(Piece::Text(&s[text..]));
    out
}

/// CPython's "Invalid placeholder in string: line L, col C" for the `$` at byte
/// offset `at` (CPython counts from the position just after the `$`).
fn invalid(s: &str, at: usize) -> Raise {
    let before = &s[..at + 1];
    let i = before.chars().count();
    let lines: Vec<&str> = before.split_inclusive(['\n', '\r']).collect();
    let (lineno, colno) = if lines.is_empty() {
        (1, 1)
    } else {
        let head: usize = lines[..lines.len() - 1]
            .iter()
            .map(|l| l.chars().count())
            .sum();
        (lines.len(), i - head)
    };
    value_error(format!(
        "Invalid placeholder in string: line {lineno}, col {colno}"
    ))
}

/// Calls `substitute` / `safe_substitute` on template `recv`.
pub fn call_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Value::Ref(id) = recv else {
        return Err(Raise::internal("template method on a non-template"));
    };
    let Obj::Template(t) = vm.heap.get(id) else {
        return Err(Raise::internal("template method on a non-template"));
    };
    let t = *t;
    let safe = kn == Kn::SafeSubstitute;
    if args.pos.len() > 1 {
        return Err(type_error("Too many positional arguments"));
    }
    let mapping = args.pos.first().copied();
    let kws = args.kw;
    let Some(text) = vm.pystr(t).map(|s| s.s.to_string()) else {
        return Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(t)
        )));
    };
    let mut out = String::new();
    for piece in parse(&text) {
        match piece {
            Piece::Text(s) => out.push_str(s),
            Piece::Invalid(at) if safe => out.push_str(&text[at..at + 1]),
            Piece::Invalid(at) => return Err(invalid(&text, at)),
            Piece::Name(n, raw) => {
                let sym = vm.interner.intern(n);
                let found = match kws.iter().find(|(k, _)| *k == sym) {
                    Some((_, v)) => Some(*v),
                    None => match mapping {
                        Some(m) => {
                            let key = vm.new_str(n);
                            match vm.get_item(m, key) {
                                Ok(v) => Some(v),
                                Err(e) if safe && is_key_error(vm, &e) => None,
                                Err(e) => return Err(e),
                            }
                        }
                        None => None,
                    },
                };
                match found {
                    Some(v) => out.push_str(&vm.str_mut(v)?),
                    None if safe => out.push_str(raw),
                    None => {
                        let key = vm.new_str(n);
                        return Err(Raise::with_arg(Ty::KeyError, key));
                    }
                }
            }
        }
    }
    Ok(vm.new_str(out))
}

fn is_key_error(vm: &Vm, e: &Raise) -> bool {
    match e {
        Raise::New(n) => n.ty.is_subtype(Ty::KeyError),
        Raise::Obj(id) => vm.exc_is(*id, Ty::KeyError),
        Raise::Fatal(_) => false,
    }
}
