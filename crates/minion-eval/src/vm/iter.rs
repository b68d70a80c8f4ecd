//! Iteration: `iter(v)` and one step of any built-in iterator.

use super::Vm;
use crate::error::{type_error, PyResult, Raise};
use crate::objects::{IterState, Obj};
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if self.is_instance(v) {
            if let Some(it) = self.call_dunder(v, "__iter__", &[])? {
                let is_iterator = self.generator_of(it).is_some()
                    || matches!(it, Value::Ref(id) if matches!(self.heap.get(id), Obj::Iter(_)))
                    || self.dunder_of(it, "__next__").is_some();
                if !is_iterator {
                    return Err(crate::error::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(it)
                    )));
                }
                return Ok(it);
            }
            if self.dunder_of(v, "__getitem__").is_some() {
                // The sequence protocol: `__getitem__(0)`, `(1)`... until IndexError.
                let items = self.items_by_index(v)?;
                let list = self.new_list(items);
                return self.get_iter(list);
            }
        }
        let state = match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::NamedTuple(_)
                | Obj::Deque(_) => IterState::Seq(v, 0),
                Obj::ChainMap(_) => {
                    let d = crate::modules::collections::item::chainmap_merged(self, id)?;
                    return self.get_iter(d);
                }
                Obj::Range(a, b, c) => IterState::Range(*a, *b, *c),
                Obj::Dt(d) if crate::modules::datetime::seq_items(d).is_some() => {
                    let items = crate::modules::datetime::seq_items(d).unwrap_or_default();
                    let t = self.new_tuple(items);
                    return self.get_iter(t);
                }
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => IterState::Dict(v, 0, 0, d.len()),
                Obj::DictView(d, k) => {
                    let len = self.dict_of(*d).map_or(0, |d| d.len());
                    IterState::Dict(*d, 0, *k, len)
                }
                Obj::Iter(_) => return Ok(v),
                Obj::Generator(g) if g.code.kind == crate::compile::code::CodeKind::Generator => {
                    return Ok(v)
                }
                Obj::Class(c) if c.flags & crate::objects::class::flags::ENUM != 0 => {
                    return crate::modules::enum_::iter_class(self, id);
                }
                _ => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        Ok(self.alloc(Obj::Iter(Box::new(state))))
    }

    /// `zip(strict=True)`: iterator `i` of `its` is exhausted. If it is not the first,
    /// it is shorter than the ones before it; otherwise the first of the others that
    /// still yields is longer (CPython's `ValueError` messages). `Ok` when all agree.
    fn zip_check_strict(&mut self, its: &[Value], i: usize) -> PyResult<()> {
        let plural = |n: usize| {
            if n == 1 {
                "argument 1".to_owned()
            } else {
                format!("arguments 1-{n}")
            }
        };
        if i > 0 {
            return Err(crate::error::value_error(format!(
                "zip() argument {} is shorter than {}",
                i + 1,
                plural(i)
            )));
        }
        for (j, it) in its.iter().enumerate().skip(1) {
            if self.iter_next(*it)?.is_some() {
                return Err(crate::error::value_error(format!(
                    "zip() argument {} is longer than {}",
                    j + 1,
                    plural(j)
                )));
            }
        }
        Ok(())
    }

    fn not_iterable(&self, v: Value) -> Raise {
        type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// One step of iterator `it`: `None` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if self.is_instance(it) {
            return match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(crate::error::type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                ))),
                Err(e @ crate::error::Raise::Fatal(_)) => Err(e),
                Err(e) => {
                    let exc = self.materialize(e);
                    if self.exc_is(exc, Ty::StopIteration) {
                        Ok(None)
                    } else {
                        Err(crate::error::Raise::Obj(exc))
                    }
                }
            };
        }
        let Value::Ref(id) = it else {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        let state = match self.heap.get_mut(id) {
            Obj::Iter(s) => std::mem::replace(&mut **s, IterState::Done),
            Obj::Generator(g) if g.code.kind == crate::compile::code::CodeKind::Generator => {
                return self.next_generator(id)
            }
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                )))
            }
        };
        if let IterState::Itertools(s) = state {
            let (next, s) = crate::modules::itertools::step(self, id, s)?;
            if let (Some(s), Obj::Iter(slot)) = (s, self.heap.get_mut(id)) {
                **slot = IterState::Itertools(s);
            }
            return Ok(next);
        }
        let (next, state) = self.step(state)?;
        if let Obj::Iter(s) = self.heap.get_mut(id) {
            **s = state;
        }
        Ok(next)
    }

    fn step(&mut self, state: IterState) -> PyResult<(Option<Value>, IterState)> {
        Ok(match state {
            IterState::Seq(seq, i) => {
                let Value::Ref(sid) = seq else {
                    return Ok((None, IterState::Done));
                };
                match self.heap.get(sid) {
                    Obj::List(l) => match l.get(i) {
                        Some(v) => (Some(*v), IterState::Seq(seq, i + 1)),
                        None => (None, IterState::Done),
                    },
                    Obj::Tuple(t) => match t.get(i) {
                        Some(v) => (Some(*v), IterState::Seq(seq, i + 1)),
                        None => (None, IterState::Done),
                    },
                    Obj::NamedTuple(t) => match t.items.get(i) {
                        Some(v) => (Some(*v), IterState::Seq(seq, i + 1)),
                        None => (None, IterState::Done),
                    },
                    Obj::Deque(d) => match d.items.get(i) {
                        Some(v) => (Some(*v), IterState::Seq(seq, i + 1)),
                        None => (None, IterState::Done),
                    },
                    Obj::Bytes(b) | Obj::ByteArray(b) => match b.get(i) {
                        Some(v) => (Some(Value::Int(*v as i64)), IterState::Seq(seq, i + 1)),
                        None => (None, IterState::Done),
                    },
                    Obj::Str(s) => {
                        if i >= s.s.len() {
                            (None, IterState::Done)
                        } else if s.is_ascii() {
                            let c = s.s.as_bytes()[i] as char;
                            let v = self.new_str(c.to_string());
                            (Some(v), IterState::Seq(seq, i + 1))
                        } else {
                            // `i` is a byte offset for non-ASCII strings.
                            let c = s.s[i..].chars().next();
                            match c {
                                Some(c) => {
                                    let v = self.new_str(c.to_string());
                                    (Some(v), IterState::Seq(seq, i + c.len_utf8()))
                                }
                                None => (None, IterState::Done),
                            }
                        }
                    }
                    _ => (None, IterState::Done),
                }
            }
            IterState::Range(cur, stop, step) => {
                if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                    let next = cur.checked_add(step).unwrap_or(stop);
                    (Some(Value::Int(cur)), IterState::Range(next, stop, step))
                } else {
                    (None, IterState::Done)
                }
            }
            IterState::Dict(d, pos, kind, size) => {
                let Some(table) = self.dict_of(d) else {
                    return Ok((None, IterState::Done));
                };
                if table.len() != size {
                    let what = if self.type_of(d).is_dict() {
                        "dictionary"
                    } else {
                        "Set"
                    };
                    return Err(Raise::new(
                        Ty::RuntimeError,
                        format!("{what} changed size during iteration"),
                    ));
                }
                match table.next_from(pos) {
                    Some((i, e)) => {
                        let (k, v) = (e.key, e.value);
                        let out = match kind {
                            0 => k,
                            1 => v,
                            _ => self.new_tuple(vec![k, v]),
                        };
                        (Some(out), IterState::Dict(d, i + 1, kind, size))
                    }
                    None => (None, IterState::Done),
                }
            }
            IterState::Reversed(seq, remaining) => {
                if remaining == 0 {
                    (None, IterState::Done)
                } else {
                    let i = remaining - 1;
                    let v = self.seq_index(seq, i)?;
                    match v {
                        Some(v) => (Some(v), IterState::Reversed(seq, i)),
                        None => (None, IterState::Done),
                    }
                }
            }
            IterState::Enumerate(inner, count) => match self.iter_next(inner)? {
                Some(v) => {
                    let next =
                        self.binary_op(crate::compile::code::BinOp::Add, count, Value::Int(1))?;
                    let t = self.new_tuple(vec![count, v]);
                    (Some(t), IterState::Enumerate(inner, next))
                }
                None => (None, IterState::Done),
            },
            IterState::Zip(its, strict) => {
                let mut items = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.iter_next(*it)? {
                        Some(v) => items.push(v),
                        None if strict => {
                            self.zip_check_strict(&its, i)?;
                            return Ok((None, IterState::Done));
                        }
                        None => return Ok((None, IterState::Done)),
                    }
                }
                if its.is_empty() {
                    return Ok((None, IterState::Done));
                }
                let t = self.new_tuple(items);
                (Some(t), IterState::Zip(its, strict))
            }
            IterState::Map(f, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.iter_next(*it)? {
                        Some(v) => args.push(v),
                        None => return Ok((None, IterState::Done)),
                    }
                }
                let v = self.call_value(f, &args, &[])?;
                (Some(v), IterState::Map(f, its))
            }
            IterState::Filter(f, it) => loop {
                match self.iter_next(it)? {
                    Some(v) => {
                        let keep = if f.is_none() {
                            self.truthy(v)?
                        } else {
                            let r = self.call_value(f, &[v], &[])?;
                            self.truthy(r)?
                        };
                        if keep {
                            break (Some(v), IterState::Filter(f, it));
                        }
                    }
                    None => break (None, IterState::Done),
                }
            },
            IterState::CallIter(f, sentinel) => {
                let v = self.call_value(f, &[], &[])?;
                if self.eq(v, sentinel)? {
                    (None, IterState::Done)
                } else {
                    (Some(v), IterState::CallIter(f, sentinel))
                }
            }
            // Stepped by `iter_next` before it gets here.
            IterState::Itertools(s) => (None, IterState::Itertools(s)),
            IterState::Done => (None, IterState::Done),
        })
    }

    /// Item `i` of a list/tuple/str/bytes/range (for `reversed`).
    fn seq_index(&mut self, seq: Value, i: usize) -> PyResult<Option<Value>> {
        let Value::Ref(id) = seq else { return Ok(None) };
        Ok(match self.heap.get(id) {
            Obj::List(l) => l.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            Obj::NamedTuple(t) => t.items.get(i).copied(),
            Obj::Deque(d) => d.items.get(i).copied(),
            Obj::Bytes(b) | Obj::ByteArray(b) => b.get(i).map(|x| Value::Int(*x as i64)),
            Obj::Range(a, _, c) => Some(Value::Int(a + c * i as i64)),
            Obj::Str(s) => {
                if i < s.char_len {
                    let c = s.char_at(i);
                    Some(self.new_str(c.to_string()))
                } else {
                    None
                }
            }
            _ => None,
        })
    }
}

impl Vm {
    /// `obj[0]`, `obj[1]`... until `IndexError` (iteration through `__getitem__`).
    fn items_by_index(&mut self, obj: Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        loop {
            self.count_op()?;
            match self.call_dunder(obj, "__getitem__", &[Value::Int(out.len() as i64)]) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => return Ok(out),
                Err(e @ crate::error::Raise::Fatal(_)) => return Err(e),
                Err(e) => {
                    let exc = self.materialize(e);
                    if self.exc_is(exc, Ty::IndexError) || self.exc_is(exc, Ty::StopIteration) {
                        return Ok(out);
                    }
                    return Err(crate::error::Raise::Obj(exc));
                }
            }
        }
    }
}
