//! Subscripts: `obj[key]`, `obj[key] = v`, `del obj[key]`, and slice arithmetic.

use super::convert::range_len;
use super::Vm;
use crate::error::{index_error, type_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

/// A slice resolved against a length: start, stop, step and the number of items.
#[derive(Debug, Clone, Copy)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index (exclusive).
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// How many items the slice selects.
    pub len: usize,
}

impl SliceIndices {
    /// The selected indices, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// Resolves `slice(a, b, c)` for a sequence of `len` items (CPython's
    /// `PySlice_AdjustIndices`).
    pub fn slice_indices(&self, slice: Value, len: usize) -> PyResult<SliceIndices> {
        let Value::Ref(id) = slice else {
            return Err(Raise::internal("not a slice"));
        };
        let Obj::Slice(a, b, c) = *self.heap.get(id) else {
            return Err(Raise::internal("not a slice"));
        };
        let as_int = |v: Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(i)),
                Value::Bool(b) => Ok(Some(b as i64)),
                _ => match self.to_bigint(v) {
                    Some(big) => Ok(Some(if big.sign() == num_bigint::Sign::Minus {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    })),
                    None => Err(type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            }
        };
        let step = as_int(c)?.unwrap_or(1);
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + len).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = adjust(as_int(a)?, if step < 0 { upper } else { lower });
        let stop = adjust(as_int(b)?, if step < 0 { lower } else { upper });
        let n = range_len(start, stop, step).max(0) as usize;
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n,
        })
    }

    fn is_slice(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Obj::Slice(..)))
    }

    /// Normalises index `i` for a sequence of `len` items, or `IndexError`.
    fn norm_index(&self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.to_index(key, &format!("{what} indices"))?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// Normalises index `key` of a `bytes`/`bytearray` of `len` bytes, with CPython's
    /// messages.
    fn byte_index(&self, ty: Ty, key: Value, len: usize) -> PyResult<usize> {
        let (what, range_msg) = if ty == Ty::ByteArray {
            ("bytearray indices", "bytearray index out of range")
        } else {
            ("byte indices", "index out of range")
        };
        let i = self.to_index(key, what)?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(index_error(range_msg));
        }
        Ok(j as usize)
    }

    /// A value stored into a `bytearray`: an int in `range(0, 256)`.
    pub fn byte_value(&self, v: Value) -> PyResult<u8> {
        if !self.is_int(v) {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            )));
        }
        match self.expect_i64(v) {
            Ok(i) if (0..256).contains(&i) => Ok(i as u8),
            _ => Err(value_error("byte must be in range(0, 256)")),
        }
    }

    /// The bytes assigned to a `bytearray` slice: bytes-like or an iterable of ints.
    pub fn bytes_for_assign(&mut self, v: Value) -> PyResult<Vec<u8>> {
        match self.type_of(v) {
            Ty::Bytes | Ty::ByteArray => Ok(self.bytes_of(v).to_vec()),
            Ty::Str | Ty::Int | Ty::Bool | Ty::Float | Ty::NoneType => Err(type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            )),
            _ => {
                let items = self.collect_iterable(v)?;
                items.into_iter().map(|x| self.byte_value(x)).collect()
            }
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if self.is_instance(obj) {
            if let Some(v) = self.call_dunder(obj, "__getitem__", &[key])? {
                return Ok(v);
            }
        }
        let Value::Ref(id) = obj else {
            if let Value::Type(t) = obj {
                // `list[int]` (`types.GenericAlias`).
                if let Some(v) = crate::modules::typing::builtin_generic(self, t, key)? {
                    return Ok(v);
                }
                return Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    t.name()
                )));
            }
            return Err(type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            )));
        };
        let slice = self.is_slice(key);
        if let Obj::Dt(d) = self.heap.get(id) {
            // `struct_time` and `IsoCalendarDate` index as the tuple of their fields.
            if let Some(items) = crate::modules::datetime::seq_items(d) {
                let t = self.new_tuple(items);
                return self.get_item(t, key);
            }
        }
        match self.heap.get(id) {
            Obj::List(_) | Obj::Tuple(_) | Obj::NamedTuple(_) => {
                let is_list = matches!(self.heap.get(id), Obj::List(_));
                let items = self.seq_slice(obj);
                if slice {
                    let s = self.slice_indices(key, items.len())?;
                    let picked: Vec<Value> = s.indices().map(|i| items[i]).collect();
                    return Ok(if is_list {
                        self.new_list(picked)
                    } else {
                        self.new_tuple(picked)
                    });
                }
                let what = if is_list { "list" } else { "tuple" };
                let i = self.norm_index(key, items.len(), what)?;
                Ok(items[i])
            }
            Obj::Str(s) => {
                let n = s.char_len;
                if slice {
                    let si = self.slice_indices(key, n)?;
                    let Obj::Str(s) = self.heap.get(id) else {
                        unreachable!()
                    };
                    let out: String = if si.step == 1 {
                        s.char_slice(si.start as usize, si.start as usize + si.len)
                            .to_string()
                    } else if s.is_ascii() {
                        let b = s.s.as_bytes();
                        si.indices().map(|i| b[i] as char).collect()
                    } else {
                        let chars: Vec<char> = s.s.chars().collect();
                        si.indices().map(|i| chars[i]).collect()
                    };
                    return Ok(self.new_str(out));
                }
                let i = self.norm_index(key, n, "string")?;
                let Obj::Str(s) = self.heap.get(id) else {
                    unreachable!()
                };
                let c = s.char_at(i);
                Ok(self.new_str(c.to_string()))
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                let ty = self.type_of(obj);
                if slice {
                    let si = self.slice_indices(key, b.len())?;
                    let b = self.bytes_of(obj);
                    let out: Vec<u8> = si.indices().map(|i| b[i]).collect();
                    return Ok(self.new_bytes_like(ty, out));
                }
                let i = self.byte_index(ty, key, b.len())?;
                Ok(Value::Int(self.bytes_of(obj)[i] as i64))
            }
            Obj::Range(a, _b, c) => {
                let (a, c) = (*a, *c);
                let Obj::Range(_, b, _) = *self.heap.get(id) else {
                    unreachable!()
                };
                let n = range_len(a, b, c) as usize;
                if slice {
                    let si = self.slice_indices(key, n)?;
                    let start = a + si.start * c;
                    let step = si.step * c;
                    let stop = start + si.len as i64 * step;
                    return Ok(self.alloc(Obj::Range(start, stop, step)));
                }
                let i = self.norm_index(key, n, "range object")?;
                Ok(Value::Int(a + c * i as i64))
            }
            Obj::ReMatch(_) => crate::modules::re::get_item(self, obj, key),
            Obj::Dict(d) => {
                let special = d.kind().is_some();
                match self.dict_get(id, key)? {
                    Some(v) => Ok(v),
                    None if special => crate::modules::collections::missing(self, id, key),
                    None => Err(Raise::with_arg(Ty::KeyError, key)),
                }
            }
            Obj::Deque(_) => crate::modules::collections::item::deque_get(self, id, key),
            Obj::ChainMap(_) => crate::modules::collections::item::chainmap_get(self, id, key),
            // `Color['RED']`, `Stack[int]`, `__class_getitem__`.
            Obj::Class(_) => crate::modules::class_subscript(self, id, key),
            _ => Err(type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    /// `obj[key] = v`.
    pub fn set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        if self.is_instance(obj) && self.call_dunder(obj, "__setitem__", &[key, v])?.is_some() {
            return Ok(());
        }
        let Value::Ref(id) = obj else {
            return Err(type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            )));
        };
        match self.heap.get(id) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let si = self.slice_indices(key, len)?;
                    let items = self
                        .collect_iterable(v)
                        .map_err(|_| type_error("must assign iterable to extended slice"))?;
                    let Obj::List(l) = self.heap.get_mut(id) else {
                        unreachable!()
                    };
                    if si.step == 1 {
                        let start = si.start as usize;
                        let end = start + si.len;
                        l.splice(start..end, items);
                    } else {
                        if items.len() != si.len {
                            return Err(value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                si.len
                            )));
                        }
                        for (i, x) in si.indices().zip(items) {
                            l[i] = x;
                        }
                    }
                    return Ok(());
                }
                let i = self.norm_index(key, len, "list assignment")?;
                if let Obj::List(l) = self.heap.get_mut(id) {
                    l[i] = v;
                }
                Ok(())
            }
            Obj::Dict(_) => self.dict_set(id, key, v),
            Obj::Deque(_) => crate::modules::collections::item::deque_set(self, id, key, v),
            Obj::ChainMap(_) => {
                let maps = crate::modules::collections::item::chainmap_maps(self, id);
                match maps.first() {
                    Some(m) => self.set_item(*m, key, v),
                    None => Err(index_error("list index out of range")),
                }
            }
            Obj::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(key) {
                    let si = self.slice_indices(key, len)?;
                    let new = self.bytes_for_assign(v)?;
                    let grew = new.len().saturating_sub(si.len);
                    self.check_alloc(grew)?;
                    let Obj::ByteArray(b) = self.heap.get_mut(id) else {
                        unreachable!()
                    };
                    if si.step == 1 {
                        let start = si.start as usize;
                        b.splice(start..start + si.len, new);
                    } else {
                        if new.len() != si.len {
                            return Err(value_error(format!(
                                "attempt to assign bytes of size {} to extended slice of size {}",
                                new.len(),
                                si.len
                            )));
                        }
                        for (i, x) in si.indices().zip(new) {
                            b[i] = x;
                        }
                    }
                    self.heap.grew(grew);
                    return Ok(());
                }
                let x = self.byte_value(v)?;
                let i = self.byte_index(Ty::ByteArray, key, len)?;
                if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                    b[i] = x;
                }
                Ok(())
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if self.is_instance(obj) && self.call_dunder(obj, "__delitem__", &[key])?.is_some() {
            return Ok(());
        }
        let Value::Ref(id) = obj else {
            return Err(type_error(format!(
                "'{}' object does not support item deletion",
                self.type_name(obj)
            )));
        };
        match self.heap.get(id) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let si = self.slice_indices(key, len)?;
                    let mut drop: Vec<usize> = si.indices().collect();
                    drop.sort_unstable();
                    let Obj::List(l) = self.heap.get_mut(id) else {
                        unreachable!()
                    };
                    let mut k = 0;
                    let mut idx = 0;
                    l.retain(|_| {
                        let keep = !(k < drop.len() && drop[k] == idx);
                        if !keep {
                            k += 1;
                        }
                        idx += 1;
                        keep
                    });
                    return Ok(());
                }
                let i = self.norm_index(key, len, "list assignment")?;
                if let Obj::List(l) = self.heap.get_mut(id) {
                    l.remove(i);
                }
                Ok(())
            }
            Obj::Dict(d) => {
                // `del counter[k]` ignores a missing key (CPython's `Counter.__delitem__`).
                let counter = d.ty() == Ty::Counter;
                match self.dict_remove(id, key)? {
                    Some(_) => Ok(()),
                    None if counter => Ok(()),
                    None => Err(Raise::with_arg(Ty::KeyError, key)),
                }
            }
            Obj::Deque(_) => crate::modules::collections::item::deque_del(self, id, key),
            Obj::ChainMap(_) => crate::modules::collections::item::chainmap_del(self, id, key),
            Obj::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(key) {
                    let si = self.slice_indices(key, len)?;
                    let mut drop = vec![false; len];
                    for i in si.indices() {
                        drop[i] = true;
                    }
                    if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                        let mut idx = 0;
                        b.retain(|_| {
                            idx += 1;
                            !drop[idx - 1]
                        });
                    }
                    return Ok(());
                }
                let i = self.byte_index(Ty::ByteArray, key, len)?;
                if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                    b.remove(i);
                }
                Ok(())
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item deletion",
                self.type_name(obj)
            ))),
        }
    }
}
