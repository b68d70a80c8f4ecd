//! The heap arena: objects referred to by `HeapId` handles, a mark-and-sweep collector,
//! and the byte count the memory limit is checked against.
//!
//! Slots are reused through a free list. Collection only happens when the VM asks for
//! it at a safe point (see `vm::gc`), where every live handle is reachable from the
//! roots it passes: no Rust local can hold an unrooted handle there.

use crate::objects::Obj;
use crate::value::Value;

/// A handle to a heap object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HeapId(u32);

impl HeapId {
    /// The slot index (stable for the object's lifetime).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The arena.
#[derive(Debug, Default)]
pub struct Heap {
    slots: Vec<Option<Obj>>,
    marks: Vec<bool>,
    free: Vec<u32>,
    /// Bytes held by live objects (as of the last collection, plus allocations since).
    pub bytes: usize,
    /// Bytes allocated since the last collection (drives when to collect next).
    pub bytes_since_gc: usize,
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Self {
        Heap::default()
    }

    /// Moves `obj` into the arena.
    pub fn alloc(&mut self, obj: Obj) -> HeapId {
        let size = obj.heap_bytes();
        self.bytes += size;
        self.bytes_since_gc += size;
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(obj);
            HeapId(i)
        } else {
            self.slots.push(Some(obj));
            self.marks.push(false);
            HeapId(self.slots.len() as u32 - 1)
        }
    }

    /// Accounts `n` more bytes held by an existing object (a list that grew).
    #[inline]
    pub fn grew(&mut self, n: usize) {
        self.bytes += n;
        self.bytes_since_gc += n;
    }

    /// The object behind `id`.
    #[inline]
    pub fn get(&self, id: HeapId) -> &Obj {
        self.slots[id.0 as usize]
            .as_ref()
            .expect("live handle points at a freed slot")
    }

    /// The object behind `id`, mutably.
    #[inline]
    pub fn get_mut(&mut self, id: HeapId) -> &mut Obj {
        self.slots[id.0 as usize]
            .as_mut()
            .expect("live handle points at a freed slot")
    }

    /// Replaces the object behind `id`, returning the old one.
    pub fn replace(&mut self, id: HeapId, obj: Obj) -> Obj {
        std::mem::replace(self.get_mut(id), obj)
    }

    /// Number of live objects.
    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Frees every object not reachable from `roots`; returns how many were freed.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Value>) -> usize {
        let mut work: Vec<Value> = roots.into_iter().collect();
        let mut children = Vec::new();
        while let Some(v) = work.pop() {
            let Value::Ref(id) = v else { continue };
            let i = id.0 as usize;
            if self.marks[i] {
                continue;
            }
            self.marks[i] = true;
            if let Some(obj) = &self.slots[i] {
                obj.children(&mut children);
                work.append(&mut children);
            }
        }
        let mut freed = 0;
        let mut bytes = 0;
        for i in 0..self.slots.len() {
            if self.marks[i] {
                self.marks[i] = false;
                bytes += self.slots[i].as_ref().map_or(0, Obj::heap_bytes);
            } else if self.slots[i].is_some() {
                self.slots[i] = None;
                self.free.push(i as u32);
                freed += 1;
            }
        }
        self.bytes = bytes;
        self.bytes_since_gc = 0;
        freed
    }
}
