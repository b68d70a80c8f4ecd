//! `re.Pattern` and `re.Match` objects: their data, attributes, reprs and the methods
//! of `re.Match`.

use std::sync::Arc;

use super::engine::Compiled;
use super::template;
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{index_error, PyResult, Raise};
use crate::objects::{Dict, Obj};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// A compiled pattern (`re.Pattern`).
#[derive(Debug)]
pub struct PatternObj {
    /// The compiled pattern, shared with the executor's cache.
    pub c: Arc<Compiled>,
}

/// A match (`re.Match`).
#[derive(Debug)]
pub struct MatchObj {
    /// The searched `str`.
    pub string: Value,
    /// The `re.Pattern` that matched.
    pub pattern: Value,
    /// `pos` and `endpos` as given to the search (code points).
    pub pos: usize,
    /// See `pos`.
    pub endpos: usize,
    /// Code point spans of group 0 and each group (`None`: did not match).
    pub spans: Box<[Option<(usize, usize)>]>,
    /// The same spans in bytes.
    pub bspans: Box<[Option<(usize, usize)>]>,
    /// The compiled pattern (group names, `lastindex`).
    pub c: Arc<Compiled>,
}

impl MatchObj {
    /// Heap values it refers to.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.push(self.string);
        out.push(self.pattern);
    }
}

/// The methods of `re.Match`.
pub const MATCH_METHODS: &[Kn] = &[
    Kn::Group,
    Kn::Groups,
    Kn::Groupdict,
    Kn::Start,
    Kn::End,
    Kn::Span,
    Kn::Expand,
];

/// Names of the flags in a pattern's repr, in CPython's order.
const FLAG_NAMES: &[(u32, &str)] = &[
    (2, "re.IGNORECASE"),
    (4, "re.LOCALE"),
    (8, "re.MULTILINE"),
    (16, "re.DOTALL"),
    (32, "re.UNICODE"),
    (64, "re.VERBOSE"),
    (128, "re.DEBUG"),
    (256, "re.ASCII"),
];

/// `%.{n}R`: a repr cut to `n` characters, as CPython's reprs of patterns and matches.
fn cut(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((b, _)) => s[..b].to_string(),
        None => s,
    }
}

/// `repr(pattern)`: `re.compile('a+b', re.IGNORECASE)`.
pub fn pattern_repr(c: &Compiled) -> String {
    let mut out = format!("re.compile({}", cut(minion_tool::repr_str(&c.pattern), 200));
    // `re.UNICODE` is implied for str patterns and left out.
    let flags = c.flags & !super::translate::U;
    if flags != 0 {
        let mut names: Vec<String> = Vec::new();
        let mut rest = flags;
        for (bit, name) in FLAG_NAMES {
            if flags & bit != 0 {
                names.push((*name).to_string());
                rest &= !bit;
            }
        }
        if rest != 0 {
            names.push(format!("0x{rest:x}"));
        }
        out.push_str(", ");
        out.push_str(&names.join("|"));
    }
    out.push(')');
    out
}

/// `repr(match)`: `<re.Match object; span=(0, 3), match='abc'>`.
pub fn match_repr(vm: &Vm, m: &MatchObj) -> String {
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    let text = match (vm.str_ref(m.string), m.bspans[0]) {
        (Ok(t), Some((a, b))) => &t[a..b],
        _ => "",
    };
    format!(
        "<re.Match object; span=({s}, {e}), match={}>",
        cut(minion_tool::repr_str(text), 50)
    )
}

fn match_of(vm: &Vm, v: Value) -> PyResult<&MatchObj> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::ReMatch(m) => Ok(m),
            _ => Err(Raise::internal("re.Match method on another object")),
        },
        _ => Err(Raise::internal("re.Match method on another object")),
    }
}

/// Resolves a group argument (an index or a name) to a group number.
fn group_index(vm: &Vm, m: &MatchObj, g: Value) -> PyResult<usize> {
    let n = match g {
        Value::Int(i) => usize::try_from(i).ok(),
        Value::Bool(b) => Some(b as usize),
        Value::Ref(_) => match vm.pystr(g) {
            Some(s) => m.c.group_index(&s.s),
            None => None,
        },
        _ => None,
    };
    match n {
        Some(n) if n <= m.c.groups => Ok(n),
        _ => Err(index_error("no such group")),
    }
}

/// The text of group `g` of match `mv`, or `default` when it did not match.
fn group_value(vm: &mut Vm, mv: Value, g: usize, default: Value) -> PyResult<Value> {
    let m = match_of(vm, mv)?;
    let Some((a, b)) = m.bspans[g] else {
        return Ok(default);
    };
    let piece: Box<str> = vm.str_ref(m.string)?[a..b].into();
    Ok(vm.new_str(piece))
}

/// `m[g]`.
pub fn get_item(vm: &mut Vm, mv: Value, key: Value) -> PyResult<Value> {
    let g = group_index(vm, match_of(vm, mv)?, key)?;
    group_value(vm, mv, g, Value::None)
}

/// Attributes of a match that are values.
pub fn data_attr(vm: &mut Vm, mv: Value, kn: Kn) -> PyResult<Option<Value>> {
    let m = match_of(vm, mv)?;
    Ok(Some(match kn {
        Kn::String => m.string,
        Kn::Re => m.pattern,
        Kn::Pos => Value::Int(m.pos as i64),
        Kn::Endpos => Value::Int(m.endpos as i64),
        Kn::Lastindex => match m.c.last_index(&m.spans) {
            Some(g) => Value::Int(g as i64),
            None => Value::None,
        },
        Kn::Lastgroup => {
            let name =
                m.c.last_index(&m.spans)
                    .and_then(|g| m.c.group_name(g))
                    .map(str::to_string);
            match name {
                Some(n) => vm.new_str(n),
                None => Value::None,
            }
        }
        _ => return Ok(None),
    }))
}

/// Calls method `kn` of match `mv`.
pub fn call(vm: &mut Vm, mv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    match kn {
        Kn::Group => {
            let a = ArgParser::new("group", args).positional(0, usize::MAX)?;
            if a.is_empty() {
                return group_value(vm, mv, 0, Value::None);
            }
            let mut out = Vec::with_capacity(a.len());
            for g in &a {
                let i = group_index(vm, match_of(vm, mv)?, *g)?;
                out.push(group_value(vm, mv, i, Value::None)?);
            }
            if out.len() == 1 {
                return Ok(out[0]);
            }
            Ok(vm.new_tuple(out))
        }
        Kn::Groups => {
            let a = ArgParser::new("groups", args).bind(vm, &["default"], 0)?;
            let default = a[0].unwrap_or(Value::None);
            let n = match_of(vm, mv)?.c.groups;
            let mut out = Vec::with_capacity(n);
            for g in 1..=n {
                out.push(group_value(vm, mv, g, default)?);
            }
            Ok(vm.new_tuple(out))
        }
        Kn::Groupdict => {
            let a = ArgParser::new("groupdict", args).bind(vm, &["default"], 0)?;
            let default = a[0].unwrap_or(Value::None);
            let names = match_of(vm, mv)?.c.names.clone();
            let d = vm.alloc(Obj::Dict(Dict::new()));
            let Value::Ref(did) = d else {
                return Err(Raise::internal("dict allocation"));
            };
            for (name, g) in names {
                let k = vm.new_str(name);
                let v = group_value(vm, mv, g, default)?;
                vm.dict_set(did, k, v)?;
            }
            Ok(d)
        }
        Kn::Start | Kn::End | Kn::Span => {
            let name = match kn {
                Kn::Start => "start",
                Kn::End => "end",
                _ => "span",
            };
            let a = ArgParser::new(name, args).positional(0, 1)?;
            let m = match_of(vm, mv)?;
            let g = match a.first() {
                Some(g) => group_index(vm, m, *g)?,
                None => 0,
            };
            let (s, e) = match m.spans[g] {
                Some((s, e)) => (s as i64, e as i64),
                None => (-1, -1),
            };
            Ok(match kn {
                Kn::Start => Value::Int(s),
                Kn::End => Value::Int(e),
                _ => vm.new_tuple(vec![Value::Int(s), Value::Int(e)]),
            })
        }
        Kn::Expand => {
            let a = ArgParser::new("expand", args).bind(vm, &["template"], 1)?;
            let tv = a[0].unwrap_or(Value::None);
            let tmpl = vm.str_ref(tv)?.to_string();
            let m = match_of(vm, mv)?;
            let c = m.c.clone();
            let pieces = super::parse_template(&c, &tmpl)?;
            let m = match_of(vm, mv)?;
            let spans = m.bspans.clone();
            let hay = vm.str_ref(m.string)?;
            let mut out = String::new();
            template::expand_into(&pieces, &mut out, hay, &spans);
            Ok(vm.new_str(out))
        }
        _ => Err(Raise::internal("unknown re.Match method")),
    }
}
