//! `Dict`: an insertion-ordered hash map keyed by Python values.
//!
//! Entries live in a `Vec` in insertion order (deleted ones become holes, compacted
//! when they outnumber the live ones); a `hashbrown::HashTable` maps hashes to entry
//! positions. Key equality needs the heap (two `str` handles compare by content), so
//! lookups take an `eq` closure instead of requiring `Eq` on `Value`.
//! `set` and `frozenset` use the same table with `Value::None` as every value, plus a
//! [`SetTable`] (made by [`Dict::new_set`]) that mirrors CPython's `setobject.c` slot
//! table so that sets iterate, print and `pop` in CPython's order.

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
    /// CPython's set slot table (sets and frozensets only): iteration follows it.
    set: Option<Box<SetTable>>,
    /// What makes a `collections` dict (`Counter`, `defaultdict`, `OrderedDict`)
    /// differ from a plain one; `None` for plain dicts, so their paths stay as they were.
    extra: Option<Box<DictExtra>>,
}

/// Which `collections` dict a [`Dict`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictKind {
    /// `collections.Counter`.
    Counter,
    /// `collections.defaultdict` (its `default_factory` in [`DictExtra::factory`]).
    DefaultDict,
    /// `collections.OrderedDict`.
    OrderedDict,
}

/// The extra state of a `collections` dict.
#[derive(Debug, Clone, Copy)]
pub struct DictExtra {
    /// The kind of dict.
    pub kind: DictKind,
    /// `defaultdict.default_factory` (`None` otherwise).
    pub factory: Value,
    /// No live entry sits before this position (so `popitem(last=False)` in a loop
    /// does not rescan the holes it left).
    first_hint: usize,
}

/// A slot of [`SetTable`] that never held an entry.
const EMPTY: usize = usize::MAX;
/// A slot whose entry was removed (CPython's `dummy`).
const DUMMY: usize = usize::MAX - 1;
/// CPython's `PySet_MINSIZE`.
const SET_MINSIZE: usize = 8;
/// CPython's `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// The open-addressing table of CPython's `setobject.c`, replayed exactly: each slot
/// holds `EMPTY`, `DUMMY` or the position of a live entry in `Dict::entries`.
#[derive(Debug, Clone)]
pub struct SetTable {
    slots: Vec<usize>,
    /// The slot of each entry position (meaningless for holes).
    slot_of: Vec<usize>,
    /// Live plus dummy slots (`so->fill`).
    fill: usize,
    /// `set.pop`'s search finger (`so->finger`).
    finger: usize,
}

impl SetTable {
    fn new() -> Self {
        SetTable {
            slots: vec![EMPTY; SET_MINSIZE],
            slot_of: Vec::new(),
            fill: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }
}

/// CPython's `set_insert_clean`: the first empty slot on `hash`'s probe sequence.
fn probe_clean(slots: &[usize], hash: u64) -> usize {
    let mask = slots.len() - 1;
    let mut perturb = hash as usize;
    let mut i = hash as usize & mask;
    loop {
        if slots[i] == EMPTY {
            return i;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if slots[i + j] == EMPTY {
                    return i + j;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
    }
}

/// CPython's `set_add_entry` for a key known to be absent: the slot it takes and
/// whether that slot was a dummy (reused without raising `fill`). Live slots with an
/// equal hash hold unequal keys, so they are skipped like any other live slot.
fn probe_add(slots: &[usize], hash: u64) -> (usize, bool) {
    let mask = slots.len() - 1;
    let mut perturb = hash as usize;
    let mut i = hash as usize & mask;
    let mut freeslot = None;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for (j, &slot) in slots.iter().enumerate().skip(i).take(probes + 1) {
            match slot {
                EMPTY => {
                    return match freeslot {
                        Some(f) => (f, true),
                        None => (j, false),
                    }
                }
                // CPython 3.11 keeps the last dummy seen on the probe sequence.
                DUMMY => freeslot = Some(j),
                _ => {}
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
    }
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Dict::default()
    }

    /// An empty set table (for `set`/`frozenset`): iterates in CPython's slot order.
    pub fn new_set() -> Self {
        Dict {
            set: Some(Box::new(SetTable::new())),
            ..Dict::default()
        }
    }

    /// Whether this table follows CPython's set layout.
    pub fn is_set(&self) -> bool {
        self.set.is_some()
    }

    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> Self {
        Dict {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            set: None,
            extra: None,
        }
    }

    /// The `collections` kind of this dict (`None` for a plain dict).
    #[inline]
    pub fn kind(&self) -> Option<DictKind> {
        self.extra.as_ref().map(|e| e.kind)
    }

    /// The extra state of a `collections` dict.
    pub fn extra(&self) -> Option<&DictExtra> {
        self.extra.as_deref()
    }

    /// Makes this a `collections` dict of `kind` (`factory` for `defaultdict`), or a
    /// plain dict with `None`.
    pub fn set_kind(&mut self, kind: Option<DictKind>, factory: Value) {
        self.extra = kind.map(|kind| {
            Box::new(DictExtra {
                kind,
                factory,
                first_hint: 0,
            })
        });
    }

    /// The Python type of this dict.
    #[inline]
    pub fn ty(&self) -> crate::types::Ty {
        use crate::types::Ty;
        match self.kind() {
            None => Ty::Dict,
            Some(DictKind::Counter) => Ty::Counter,
            Some(DictKind::DefaultDict) => Ty::DefaultDict,
            Some(DictKind::OrderedDict) => Ty::OrderedDict,
        }
    }

    /// Moves the live entry at position `i` to the end (or, with `last` false, the
    /// front) of the iteration order (`OrderedDict.move_to_end`).
    pub fn move_entry(&mut self, i: usize, last: bool) {
        let Some(e) = self.entries.get(i).copied().flatten() else {
            return;
        };
        if last {
            self.remove_at(i);
            self.insert_new(e.hash, e.key, e.value);
            return;
        }
        let mut rest: Vec<Entry> = self.iter().copied().collect();
        rest.retain(|x| !(x.hash == e.hash && x.key.is(e.key)));
        let extra = self.extra.take();
        self.clear();
        self.extra = extra;
        self.insert_new(e.hash, e.key, e.value);
        for x in rest {
            self.insert_new(x.hash, x.key, x.value);
        }
    }

    /// Removes and returns the first entry in iteration order.
    pub fn pop_first(&mut self) -> Option<Entry> {
        let start = self.extra.as_ref().map_or(0, |x| x.first_hint);
        let i = start + self.entries.iter().skip(start).position(|e| e.is_some())?;
        let before = self.entries.len();
        let e = self.remove_at(i);
        // Compaction renumbers the entries (and resets the hint).
        if self.entries.len() == before {
            if let Some(x) = &mut self.extra {
                x.first_hint = i + 1;
            }
        }
        e
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether the dict is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.index.len() == 0
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
        if let Some(t) = &mut self.set {
            let (slot, reused) = probe_add(&t.slots, hash);
            t.slots[slot] = pos;
            t.slot_of.push(slot);
            if !reused {
                t.fill += 1;
                if t.fill * 5 >= t.mask() * 3 {
                    let used = self.index.len();
                    self.set_resize(if used > 50000 { used * 2 } else { used * 4 });
                }
            }
        }
    }

    /// CPython's `set_table_resize`: a table with more than `minused` slots, refilled
    /// in the old slot order without dummies.
    pub fn set_resize(&mut self, minused: usize) {
        let entries = &self.entries;
        let Some(t) = &mut self.set else { return };
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == SET_MINSIZE && t.slots.len() == SET_MINSIZE && t.fill == self.index.len() {
            return;
        }
        let old = std::mem::replace(&mut t.slots, vec![EMPTY; newsize]);
        for pos in old {
            if pos < DUMMY {
                let hash = entries[pos].as_ref().map_or(0, |e| e.hash);
                let slot = probe_clean(&t.slots, hash);
                t.slots[slot] = pos;
                t.slot_of[pos] = slot;
            }
        }
        t.fill = self.index.len();
    }

    /// CPython's pre-sizing before merging `n` keys (`set_merge`, updates from a dict).
    pub fn set_presize(&mut self, n: usize) {
        if let Some(t) = &self.set {
            if (t.fill + n) * 5 >= t.mask() * 3 {
                self.set_resize((self.index.len() + n) * 2);
            }
        }
    }

    /// CPython's `set_merge` into a table with no slot ever used (after
    /// [`Dict::set_presize`]): copies `other`'s layout or re-inserts in its slot order.
    /// Returns false (doing nothing) when this table is not empty or `other` is no set.
    pub fn set_merge_into_empty(&mut self, other: &Dict) -> bool {
        let Some(t) = &self.set else { return false };
        if t.fill != 0 {
            return false;
        }
        let Some(o) = &other.set else { return false };
        let same_layout = o.slots.len() == t.slots.len() && o.fill == other.index.len();
        let others: Vec<(usize, Entry)> = o
            .slots
            .iter()
            .enumerate()
            .filter(|(_, &p)| p < DUMMY)
            .filter_map(|(s, &p)| other.entries[p].map(|e| (s, e)))
            .collect();
        for (slot, e) in others {
            let pos = self.entries.len();
            self.entries.push(Some(e));
            let entries = &self.entries;
            self.index
                .insert_unique(e.hash, pos, |&i| entries[i].as_ref().map_or(0, |e| e.hash));
            let t = self.set.as_mut().expect("set table");
            let slot = if same_layout {
                slot
            } else {
                probe_clean(&t.slots, e.hash)
            };
            t.slots[slot] = pos;
            t.slot_of.push(slot);
            t.fill += 1;
        }
        true
    }

    /// After `difference_update`: CPython resizes away dummies when they are more than
    /// a quarter of the table.
    pub fn set_purge_dummies(&mut self) {
        if let Some(t) = &self.set {
            if t.fill - self.index.len() > t.mask() / 4 {
                let used = self.index.len();
                self.set_resize(if used > 50000 { used * 2 } else { used * 4 });
            }
        }
    }

    /// Replaces the contents with `other`'s, keeping `set.pop`'s finger (CPython's
    /// `set_swap_bodies`).
    pub fn set_take_body(&mut self, mut other: Dict) {
        if let (Some(t), Some(o)) = (&self.set, &mut other.set) {
            o.finger = t.finger;
        }
        *self = other;
    }

    /// `set.pop()`: removes the entry CPython's `set_pop` removes (the first live slot
    /// at or after the finger, wrapping around).
    pub fn set_pop(&mut self) -> Option<Entry> {
        if self.index.is_empty() {
            return None;
        }
        let t = self.set.as_mut()?;
        let mask = t.mask();
        let mut j = t.finger & mask;
        while t.slots[j] >= DUMMY {
            j += 1;
            if j > mask {
                j = 0;
            }
        }
        t.finger = j + 1;
        let pos = t.slots[j];
        self.remove_at(pos)
    }

    /// Removes the entry at position `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(slot) = self.index.find_entry(e.hash, |&j| j == i) {
            slot.remove();
        }
        if let Some(t) = &mut self.set {
            let slot = t.slot_of[i];
            t.slots[slot] = DUMMY;
        }
        if self.entries.len() > 16 && self.index.len() * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        if let Some(x) = &mut self.extra {
            x.first_hint = 0;
        }
        if let Some(t) = &mut self.set {
            let mut slot_of = Vec::with_capacity(self.index.len());
            for (pos, e) in self.entries.iter().enumerate() {
                if e.is_some() {
                    let slot = t.slot_of[pos];
                    t.slots[slot] = slot_of.len();
                    slot_of.push(slot);
                }
            }
            t.slot_of = slot_of;
        }
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
        if let Some(x) = &mut self.extra {
            x.first_hint = 0;
        }
        self.entries.clear();
        self.index.clear();
        if let Some(t) = &mut self.set {
            // CPython's `set_clear_internal`: back to the minimum size, finger kept.
            t.slots = vec![EMPTY; SET_MINSIZE];
            t.slot_of.clear();
            t.fill = 0;
        }
    }

    /// Live entries in order: insertion order for dicts, slot order for sets.
    pub fn iter(&self) -> Iter<'_> {
        let back = match &self.set {
            Some(t) => t.slots.len(),
            None => self.entries.len(),
        };
        Iter {
            d: self,
            front: 0,
            back,
        }
    }

    /// The live entry at iteration position `i` (a slot for sets, an entry position
    /// for dicts).
    fn at(&self, i: usize) -> Option<&Entry> {
        match &self.set {
            Some(t) => {
                let p = t.slots[i];
                if p < DUMMY {
                    self.entries[p].as_ref()
                } else {
                    None
                }
            }
            None => self.entries[i].as_ref(),
        }
    }

    /// The first live entry at iteration position `>= i` (entry position for dicts,
    /// slot for sets), with that position (for iterators that survive mutation by
    /// re-checking the size).
    pub fn next_from(&self, mut i: usize) -> Option<(usize, &Entry)> {
        if let Some(t) = &self.set {
            while i < t.slots.len() {
                if let Some(e) = self.at(i) {
                    return Some((i, e));
                }
                i += 1;
            }
            return None;
        }
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
        let e = self.remove_at(i);
        // Drop the trailing holes so that popping in a loop stays O(1) per item.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
            if let Some(t) = &mut self.set {
                t.slot_of.pop();
            }
        }
        e
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.key)
    }

    /// Every key and value (and a `defaultdict`'s factory), for the collector.
    pub fn values_for_gc(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter()
            .flat_map(|e| [e.key, e.value])
            .chain(self.extra.as_ref().map(|x| x.factory))
    }

    /// Bytes used, for the memory limit.
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry>>()
            + self.index.capacity() * (std::mem::size_of::<usize>() + 1)
            + self.set.as_ref().map_or(0, |t| {
                (t.slots.capacity() + t.slot_of.capacity()) * std::mem::size_of::<usize>()
            })
    }
}

/// Iterator over a [`Dict`]'s live entries (see [`Dict::iter`]).
pub struct Iter<'a> {
    d: &'a Dict,
    front: usize,
    back: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Entry;

    fn next(&mut self) -> Option<&'a Entry> {
        while self.front < self.back {
            let i = self.front;
            self.front += 1;
            if let Some(e) = self.d.at(i) {
                return Some(e);
            }
        }
        None
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        while self.front < self.back {
            self.back -= 1;
            if let Some(e) = self.d.at(self.back) {
                return Some(e);
            }
        }
        None
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

    fn set_add(d: &mut Dict, k: i64) {
        let h = crate::objects::hash::hash_i64(k) as u64;
        if d.find(h, int_eq(k)).is_none() {
            d.insert_new(h, Value::Int(k), Value::None);
        }
    }

    fn set_discard(d: &mut Dict, k: i64) {
        let h = crate::objects::hash::hash_i64(k) as u64;
        if let Some(i) = d.find(h, int_eq(k)) {
            d.remove_at(i);
        }
    }

    fn ints(d: &Dict) -> Vec<i64> {
        d.keys()
            .map(|v| match v {
                Value::Int(x) => x,
                _ => i64::MIN,
            })
            .collect()
    }

    fn set_of(ks: &[i64]) -> Dict {
        let mut d = Dict::new_set();
        for &k in ks {
            set_add(&mut d, k);
        }
        d
    }

    // Expected orders below are what CPython 3.11 prints for the same operations.

    #[test]
    fn set_iterates_in_cpython_slot_order() {
        assert_eq!(ints(&set_of(&[3, 1, 2])), [1, 2, 3]);
        assert_eq!(ints(&set_of(&[10, 2, 5])), [10, 2, 5]);
        // `frozenset((17, 65, 32, -15))`: no linear probing in an 8-slot table.
        assert_eq!(ints(&set_of(&[17, 65, 32, -15])), [65, 17, 32, -15]);
        assert_eq!(
            ints(&set_of(&[5, 13, 21, 29, 37, 45])),
            [37, 5, 13, 45, 21, 29]
        );
        let desc: Vec<i64> = (1..=20).rev().collect();
        assert_eq!(ints(&set_of(&desc)), (1..=20).collect::<Vec<_>>());
    }

    #[test]
    fn set_reuses_dummies_and_pops_from_the_finger() {
        let mut d = set_of(&[5, 13, 21, 29, 37, 45]);
        set_discard(&mut d, 13);
        set_add(&mut d, 53);
        assert_eq!(ints(&d), [37, 5, 45, 21, 53, 29]);
        let popped: Vec<i64> = (0..3)
            .map(|_| match d.set_pop().expect("non-empty").key {
                Value::Int(x) => x,
                _ => i64::MIN,
            })
            .collect();
        assert_eq!(popped, [37, 5, 45]);
        assert_eq!(ints(&d), [21, 53, 29]);
        assert_eq!(d.len(), 3);
    }

    #[test]
    fn set_layout_survives_compaction() {
        let mut d = set_of(&(0..100).collect::<Vec<_>>());
        for k in 0..90 {
            set_discard(&mut d, k);
        }
        assert_eq!(ints(&d), (90..100).collect::<Vec<_>>());
        set_add(&mut d, 5);
        assert_eq!(ints(&d)[0], 5);
        for k in 90..100 {
            let h = crate::objects::hash::hash_i64(k) as u64;
            assert!(d.find(h, int_eq(k)).is_some());
        }
    }

    #[test]
    fn set_merge_into_empty_copies_or_reinserts() {
        let src = set_of(&[17, 65, 32, -15]);
        let mut d = Dict::new_set();
        d.set_presize(src.len());
        assert!(d.set_merge_into_empty(&src));
        assert_eq!(ints(&d), [65, 17, 32, -15]);
        assert!(!d.set_merge_into_empty(&src));
        // A grown table merged into a fresh one is re-inserted in slot order.
        let big = set_of(&[1, 17, 2, 3, 4, 33]);
        let mut e = Dict::new_set();
        e.set_presize(big.len());
        assert!(e.set_merge_into_empty(&big));
        assert_eq!(ints(&e), [1, 2, 3, 4, 33, 17]);
    }
}
