//! [`Dict`]: an insertion-ordered map keyed by Python equality.

use std::collections::HashMap;
use std::fmt;

use crate::value::{key_hash, str_hash, Value};

/// An insertion-ordered Python `dict` with [`Value`] keys.
///
/// Keys are matched by Python equality, so `1`, `1.0` and `True` are the same key, as in
/// Python: inserting `True` into a dict holding `1` replaces the value and keeps the
/// original key `1` in its original position. NaN keys never match any key, so each NaN
/// inserted becomes its own entry (Python matches a NaN key only by object identity).
///
/// Any value may be a key; the dict does not reject unhashable keys such as lists (see
/// [`Value::is_hashable`]). Lookup and insertion are O(1) on average through a hash
/// index consistent with Python equality; [`Dict::remove`] is O(n).
#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<(Value, Value)>,
    /// Key hash -> positions in `entries` of the keys with that hash.
    index: HashMap<u64, Slot>,
}

#[derive(Clone, Debug)]
enum Slot {
    One(usize),
    Many(Vec<usize>),
}

impl Slot {
    fn positions(&self) -> &[usize] {
        match self {
            Slot::One(i) => std::slice::from_ref(i),
            Slot::Many(v) => v,
        }
    }
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            index: HashMap::with_capacity(n),
        }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the dict has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn find_hashed(&self, hash: u64, matches: impl Fn(&Value) -> bool) -> Option<usize> {
        let slot = self.index.get(&hash)?;
        slot.positions()
            .iter()
            .copied()
            .find(|&i| self.entries.get(i).is_some_and(|(k, _)| matches(k)))
    }

    fn find(&self, key: &Value) -> Option<usize> {
        self.find_hashed(key_hash(key), |k| k == key)
    }

    /// The value for `key` (matched by Python equality).
    pub fn get(&self, key: &Value) -> Option<&Value> {
        self.find(key).map(|i| &self.entries[i].1)
    }

    /// The value for the `str` key `key`, without building a [`Value`].
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.find_hashed(str_hash(key), |k| k.as_str() == Some(key))
            .map(|i| &self.entries[i].1)
    }

    /// A mutable reference to the value for `key`.
    pub fn get_mut(&mut self, key: &Value) -> Option<&mut Value> {
        let i = self.find(key)?;
        Some(&mut self.entries[i].1)
    }

    /// True when `key` is present.
    pub fn contains_key(&self, key: &Value) -> bool {
        self.find(key).is_some()
    }

    /// Sets `key` to `value`. When an equal key is present its value is replaced in
    /// place (position and original key kept, like Python) and the old value returned.
    pub fn insert(&mut self, key: impl Into<Value>, value: impl Into<Value>) -> Option<Value> {
        let key = key.into();
        let value = value.into();
        let hash = key_hash(&key);
        if let Some(i) = self.find_hashed(hash, |k| *k == key) {
            return Some(std::mem::replace(&mut self.entries[i].1, value));
        }
        let pos = self.entries.len();
        self.entries.push((key, value));
        match self.index.get_mut(&hash) {
            None => {
                self.index.insert(hash, Slot::One(pos));
            }
            Some(slot) => match slot {
                Slot::One(first) => *slot = Slot::Many(vec![*first, pos]),
                Slot::Many(v) => v.push(pos),
            },
        }
        None
    }

    /// Removes `key`, returning its value; later entries keep their order. O(n).
    pub fn remove(&mut self, key: &Value) -> Option<Value> {
        let i = self.find(key)?;
        let (_, value) = self.entries.remove(i);
        self.reindex();
        Some(value)
    }

    fn reindex(&mut self) {
        let entries = std::mem::take(&mut self.entries);
        self.index.clear();
        for (k, v) in entries {
            self.insert(k, v);
        }
    }

    /// The entries in insertion order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&Value, &Value)> + '_ {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The keys in insertion order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &Value> + '_ {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in insertion order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &Value> + '_ {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The entries as a slice, in insertion order.
    pub fn as_slice(&self) -> &[(Value, Value)] {
        &self.entries
    }

    /// The entries, in insertion order.
    pub fn into_vec(self) -> Vec<(Value, Value)> {
        self.entries
    }
}

impl fmt::Debug for Dict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Python dict equality: same keys (by Python equality) mapping to equal values; order
/// does not matter.
impl PartialEq for Dict {
    fn eq(&self, other: &Dict) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: Into<Value>, V: Into<Value>> From<Vec<(K, V)>> for Dict {
    /// Later duplicates replace earlier values, like `dict([...])`.
    fn from(entries: Vec<(K, V)>) -> Dict {
        entries.into_iter().collect()
    }
}

impl<K: Into<Value>, V: Into<Value>> FromIterator<(K, V)> for Dict {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Dict {
        let iter = iter.into_iter();
        let mut d = Dict::with_capacity(iter.size_hint().0);
        d.extend(iter);
        d
    }
}

impl<K: Into<Value>, V: Into<Value>> Extend<(K, V)> for Dict {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl IntoIterator for Dict {
    type Item = (Value, Value);
    type IntoIter = std::vec::IntoIter<(Value, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a> IntoIterator for &'a Dict {
    type Item = (&'a Value, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Value, Value)>,
        fn(&'a (Value, Value)) -> (&'a Value, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_get_replace_keeps_position() {
        let mut d = Dict::new();
        assert_eq!(d.insert("a", 1), None);
        assert_eq!(d.insert("b", 2), None);
        assert_eq!(d.insert("a", 3), Some(Value::from(1)));
        let keys: Vec<_> = d.keys().cloned().collect();
        assert_eq!(keys, vec![Value::from("a"), Value::from("b")]);
        assert_eq!(d.get(&"a".into()), Some(&Value::from(3)));
        assert_eq!(d.get_str("b"), Some(&Value::from(2)));
        assert_eq!(d.get_str("c"), None);
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn numeric_keys_unify_like_python() {
        // {1: 'a', 1.0: 'b', True: 'c'} == {1: 'c'}
        let d = Dict::from(vec![
            (Value::from(1), "a"),
            (Value::from(1.0), "b"),
            (Value::from(true), "c"),
        ]);
        assert_eq!(d.len(), 1);
        let (k, v) = d.iter().next().unwrap();
        assert!(matches!(k, Value::Int(_)));
        assert_eq!(v, &Value::from("c"));
        assert_eq!(d.get(&Value::from(1.0)), Some(&Value::from("c")));
    }

    #[test]
    fn non_str_keys() {
        let mut d = Dict::new();
        d.insert(Value::None, "none");
        d.insert(Value::tuple([1, 2]), "tuple");
        d.insert(Value::frozenset([1, 2]), "fs");
        d.insert(Value::bytes(b"k".to_vec()), "bytes");
        d.insert(2.5, "float");
        assert_eq!(
            d.get(&Value::tuple([1.0, 2.0])),
            Some(&Value::from("tuple"))
        );
        assert_eq!(d.get(&Value::set([2, 1])), Some(&Value::from("fs")));
        assert_eq!(
            d.get(&Value::bytes(b"k".to_vec())),
            Some(&Value::from("bytes"))
        );
        assert_eq!(d.get(&Value::None), Some(&Value::from("none")));
        assert_eq!(d.get(&Value::from(2.5)), Some(&Value::from("float")));
        assert_eq!(d.get(&Value::from("k")), None);
    }

    #[test]
    fn nan_keys_never_match() {
        let mut d = Dict::new();
        d.insert(f64::NAN, 1);
        d.insert(f64::NAN, 2);
        assert_eq!(d.len(), 2);
        assert_eq!(d.get(&Value::from(f64::NAN)), None);
    }

    #[test]
    fn remove_keeps_order() {
        let mut d: Dict = (0..10).map(|i| (i, i * 10)).collect();
        assert_eq!(d.remove(&Value::from(3)), Some(Value::from(30)));
        assert_eq!(d.remove(&Value::from(3)), None);
        assert_eq!(d.len(), 9);
        assert_eq!(d.get(&Value::from(9)), Some(&Value::from(90)));
        let keys: Vec<_> = d.keys().filter_map(|k| k.as_int()?.to_i64()).collect();
        assert_eq!(keys, vec![0, 1, 2, 4, 5, 6, 7, 8, 9]);
    }

    #[test]
    fn equality_ignores_order() {
        let a = Dict::from(vec![("x", 1), ("y", 2)]);
        let b = Dict::from(vec![("y", 2.0), ("x", 1.0)]);
        assert_eq!(a, b);
        assert_ne!(a, Dict::from(vec![("x", 1)]));
        assert_ne!(a, Dict::from(vec![("x", 1), ("y", 3)]));
    }

    #[test]
    fn many_keys() {
        let mut d: Dict = (0..5000).map(|i| (format!("k{i}"), i)).collect();
        assert_eq!(d.len(), 5000);
        assert_eq!(d.get_str("k4999"), Some(&Value::from(4999)));
        if let Some(v) = d.get_mut(&"k1".into()) {
            *v = Value::None;
        }
        assert_eq!(d.get_str("k1"), Some(&Value::None));
    }
}
