//! `Dict`: an insertion-ordered hash map keyed by Python values.
//!
//! Entries live in a `Vec` in insertion order (deleted ones become holes, compacted
//! when they outnumber the live ones); a `hashbrown::HashTable` maps hashes to entry
//! positions. Key equality needs the heap (two `str` handles compare by content), so
//! lookups take an `eq` closure instead of requiring `Eq` on `Value`.
//! `set` and `frozenset` use the same table with `Value::None` as every value.

use hashbrown::HashTable;

use crate::value::Value;

/// One key/value pair with the key's cached hash.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The Python hash of `key`.
    pub hash: u64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// An insertion-ordered map from hashable values to values.
#[derive(Debug, Default, Clone)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Dict::default()
    }

    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> Self {
        Dict {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            len: 0,
        }
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the dict is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The position of the entry whose key has `hash` and satisfies `eq`.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        self.index
            .find(hash, |&i| {
                let e = self.entries[i]
                    .as_ref()
                    .expect("index points at live entries");
                e.hash == hash && eq(e.key)
            })
            .copied()
    }

    /// The entry at position `i` (from [`Dict::find`] or iteration).
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Replaces the value at position `i`.
    pub fn set_value(&mut self, i: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(i) {
            e.value = value;
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index
            .insert_unique(hash, pos, |&i| entries[i].as_ref().map_or(0, |e| e.hash));
        self.len += 1;
    }

    /// Removes the entry at position `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(slot) = self.index.find_entry(e.hash, |&j| j == i) {
            slot.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        let entries = &self.entries;
        for (pos, e) in entries.iter().enumerate() {
            let hash = e.as_ref().map_or(0, |e| e.hash);
            self.index
                .insert_unique(hash, pos, |&i| entries[i].as_ref().map_or(0, |e| e.hash));
        }
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> + '_ {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// The first live entry at position `>= i`, with its position (for iterators that
    /// survive mutation by re-checking the size).
    pub fn next_from(&self, mut i: usize) -> Option<(usize, &Entry)> {
        while i < self.entries.len() {
            if let Some(e) = &self.entries[i] {
                return Some((i, e));
            }
            i += 1;
        }
        None
    }

    /// Removes and returns the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.key)
    }

    /// Every key and value, for the collector.
    pub fn values_for_gc(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().flat_map(|e| [e.key, e.value])
    }

    /// Bytes used, for the memory limit.
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry>>()
            + self.index.capacity() * (std::mem::size_of::<usize>() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(Value) -> bool {
        move |v| matches!(v, Value::Int(x) if x == k)
    }

    #[test]
    fn keeps_insertion_order_and_survives_deletes() {
        let mut d = Dict::new();
        for k in 0..100i64 {
            d.insert_new(k as u64 % 7, Value::Int(k), Value::Int(k * 10));
        }
        for k in (0..100i64).step_by(2) {
            let i = d.find(k as u64 % 7, int_eq(k)).unwrap();
            d.remove_at(i);
        }
        assert_eq!(d.len(), 50);
        let keys: Vec<i64> = d
            .keys()
            .map(|v| match v {
                Value::Int(x) => x,
                _ => -1,
            })
            .collect();
        assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
        for k in (1..100i64).step_by(2) {
            let i = d.find(k as u64 % 7, int_eq(k)).unwrap();
            assert!(matches!(d.entry(i).unwrap().value, Value::Int(v) if v == k * 10));
        }
        assert!(d.find(4, int_eq(4)).is_none());
    }
}
