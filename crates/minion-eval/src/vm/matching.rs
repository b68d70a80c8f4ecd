//! The run-time steps of the `match` statement ([`MatchOp`]), after CPython 3.11's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `GET_LEN`, `MATCH_KEYS`, `MATCH_CLASS`
//! (`match_class` in `Python/ceval.c`) and 3.10's `COPY_DICT_WITHOUT_KEYS`.
//!
//! Operands are read in place and replaced only when the step is done, so they stay
//! rooted while a step calls back into Python (`__match_args__` attributes that are
//! properties, `get` of a dict-like).

use crate::builtins::Builtin;
use crate::compile::code::MatchOp;
use crate::error::{type_error, PyResult, Raise};
use crate::intern::Sym;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::Vm;

/// Built-in types whose single positional sub-pattern matches the subject itself
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
const MATCH_SELF: [Ty; 11] = [
    Ty::Bool,
    Ty::ByteArray,
    Ty::Bytes,
    Ty::Dict,
    Ty::Float,
    Ty::FrozenSet,
    Ty::Int,
    Ty::List,
    Ty::Set,
    Ty::Str,
    Ty::Tuple,
];

impl MatchOp {
    /// How many stack items the step reads (settled first when tool calls are pending).
    pub fn operands(self) -> usize {
        match self {
            MatchOp::Sequence | MatchOp::Mapping | MatchOp::GetLen => 1,
            MatchOp::Keys | MatchOp::DictWithoutKeys => 2,
            MatchOp::Class(_) => 3,
        }
    }
}

impl Vm {
    /// Runs one pattern-matching step on the value stack (effects in [`MatchOp`]).
    pub fn match_op(&mut self, op: MatchOp) -> PyResult<()> {
        let n = self.stack.len();
        if n < op.operands() {
            return Err(Raise::internal("match step without its operands"));
        }
        match op {
            MatchOp::Sequence => {
                let r = self.is_match_sequence(self.stack[n - 1]);
                self.stack.push(Value::Bool(r));
            }
            MatchOp::Mapping => {
                let r = self.is_match_mapping(self.stack[n - 1]);
                self.stack.push(Value::Bool(r));
            }
            MatchOp::GetLen => {
                let len = self.match_len(self.stack[n - 1])?;
                self.stack.push(len);
            }
            MatchOp::Keys => {
                let values = self.match_keys(self.stack[n - 2], self.stack[n - 1])?;
                self.stack.push(values);
            }
            MatchOp::DictWithoutKeys => {
                let rest = self.dict_without_keys(self.stack[n - 2], self.stack[n - 1])?;
                self.stack.truncate(n - 2);
                self.stack.push(rest);
            }
            MatchOp::Class(nargs) => {
                let (subject, cls, names) =
                    (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
                let attrs = self.match_class(subject, cls, nargs as usize, names)?;
                self.stack.truncate(n - 3);
                self.stack.push(attrs);
            }
        }
        Ok(())
    }

    /// Sequences for patterns: list, tuple (and namedtuples), range, deque; never
    /// str, bytes or bytearray.
    fn is_match_sequence(&self, v: Value) -> bool {
        let Value::Ref(id) = v else { return false };
        matches!(
            self.heap.get(id),
            Obj::List(_) | Obj::Tuple(_) | Obj::Range(..) | Obj::Deque(_) | Obj::NamedTuple(_)
        )
    }

    /// Mappings for patterns: dicts (with `Counter`, `defaultdict`, `OrderedDict`) and
    /// `ChainMap`.
    fn is_match_mapping(&self, v: Value) -> bool {
        let Value::Ref(id) = v else { return false };
        matches!(self.heap.get(id), Obj::Dict(_) | Obj::ChainMap(_))
    }

    /// `len(subject)`, through the `len` builtin for anything but the common cases.
    fn match_len(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Ref(id) = v {
            if let Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) = self.heap.get(id) {
                return Ok(Value::Int(self.py_len(v)? as i64));
            }
        }
        self.call_value(Value::Builtin(Builtin::Len), &[v], &[])
    }

    /// The values of `keys` in `subject`, or `None` when a key is missing. A dict is
    /// read directly (`defaultdict` does not create the key, as `get` would not);
    /// other mappings through their `get(key, sentinel)`.
    fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(t) => t.to_vec(),
                _ => return Err(Raise::internal("match keys are not a tuple")),
            },
            _ => return Err(Raise::internal("match keys are not a tuple")),
        };
        let subject_id = subject
            .as_ref()
            .ok_or_else(|| Raise::internal("match keys on a non-mapping"))?;
        let is_dict = matches!(self.heap.get(subject_id), Obj::Dict(_));
        let mut values = Vec::with_capacity(keys.len());
        for (i, &key) in keys.iter().enumerate() {
            // CPython collects the keys in a set: unhashable keys raise, equal keys
            // (from two value patterns) are a `ValueError`.
            self.hash_value(key)?;
            for &earlier in &keys[..i] {
                if self.eq(earlier, key)? {
                    let repr = self.repr(key)?;
                    return Err(Raise::new(
                        Ty::ValueError,
                        format!("mapping pattern checks duplicate key ({repr})"),
                    ));
                }
            }
            let found = if is_dict {
                self.dict_get(subject_id, key)?
            } else {
                let get = self.interner.intern("get");
                let get = self.get_attr(subject, get)?;
                let sentinel = self.new_list(Vec::new());
                let v = self.call_value(get, &[key, sentinel], &[])?;
                (!v.is(sentinel)).then_some(v)
            };
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// `**rest`: a new dict of the subject's items without `keys` (all present).
    fn dict_without_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let pairs: Option<Vec<(Value, Value)>> = match subject {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Dict(d) => Some(d.iter().map(|e| (e.key, e.value)).collect()),
                _ => None,
            },
            _ => None,
        };
        let rest = match pairs {
            Some(pairs) => {
                // A copy proportional to the subject: charged, and checked before it grows.
                self.charge(pairs.len() as u64 / 16)?;
                self.check_alloc(pairs.len() * 48)?;
                let d = self.alloc(Obj::Dict(Dict::new()));
                let id = d.as_ref().expect("just allocated");
                for (k, v) in pairs {
                    self.dict_set(id, k, v)?;
                }
                d
            }
            // Other mappings: `dict(subject)`, as CPython's `DICT_UPDATE`.
            None => self.call_value(Value::Type(Ty::Dict), &[subject], &[])?,
        };
        // Root the new dict while the keys are removed (removal may compare keys).
        self.stack.push(rest);
        let keys: Vec<Value> = self.seq_items(keys);
        let id = rest
            .as_ref()
            .ok_or_else(|| Raise::internal("dict() did not make a dict"))?;
        for k in keys {
            self.dict_remove(id, k)?;
        }
        self.stack.pop();
        Ok(rest)
    }

    /// `cls(*patterns, **kwd_patterns)`: `None` when the subject is not an instance
    /// or lacks an attribute; a tuple of the attributes to match otherwise.
    fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        nargs: usize,
        names: Value,
    ) -> PyResult<Value> {
        let cls_id = match cls {
            Value::Type(_) => None,
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Class(_)) => Some(id),
            _ => return Err(type_error("called match pattern must be a type")),
        };
        let sub = self.class_value_of(subject);
        let is_instance = match (cls, sub) {
            (Value::Type(t), Value::Type(s)) => s.is_subtype(t),
            _ => self.class_derives(sub, cls),
        };
        if !is_instance {
            return Ok(Value::None);
        }
        let mut seen: Vec<Sym> = Vec::new();
        let mut attrs = Vec::with_capacity(nargs);
        if nargs > 0 {
            let match_args = match cls_id {
                Some(id) => {
                    let sym = self.interner.intern("__match_args__");
                    self.class_lookup(id, sym)
                }
                None => None,
            };
            let (match_args, match_self) = match match_args {
                Some(v) => match v {
                    Value::Ref(id) if matches!(self.heap.get(id), Obj::Tuple(_)) => {
                        (self.seq_items(v), false)
                    }
                    _ => {
                        return Err(type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            self.class_name(cls),
                            self.type_name(v)
                        )))
                    }
                },
                // Match-self is only acknowledged when `__match_args__` is absent.
                None => (
                    Vec::new(),
                    MATCH_SELF
                        .iter()
                        .any(|&t| self.class_derives(cls, Value::Type(t))),
                ),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                return Err(type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                    self.class_name(cls),
                    if allowed == 1 { "" } else { "s" }
                )));
            }
            if match_self {
                attrs.push(subject);
            } else {
                for &name in &match_args[..nargs] {
                    let is_str =
                        matches!(name, Value::Ref(id) if matches!(self.heap.get(id), Obj::Str(_)));
                    if !is_str {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    }
                    match self.match_class_attr(subject, cls, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for name in self.seq_items(names) {
            match self.match_class_attr(subject, cls, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// `getattr(subject, name)`, `None` on `AttributeError`; an attribute named twice
    /// (positionally through `__match_args__` and by keyword) is a `TypeError`.
    fn match_class_attr(
        &mut self,
        subject: Value,
        cls: Value,
        name: Value,
        seen: &mut Vec<Sym>,
    ) -> PyResult<Option<Value>> {
        let text = self.str_ref(name)?.to_string();
        let sym = self.interner.intern(&text);
        if seen.contains(&sym) {
            let repr = self.repr(name)?;
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute {repr}",
                self.class_name(cls)
            )));
        }
        seen.push(sym);
        match self.get_attr(subject, sym) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Whether `e` is an `AttributeError` (or a subclass).
    pub(crate) fn is_attribute_error(&self, e: &Raise) -> bool {
        match e {
            Raise::New(n) => n.ty.is_subtype(Ty::AttributeError),
            Raise::Obj(id) => self.exc_is(*id, Ty::AttributeError),
            Raise::Fatal(_) => false,
        }
    }
}
