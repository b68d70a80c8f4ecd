//! The `json` module: `dumps` and `loads` with CPython's output and messages.
//! `json.JSONDecodeError` is `ValueError` here (decoding errors are `ValueError`s with
//! CPython's `JSONDecodeError` message).

use num_bigint::BigInt;

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// How deep `dumps` and `loads` may nest before raising `RecursionError`.
const MAX_DEPTH: usize = 1000;

/// The module's constants.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![("JSONDecodeError", Value::Type(Ty::ValueError))]
}

/// Calls `json.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::JsonDumps => dumps(vm, args),
        _ => loads(vm, args),
    }
}

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    default: Option<Value>,
    stack: Vec<HeapId>,
    out: String,
}

fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "dumps() takes 1 positional argument but {} were given",
            args.pos.len()
        )));
    }
    const PARAMS: &[&str] = &[
        "obj",
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "cls",
        "indent",
        "separators",
        "default",
        "sort_keys",
    ];
    let a = ArgParser::new("dumps", args).bind(vm, PARAMS, 1)?;
    let flag = |vm: &Vm, i: usize, d: bool| -> PyResult<bool> {
        match a[i] {
            Some(v) => vm.truthy(v),
            None => Ok(d),
        }
    };
    let skipkeys = flag(vm, 1, false)?;
    let ensure_ascii = flag(vm, 2, true)?;
    let allow_nan = flag(vm, 4, true)?;
    let sort_keys = flag(vm, 9, false)?;
    if let Some(c) = a[5] {
        if !c.is_none() {
            return Err(type_error("dumps(): cls= is not supported"));
        }
    }
    let indent = match a[6] {
        None | Some(Value::None) => None,
        Some(v) if vm.is_str(v) => Some(vm.str_ref(v)?.to_string()),
        Some(v) => {
            let n = vm.expect_i64(v)?;
            Some(" ".repeat(n.clamp(0, 1000) as usize))
        }
    };
    let (item_sep, key_sep) = match a[7] {
        None | Some(Value::None) => {
            let item = if indent.is_some() { "," } else { ", " };
            (item.to_string(), ": ".to_string())
        }
        Some(v) => {
            let parts = vm.unpack(v, 2)?;
            (
                vm.str_ref(parts[0])?.to_string(),
                vm.str_ref(parts[1])?.to_string(),
            )
        }
    };
    let default = a[8].filter(|v| !v.is_none());
    let mut enc = Encoder {
        indent,
        item_sep,
        key_sep,
        sort_keys,
        ensure_ascii,
        allow_nan,
        skipkeys,
        default,
        stack: Vec::new(),
        out: String::new(),
    };
    let obj = a[0].unwrap_or(Value::None);
    enc.encode(vm, obj, 0)?;
    let out = std::mem::take(&mut enc.out);
    vm.check_alloc(out.len())?;
    Ok(vm.new_str(out))
}

/// A float as JSON writes it.
fn float_text(f: f64, allow_nan: bool) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::format::float_repr(f));
    }
    if !allow_nan {
        return Err(value_error(
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

fn quote(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn newline(&mut self, depth: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, id: HeapId, depth: usize) -> PyResult<()> {
        if depth >= MAX_DEPTH {
            return Err(Raise::new(
                Ty::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.stack.contains(&id) {
            return Err(value_error("Circular reference detected"));
        }
        self.stack.push(id);
        Ok(())
    }

    fn encode(&mut self, vm: &mut Vm, v: Value, depth: usize) -> PyResult<()> {
        vm.charge(1)?;
        if self.out.len() > vm.limits.max_memory {
            vm.check_alloc(self.out.len())?;
        }
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(f) => self.out.push_str(&float_text(f, self.allow_nan)?),
            Value::Ref(id) => match vm.heap.get(id) {
                Obj::Str(s) => {
                    let s = s.s.to_string();
                    quote(&s, self.ensure_ascii, &mut self.out);
                }
                Obj::Int(i) => {
                    let s = i.to_string();
                    self.out.push_str(&s);
                }
                Obj::List(_) | Obj::Tuple(_) | Obj::NamedTuple(_) => {
                    let items = vm.seq_items(v);
                    if items.is_empty() {
                        self.out.push_str("[]");
                        return Ok(());
                    }
                    self.enter(id, depth)?;
                    self.out.push('[');
                    self.newline(depth + 1);
                    for (i, it) in items.into_iter().enumerate() {
                        if i > 0 {
                            self.out.push_str(&self.item_sep.clone());
                            self.newline(depth + 1);
                        }
                        self.encode(vm, it, depth + 1)?;
                    }
                    self.newline(depth);
                    self.out.push(']');
                    self.stack.pop();
                }
                Obj::Dict(d) => {
                    let mut entries: Vec<(Value, Value)> =
                        d.iter().map(|e| (e.key, e.value)).collect();
                    if entries.is_empty() {
                        self.out.push_str("{}");
                        return Ok(());
                    }
                    self.enter(id, depth)?;
                    if self.sort_keys {
                        let mut keys: Vec<Value> = entries.iter().map(|e| e.0).collect();
                        crate::builtins::sort_values(vm, &mut keys, None, false)?;
                        let mut sorted = Vec::with_capacity(keys.len());
                        for k in keys {
                            let val = vm.dict_get(id, k)?.unwrap_or(Value::None);
                            sorted.push((k, val));
                        }
                        entries = sorted;
                    }
                    self.out.push('{');
                    self.newline(depth + 1);
                    let mut first = true;
                    for (k, val) in entries {
                        let key = match k {
                            Value::Bool(true) => "true".to_string(),
                            Value::Bool(false) => "false".to_string(),
                            Value::None => "null".to_string(),
                            Value::Int(i) => i.to_string(),
                            Value::Float(f) => float_text(f, self.allow_nan)?,
                            Value::Ref(kid) => match vm.heap.get(kid) {
                                Obj::Str(s) => s.s.to_string(),
                                Obj::Int(i) => i.to_string(),
                                _ if self.skipkeys => continue,
                                _ => return Err(bad_key(vm, k)),
                            },
                            _ if self.skipkeys => continue,
                            _ => return Err(bad_key(vm, k)),
                        };
                        if !first {
                            self.out.push_str(&self.item_sep.clone());
                            self.newline(depth + 1);
                        }
                        first = false;
                        quote(&key, self.ensure_ascii, &mut self.out);
                        self.out.push_str(&self.key_sep.clone());
                        self.encode(vm, val, depth + 1)?;
                    }
                    self.newline(depth);
                    self.out.push('}');
                    self.stack.pop();
                }
                _ => return self.fallback(vm, v, depth),
            },
            _ => return self.fallback(vm, v, depth),
        }
        Ok(())
    }

    fn fallback(&mut self, vm: &mut Vm, v: Value, depth: usize) -> PyResult<()> {
        let Some(f) = self.default else {
            // CPython names the class by `__name__` (`datetime`, not `datetime.datetime`).
            let name = vm.type_name(v);
            return Err(type_error(format!(
                "Object of type {} is not JSON serializable",
                name.rsplit('.').next().unwrap_or(name)
            )));
        };
        if depth >= MAX_DEPTH {
            return Err(Raise::new(
                Ty::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        let r = vm.call_value(f, &[v], &[])?;
        vm.pinned.push(r);
        let out = self.encode(vm, r, depth + 1);
        vm.pinned.pop();
        out
    }
}

fn bad_key(vm: &Vm, k: Value) -> Raise {
    type_error(format!(
        "keys must be str, int, float, bool or None, not {}",
        vm.type_name(k)
    ))
}

fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("loads", args).bind(vm, &["s"], 1)?;
    let s = a[0].unwrap_or(Value::None);
    let text: String = match vm.type_of(s) {
        Ty::Str => vm.str_ref(s)?.to_string(),
        Ty::Bytes | Ty::ByteArray => String::from_utf8(vm.bytes_of(s).to_vec())
            .map_err(|_| value_error("the JSON object must be valid UTF-8"))?,
        _ => {
            return Err(type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                vm.type_name(s)
            )))
        }
    };
    let chars: Vec<char> = text.chars().collect();
    vm.charge(chars.len() as u64 / 64)?;
    let mut p = Parser {
        s: &chars,
        pos: 0,
        pinned: vm.pinned.len(),
        keys: std::collections::HashMap::new(),
    };
    let r = p.parse(vm);
    vm.pinned.truncate(p.pinned);
    r
}

/// `d[k] = v` for a str key `k` (no user `__hash__` to call, so the table is probed
/// directly; growth is counted as `dict_set` counts it).
fn set_str_key(vm: &mut Vm, id: HeapId, k: Value, v: Value) -> PyResult<()> {
    let h = vm.hash_value(k)?;
    let Obj::Dict(d) = vm.heap.get(id) else {
        return Err(Raise::internal("json object is not a dict"));
    };
    let pos = vm.dict_find(d, k)?;
    let before = d.heap_bytes();
    let Obj::Dict(d) = vm.heap.get_mut(id) else {
        return Err(Raise::internal("json object is not a dict"));
    };
    match pos {
        Some(i) => d.set_value(i, v),
        None => d.insert_new(h, k, v),
    }
    let after = d.heap_bytes();
    vm.heap.grew(after.saturating_sub(before));
    Ok(())
}

struct Parser<'a> {
    s: &'a [char],
    pos: usize,
    pinned: usize,
    /// Object keys seen so far: a repeated key reuses one `str` (CPython's decoder
    /// memoizes keys the same way), which saves an allocation and a hash per key.
    keys: std::collections::HashMap<String, Value>,
}

impl Parser<'_> {
    fn err(&self, msg: &str, pos: usize) -> Raise {
        let before = &self.s[..pos.min(self.s.len())];
        let line = before.iter().filter(|c| **c == '\n').count() + 1;
        let col = match before.iter().rposition(|c| *c == '\n') {
            Some(i) => pos - i,
            None => pos + 1,
        };
        value_error(format!("{msg}: line {line} column {col} (char {pos})"))
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.pos), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn parse(&mut self, vm: &mut Vm) -> PyResult<Value> {
        self.ws();
        let v = self.value(vm, 0)?;
        self.ws();
        if self.pos < self.s.len() {
            return Err(self.err("Extra data", self.pos));
        }
        Ok(v)
    }

    fn starts(&self, word: &str) -> bool {
        let n = word.chars().count();
        self.pos + n <= self.s.len()
            && self.s[self.pos..self.pos + n]
                .iter()
                .copied()
                .eq(word.chars())
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        let Some(&c) = self.s.get(self.pos) else {
            return Err(self.err("Expecting value", self.pos));
        };
        match c {
            '"' => {
                let s = self.string()?;
                Ok(vm.new_str(s))
            }
            '{' | '[' => {
                if depth >= MAX_DEPTH {
                    let what = if c == '{' { "object" } else { "array" };
                    return Err(Raise::new(
                        Ty::RecursionError,
                        format!(
                            "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                        ),
                    ));
                }
                vm.charge(1)?;
                if c == '{' {
                    self.object(vm, depth)
                } else {
                    self.array(vm, depth)
                }
            }
            'n' if self.starts("null") => {
                self.pos += 4;
                Ok(Value::None)
            }
            't' if self.starts("true") => {
                self.pos += 4;
                Ok(Value::Bool(true))
            }
            'f' if self.starts("false") => {
                self.pos += 5;
                Ok(Value::Bool(false))
            }
            'N' if self.starts("NaN") => {
                self.pos += 3;
                Ok(Value::Float(f64::NAN))
            }
            'I' if self.starts("Infinity") => {
                self.pos += 8;
                Ok(Value::Float(f64::INFINITY))
            }
            '-' if self.starts("-Infinity") => {
                self.pos += 9;
                Ok(Value::Float(f64::NEG_INFINITY))
            }
            '-' | '0'..='9' => self.number(vm),
            _ => Err(self.err("Expecting value", self.pos)),
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.pos;
        let mut i = self.pos;
        if self.s.get(i) == Some(&'-') {
            i += 1;
        }
        let digit = |i: usize| matches!(self.s.get(i), Some('0'..='9'));
        if self.s.get(i) == Some(&'0') {
            i += 1;
        } else if digit(i) {
            while digit(i) {
                i += 1;
            }
        } else {
            return Err(self.err("Expecting value", start));
        }
        let int_end = i;
        let mut is_float = false;
        if self.s.get(i) == Some(&'.') && digit(i + 1) {
            i += 1;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(self.s.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.s.get(j), Some('+' | '-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text: String = self.s[start..i].iter().collect();
        self.pos = i;
        if is_float {
            let f: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok(Value::Float(f));
        }
        debug_assert_eq!(int_end, i);
        if text.len() > 4300 {
            return Err(value_error(format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                text.trim_start_matches('-').len()
            )));
        }
        match text.parse::<i64>() {
            Ok(n) => Ok(Value::Int(n)),
            Err(_) => {
                let n: BigInt = text.parse().unwrap_or_default();
                Ok(vm.new_int(n))
            }
        }
    }

    fn string(&mut self) -> PyResult<String> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // The run of plain characters up to the next quote, escape or control
            // character, copied at once.
            let run = self.s[self.pos.min(self.s.len())..]
                .iter()
                .position(|c| matches!(c, '"' | '\\') || (*c as u32) < 0x20)
                .unwrap_or(self.s.len() - self.pos.min(self.s.len()));
            out.reserve(run);
            out.extend(&self.s[self.pos..self.pos + run]);
            self.pos += run;
            let Some(&c) = self.s.get(self.pos) else {
                return Err(self.err("Unterminated string starting at", start));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let Some(&e) = self.s.get(self.pos + 1) else {
                        return Err(self.err("Unterminated string starting at", start));
                    };
                    let simple = match e {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        self.pos += 2;
                        continue;
                    }
                    if e != 'u' {
                        return Err(self.err("Invalid \\escape", self.pos));
                    }
                    let u = self.hex4(self.pos + 2)?;
                    self.pos += 6;
                    let code = if (0xD800..0xDC00).contains(&u)
                        && self.s.get(self.pos) == Some(&'\\')
                        && self.s.get(self.pos + 1) == Some(&'u')
                    {
                        let lo = self.hex4(self.pos + 2)?;
                        if (0xDC00..0xE000).contains(&lo) {
                            self.pos += 6;
                            0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                        } else {
                            u
                        }
                    } else {
                        u
                    };
                    match char::from_u32(code) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(value_error(
                                "lone surrogates cannot be represented in this executor's strings",
                            ))
                        }
                    }
                }
                c if (c as u32) < 0x20 => {
                    return Err(self.err("Invalid control character at", self.pos));
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn hex4(&self, at: usize) -> PyResult<u32> {
        let mut n = 0u32;
        for k in 0..4 {
            match self.s.get(at + k).and_then(|c| c.to_digit(16)) {
                Some(d) => n = n * 16 + d,
                None => return Err(self.err("Invalid \\uXXXX escape", at - 1)),
            }
        }
        Ok(n)
    }

    fn object(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        let d = vm.alloc(Obj::Dict(Dict::new()));
        vm.pinned.push(d);
        let Value::Ref(id) = d else {
            return Err(Raise::internal("dict is not on the heap"));
        };
        self.pos += 1;
        self.ws();
        if self.s.get(self.pos) == Some(&'}') {
            self.pos += 1;
            return Ok(d);
        }
        loop {
            if self.s.get(self.pos) != Some(&'"') {
                return Err(self.err(
                    "Expecting property name enclosed in double quotes",
                    self.pos,
                ));
            }
            let k = self.string()?;
            let k = match self.keys.get(&k) {
                Some(v) => *v,
                None => {
                    let v = vm.new_str(k.as_str());
                    vm.pinned.push(v);
                    if self.keys.len() < 4096 {
                        self.keys.insert(k, v);
                    }
                    v
                }
            };
            self.ws();
            if self.s.get(self.pos) != Some(&':') {
                return Err(self.err("Expecting ':' delimiter", self.pos));
            }
            self.pos += 1;
            self.ws();
            let v = self.value(vm, depth + 1)?;
            set_str_key(vm, id, k, v)?;
            self.ws();
            match self.s.get(self.pos) {
                Some(',') => {
                    self.pos += 1;
                    self.ws();
                }
                Some('}') => {
                    self.pos += 1;
                    return Ok(d);
                }
                _ => return Err(self.err("Expecting ',' delimiter", self.pos)),
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        let l = vm.new_list(Vec::new());
        vm.pinned.push(l);
        self.pos += 1;
        self.ws();
        if self.s.get(self.pos) == Some(&']') {
            self.pos += 1;
            return Ok(l);
        }
        loop {
            let v = self.value(vm, depth + 1)?;
            vm.list_append(l, v)?;
            self.ws();
            match self.s.get(self.pos) {
                Some(',') => {
                    self.pos += 1;
                    self.ws();
                }
                Some(']') => {
                    self.pos += 1;
                    return Ok(l);
                }
                _ => return Err(self.err("Expecting ',' delimiter", self.pos)),
            }
        }
    }
}
