//! Dict and set keys whose class defines `__hash__` (and `__eq__`): the lookups call
//! Python, so they take `&mut Vm` and run in two phases. The hash is computed by the
//! user's `__hash__` (reduced as CPython reduces an int hash); then the entries with
//! that hash are collected under a shared borrow, and compared with `__eq__` once the
//! borrow is released. Keys of every other kind keep the `&self` fast path
//! (`Vm::dict_find`), so built-in keys pay one type check.
//!
//! Tuples that contain such instances still hash by the instances' identity.

use super::Vm;
use crate::attrs::Kn;
use crate::error::{type_error, PyResult};
use crate::heap::HeapId;
use crate::objects::Obj;
use crate::value::Value;

impl Vm {
    /// The user `__hash__` of `key`, if `key` is an instance whose class defines one
    /// (`None` for every other key; `__hash__ = None` is refused by `hash_value`).
    pub fn user_hash(&mut self, key: Value) -> PyResult<Option<u64>> {
        let Value::Ref(id) = key else {
            return Ok(None);
        };
        let Obj::Instance(inst) = self.heap.get(id) else {
            return Ok(None);
        };
        let cls = inst.class;
        match self.class_lookup(cls, Kn::DunderHash.sym()) {
            None | Some(Value::None) => Ok(None),
            Some(f) => {
                let bound = self.bind_attr(f, key, Value::Ref(cls))?;
                let r = self.call_value(bound, &[], &[])?;
                if !self.is_int(r) {
                    return Err(type_error("__hash__ method should return an integer"));
                }
                // CPython reduces the returned int with the int hash.
                self.hash_value(r).map(Some)
            }
        }
    }

    /// The position of `key` in the dict/set behind `id`, calling the key's
    /// `__hash__`/`__eq__` if its class defines them.
    pub fn dict_find_mut(&mut self, id: HeapId, key: Value) -> PyResult<Option<usize>> {
        let Some(h) = self.user_hash(key)? else {
            let Some(d) = self.table(id) else {
                return Ok(None);
            };
            return self.dict_find(d, key);
        };
        self.find_with_hash(id, key, h)
    }

    /// The position of user key `key`, whose `__hash__` gave `h`, comparing the
    /// entries with that hash through `__eq__`.
    fn find_with_hash(&mut self, id: HeapId, key: Value, h: u64) -> PyResult<Option<usize>> {
        let mut candidates = Vec::new();
        if let Some(d) = self.table(id) {
            d.find(h, |k| {
                candidates.push(k);
                false
            });
        }
        for c in candidates {
            if c.is(key) || self.eq_mut(c, key)? {
                return Ok(self.table(id).and_then(|d| d.find(h, |k| k.is(c))));
            }
        }
        Ok(None)
    }

    /// Inserts or replaces `key` in the dict/set behind `id` when the key has a user
    /// `__hash__`; `false` (nothing done) for every other key.
    pub(crate) fn user_key_set(&mut self, id: HeapId, key: Value, value: Value) -> PyResult<bool> {
        let Some(h) = self.user_hash(key)? else {
            return Ok(false);
        };
        let pos = self.find_with_hash(id, key, h)?;
        let before = self.table(id).map_or(0, |d| d.heap_bytes());
        if let Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) = self.heap.get_mut(id) {
            match pos {
                Some(i) => d.set_value(i, value),
                None => d.insert_new(h, key, value),
            }
        }
        let after = self.table(id).map_or(0, |d| d.heap_bytes());
        self.heap.grew(after.saturating_sub(before));
        Ok(true)
    }

    /// The table behind a dict/set handle.
    fn table(&self, id: HeapId) -> Option<&crate::objects::Dict> {
        match self.heap.get(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Some(d),
            _ => None,
        }
    }
}
