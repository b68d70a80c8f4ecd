//! The searching operations behind both the module functions (`re.search(p, s)`) and
//! the methods of `re.Pattern` (`p.search(s)`): `search`/`match`/`fullmatch`,
//! `findall`, `finditer`, `sub`/`subn` and `split`.
//!
//! A scan runs in batches: the haystack is borrowed from the heap while a batch of
//! matches is found, then the borrow ends so that the budget can be charged (one
//! operation per match plus one per 64 bytes moved over, which also checks the clock)
//! and the results allocated.

use std::sync::Arc;

use super::engine::{Compiled, Mode, RunErr};
use super::matchobj::{MatchObj, PatternObj};
use super::scan::{byte_of, CharCursor, Flat, Scan};
use super::template::{self, Piece};
use crate::error::{type_error, PyResult, Raise};
use crate::objects::{IterState, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::Vm;

/// Matches found per batch.
const BATCH: usize = 4096;

/// A pattern to search with, and its `re.Pattern` object once there is one.
pub struct Target {
    /// The compiled pattern.
    pub c: Arc<Compiled>,
    /// The `re.Pattern` value (made on first need, for `Match.re`).
    pub obj: Option<Value>,
}

impl Target {
    /// The `re.Pattern` value, allocated on first use.
    pub fn pattern_value(&mut self, vm: &mut Vm) -> Value {
        if let Some(v) = self.obj {
            return v;
        }
        let v = vm.alloc(Obj::RePattern(Box::new(PatternObj { c: self.c.clone() })));
        self.obj = Some(v);
        v
    }
}

/// `RuntimeError` for a search the engine gave up on.
pub fn run_error(e: RunErr) -> Raise {
    Raise::new(Ty::RuntimeError, e.0)
}

/// Checks that the searched value is a `str`, with CPython's errors otherwise.
pub fn check_text(vm: &Vm, s: Value) -> PyResult<()> {
    if let Value::Ref(id) = s {
        match vm.heap.get(id) {
            Obj::Str(_) => return Ok(()),
            Obj::Bytes(_) | Obj::ByteArray(_) => {
                return Err(type_error(
                    "cannot use a string pattern on a bytes-like object",
                ))
            }
            _ => {}
        }
    }
    Err(type_error(format!(
        "expected string or bytes-like object, got '{}'",
        vm.type_name(s)
    )))
}

/// Search bounds: code point `pos`/`endpos` clamped as `_sre` does, and their bytes.
pub struct Bounds {
    pos: usize,
    endpos: usize,
    pos_b: usize,
    end_b: usize,
    ascii: bool,
}

/// Clamps `pos` and `endpos` to the string `s` (a `str`).
pub fn bounds(vm: &Vm, s: Value, pos: i64, endpos: i64) -> PyResult<Bounds> {
    let ps = vm
        .pystr(s)
        .ok_or_else(|| Raise::internal("re bounds on a non-str"))?;
    let n = ps.char_len as i64;
    let pos = pos.clamp(0, n) as usize;
    let endpos = endpos.clamp(0, n) as usize;
    let ascii = ps.is_ascii();
    Ok(Bounds {
        pos,
        endpos,
        pos_b: byte_of(&ps.s, ascii, pos),
        end_b: byte_of(&ps.s, ascii, endpos),
        ascii,
    })
}

fn hay<'a>(vm: &'a Vm, s: Value, b: &Bounds) -> PyResult<&'a str> {
    Ok(&vm.str_ref(s)?[..b.end_b])
}

/// Code point spans of `flat` (byte spans of the string `s`).
fn char_spans(vm: &Vm, s: Value, flat: &Flat, cur: &mut CharCursor) -> PyResult<Flat> {
    let text = vm.str_ref(s)?;
    Ok(flat
        .iter()
        .map(|sp| sp.map(|(a, b)| (cur.at(text, a), cur.at(text, b))))
        .collect())
}

fn new_match(
    vm: &mut Vm,
    (pattern, c): (Value, &Arc<Compiled>),
    s: Value,
    b: &Bounds,
    bspans: &[Option<(usize, usize)>],
    cspans: &[Option<(usize, usize)>],
) -> Value {
    vm.alloc(Obj::ReMatch(Box::new(MatchObj {
        string: s,
        pattern,
        pos: b.pos,
        endpos: b.endpos,
        spans: cspans.into(),
        bspans: bspans.into(),
        c: c.clone(),
    })))
}

/// `search`, `match` or `fullmatch` (by `mode`): a `re.Match` or `None`.
pub fn search(
    vm: &mut Vm,
    t: &mut Target,
    s: Value,
    pos: i64,
    endpos: i64,
    mode: Mode,
) -> PyResult<Value> {
    check_text(vm, s)?;
    let b = bounds(vm, s, pos, endpos)?;
    if b.pos > b.endpos {
        return Ok(Value::None);
    }
    let mut flat = Flat::new();
    let found =
        t.c.find(hay(vm, s, &b)?, b.pos_b, mode, true, &mut flat)
            .map_err(run_error)?;
    let scanned = match (mode, flat.first()) {
        (Mode::Search, Some(Some((_, e)))) => e - b.pos_b,
        (Mode::Search, _) => b.end_b - b.pos_b,
        _ => 0,
    };
    vm.charge(1 + scanned as u64 / 64)?;
    if !found {
        return Ok(Value::None);
    }
    let cspans = char_spans(vm, s, &flat, &mut CharCursor::new(b.ascii))?;
    let p = t.pattern_value(vm);
    Ok(new_match(vm, (p, &t.c), s, &b, &flat, &cspans))
}

/// What a scan collects.
#[derive(Clone, Copy)]
struct Want {
    /// Every group's span (else group 0's only).
    caps: bool,
    /// Code point spans too.
    chars: bool,
    /// Stop after this many matches (0: all).
    limit: usize,
}

/// Runs `each` over batches of matches of `t` in `s`, charging the budget per batch.
fn scan_batches(
    vm: &mut Vm,
    (t, s, b): (&Target, Value, &Bounds),
    Want { caps, chars, limit }: Want,
    mut each: impl FnMut(&mut Vm, &Flat, &Flat) -> PyResult<()>,
) -> PyResult<usize> {
    let mut scan = Scan::new(b.pos_b, limit);
    if b.pos > b.endpos {
        return Ok(0);
    }
    let mut cur = CharCursor::new(b.ascii);
    let mut flat = Flat::new();
    let no_chars = Flat::new();
    while !scan.done {
        flat.clear();
        let moved = scan
            .batch(&t.c, hay(vm, s, b)?, caps, BATCH, &mut flat)
            .map_err(run_error)?;
        let stride = if caps { t.c.groups + 1 } else { 1 };
        vm.charge((flat.len() / stride + moved / 64) as u64 + 1)?;
        let cspans = if chars {
            char_spans(vm, s, &flat, &mut cur)?
        } else {
            Flat::new()
        };
        each(vm, &flat, if chars { &cspans } else { &no_chars })?;
    }
    Ok(scan.count)
}

fn substr(vm: &mut Vm, s: Value, a: usize, b: usize) -> PyResult<Value> {
    let piece: Box<str> = vm.str_ref(s)?[a..b].into();
    Ok(vm.new_str(piece))
}

fn group_or(
    vm: &mut Vm,
    s: Value,
    span: Option<(usize, usize)>,
    default: Value,
) -> PyResult<Value> {
    match span {
        Some((a, b)) => substr(vm, s, a, b),
        None => Ok(default),
    }
}

/// `findall`: strings, or tuples of strings with several groups (`''` for a group
/// that did not match).
pub fn findall(vm: &mut Vm, t: &mut Target, s: Value, pos: i64, endpos: i64) -> PyResult<Value> {
    check_text(vm, s)?;
    let b = bounds(vm, s, pos, endpos)?;
    let groups = t.c.groups;
    let mut out: Vec<Value> = Vec::new();
    let want = Want {
        caps: groups > 0,
        chars: false,
        limit: 0,
    };
    scan_batches(vm, (t, s, &b), want, |vm, flat, _| {
        let stride = groups + 1;
        vm.check_alloc(flat.len() * 48)?;
        if groups == 0 {
            for (a, e) in flat.iter().flatten() {
                out.push(substr(vm, s, *a, *e)?);
            }
            return Ok(());
        }
        let empty = vm.new_str("");
        for row in flat.chunks(stride) {
            if groups == 1 {
                out.push(group_or(vm, s, row[1], empty)?);
                continue;
            }
            let mut items = Vec::with_capacity(groups);
            for sp in &row[1..] {
                items.push(group_or(vm, s, *sp, empty)?);
            }
            out.push(vm.new_tuple(items));
        }
        Ok(())
    })?;
    Ok(vm.new_list(out))
}

/// `finditer`: an iterator over the match objects (found when called).
pub fn finditer(vm: &mut Vm, t: &mut Target, s: Value, pos: i64, endpos: i64) -> PyResult<Value> {
    check_text(vm, s)?;
    let b = bounds(vm, s, pos, endpos)?;
    let stride = t.c.groups + 1;
    let mut out: Vec<Value> = Vec::new();
    let mut rows: Vec<(Flat, Flat)> = Vec::new();
    let want = Want {
        caps: true,
        chars: true,
        limit: 0,
    };
    scan_batches(vm, (t, s, &b), want, |vm, flat, cspans| {
        vm.check_alloc(flat.len() / stride * (96 + stride * 32))?;
        for (row, crow) in flat.chunks(stride).zip(cspans.chunks(stride)) {
            rows.push((row.to_vec(), crow.to_vec()));
        }
        Ok(())
    })?;
    let p = t.pattern_value(vm);
    for (row, crow) in rows {
        out.push(new_match(vm, (p, &t.c), s, &b, &row, &crow));
    }
    let list = vm.new_list(out);
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Seq(list, 0)))))
}

fn callable(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Builtin(_) | Value::Tool(_) | Value::ModuleFn(_) | Value::Type(_) => true,
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Function(_) | Obj::NativeMethod(..) | Obj::BoundMethod(..) | Obj::Class(_) => true,
            Obj::Instance(_) => vm.dunder_of(v, "__call__").is_some(),
            _ => false,
        },
        _ => false,
    }
}

enum Repl {
    Template(Vec<Piece>),
    Func(Value),
}

/// `sub` / `subn`: the new string, or `(new string, count)` with `with_count`.
pub fn sub(
    vm: &mut Vm,
    t: &mut Target,
    repl: Value,
    s: Value,
    count: i64,
    with_count: bool,
) -> PyResult<Value> {
    let repl = if let Some(r) = vm.pystr(repl) {
        let text = r.s.to_string();
        if text.contains('\\') {
            Repl::Template(super::parse_template(&t.c, &text)?)
        } else {
            Repl::Template(vec![Piece::Lit(text)])
        }
    } else if callable(vm, repl) {
        Repl::Func(repl)
    } else {
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(repl)
        )));
    };
    check_text(vm, s)?;
    let b = bounds(vm, s, 0, i64::MAX)?;
    let (caps, chars) = match &repl {
        Repl::Func(_) => (true, true),
        Repl::Template(p) => (p.iter().any(|p| matches!(p, Piece::Group(_))), false),
    };
    let stride = if caps { t.c.groups + 1 } else { 1 };
    let p = t.pattern_value(vm);
    let limit = if count < 0 {
        return Ok(done(vm, s, 0, with_count));
    } else {
        count as usize
    };
    let mut out = String::new();
    let mut last = 0usize;
    // CPython joins a list of pieces at the end: the first piece that is not a str is
    // reported by its index in that list.
    let mut items = 0usize;
    let mut bad: Option<(usize, String)> = None;
    let want = Want { caps, chars, limit };
    let n = scan_batches(vm, (t, s, &b), want, |vm, flat, cspans| {
        for (k, row) in flat.chunks(stride).enumerate() {
            let (ms, me) = row[0].unwrap_or((last, last));
            if last < ms {
                out.push_str(&vm.str_ref(s)?[last..ms]);
                items += 1;
            }
            match &repl {
                Repl::Template(p) => {
                    template::expand_into(p, &mut out, vm.str_ref(s)?, row);
                    items += 1;
                }
                Repl::Func(f) => {
                    let crow = &cspans[k * stride..(k + 1) * stride];
                    let m = new_match(vm, (p, &t.c), s, &b, row, crow);
                    let r = vm.call_value(*f, &[m], &[])?;
                    if !r.is_none() {
                        match vm.pystr(r) {
                            Some(rs) => out.push_str(&rs.s),
                            None if bad.is_none() => {
                                bad = Some((items, vm.type_name(r).to_string()));
                            }
                            None => {}
                        }
                        items += 1;
                    }
                }
            }
            last = me;
            vm.check_alloc(out.len())?;
        }
        Ok(())
    })?;
    if let Some((i, ty)) = bad {
        return Err(type_error(format!(
            "sequence item {i}: expected str instance, {ty} found"
        )));
    }
    out.push_str(&vm.str_ref(s)?[last..]);
    vm.check_alloc(out.len())?;
    let new = vm.new_str(out);
    Ok(if with_count {
        vm.new_tuple(vec![new, Value::Int(n as i64)])
    } else {
        new
    })
}

fn done(vm: &mut Vm, s: Value, n: i64, with_count: bool) -> Value {
    if with_count {
        vm.new_tuple(vec![s, Value::Int(n)])
    } else {
        s
    }
}

/// `split`: the pieces between matches, with the groups' texts (or `None`) between
/// them.
pub fn split(vm: &mut Vm, t: &mut Target, s: Value, maxsplit: i64) -> PyResult<Value> {
    check_text(vm, s)?;
    if maxsplit < 0 {
        return Ok(vm.new_list(vec![s]));
    }
    let b = bounds(vm, s, 0, i64::MAX)?;
    let groups = t.c.groups;
    let mut out: Vec<Value> = Vec::new();
    let mut last = 0usize;
    let want = Want {
        caps: groups > 0,
        chars: false,
        limit: maxsplit as usize,
    };
    scan_batches(vm, (t, s, &b), want, |vm, flat, _| {
        vm.check_alloc(flat.len() * 48)?;
        for row in flat.chunks(groups + 1) {
            let (ms, me) = row[0].unwrap_or((last, last));
            out.push(substr(vm, s, last, ms)?);
            for sp in &row[1..] {
                out.push(group_or(vm, s, *sp, Value::None)?);
            }
            last = me;
        }
        Ok(())
    })?;
    let len = vm.str_ref(s)?.len();
    out.push(substr(vm, s, last, len)?);
    Ok(vm.new_list(out))
}

/// `re.escape(pattern)`: a backslash before each character special in a pattern.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
