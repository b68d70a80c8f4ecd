//! `collections.deque`: a `VecDeque` of values with an optional `maxlen` (O(1) at
//! both ends), its methods, indexing and repr.

use std::collections::VecDeque;

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{index_error, type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// A `collections.deque`.
#[derive(Debug, Clone, Default)]
pub struct Deque {
    /// The items, left to right.
    pub items: VecDeque<Value>,
    /// `maxlen` (`None` for an unbounded deque).
    pub maxlen: Option<usize>,
}

impl Deque {
    /// Appends on the right, dropping from the left past `maxlen`.
    pub fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    /// Appends on the left, dropping from the right past `maxlen`.
    pub fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| self.items.len() >= m) {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

/// Methods of `deque`.
pub const METHODS: &[Kn] = &[
    Kn::Append,
    Kn::Appendleft,
    Kn::Pop,
    Kn::Popleft,
    Kn::Extend,
    Kn::Extendleft,
    Kn::Rotate,
    Kn::Clear,
    Kn::Count,
    Kn::Index,
    Kn::Insert,
    Kn::Remove,
    Kn::Reverse,
    Kn::Copy,
];

/// `deque(iterable=(), maxlen=None)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("deque", args).bind(vm, &["iterable", "maxlen"], 0)?;
    let maxlen = match a[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            if !vm.is_int(v) {
                return Err(type_error("an integer is required"));
            }
            let n = vm.expect_i64(v)?;
            if n < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let items = match a[0] {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    let mut d = Deque {
        items: VecDeque::with_capacity(items.len().min(maxlen.unwrap_or(usize::MAX))),
        maxlen,
    };
    for x in items {
        d.push_back(x);
    }
    Ok(vm.alloc(Obj::Deque(Box::new(d))))
}

/// The deque behind `id` (callers checked the kind).
fn deque_mut(vm: &mut Vm, id: HeapId) -> &mut Deque {
    match vm.heap.get_mut(id) {
        Obj::Deque(d) => d,
        _ => unreachable!("checked to be a deque"),
    }
}

/// The deque behind a value, if it is one.
pub fn deque_of(vm: &Vm, v: Value) -> Option<&Deque> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Deque(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

fn items(vm: &Vm, id: HeapId) -> Vec<Value> {
    match vm.heap.get(id) {
        Obj::Deque(d) => d.items.iter().copied().collect(),
        _ => Vec::new(),
    }
}

/// Position of the first item equal to `x` in `items[start..stop]`.
fn find(
    vm: &mut Vm,
    items: &[Value],
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item.is(x) || vm.eq_mut(*item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// Calls a deque method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let id = recv.as_ref().expect("deque value");
    let name = format!("deque.{}", kn.as_str());
    match kn {
        Kn::Append | Kn::Appendleft => {
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let before = deque_mut(vm, id).items.capacity();
            let d = deque_mut(vm, id);
            if kn == Kn::Append {
                d.push_back(a[0]);
            } else {
                d.push_front(a[0]);
            }
            let grew = d.items.capacity().saturating_sub(before) * 16;
            vm.heap.grew(grew);
            Ok(Value::None)
        }
        Kn::Pop | Kn::Popleft => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let d = deque_mut(vm, id);
            let v = if kn == Kn::Pop {
                d.items.pop_back()
            } else {
                d.items.pop_front()
            };
            v.ok_or_else(|| index_error("pop from an empty deque"))
        }
        Kn::Extend | Kn::Extendleft => {
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let new = vm.collect_iterable(a[0])?;
            vm.check_alloc(new.len() * 16)?;
            vm.charge(new.len() as u64 / 8)?;
            let before = deque_mut(vm, id).items.capacity();
            let d = deque_mut(vm, id);
            for x in new {
                if kn == Kn::Extend {
                    d.push_back(x);
                } else {
                    d.push_front(x);
                }
            }
            let grew = d.items.capacity().saturating_sub(before) * 16;
            vm.heap.grew(grew);
            Ok(Value::None)
        }
        Kn::Rotate => {
            let a = ArgParser::new(&name, args).positional(0, 1)?;
            let n = match a.first() {
                Some(v) if vm.is_int(*v) => vm.expect_i64(*v)?,
                Some(v) => {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(*v)
                    )))
                }
                None => 1,
            };
            let d = deque_mut(vm, id);
            let len = d.items.len() as i64;
            if len > 1 {
                let k = n.rem_euclid(len) as usize;
                d.items.rotate_right(k);
            }
            Ok(Value::None)
        }
        Kn::Clear => {
            ArgParser::new(&name, args).positional(0, 0)?;
            deque_mut(vm, id).items.clear();
            Ok(Value::None)
        }
        Kn::Count => {
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let all = items(vm, id);
            vm.charge(all.len() as u64 / 8)?;
            let mut n = 0;
            for x in all {
                if x.is(a[0]) || vm.eq_mut(x, a[0])? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
        Kn::Index => {
            let a = ArgParser::new(&name, args).positional(1, 3)?;
            let all = items(vm, id);
            let len = all.len() as i64;
            let clamp = |i: i64| -> usize {
                let j = if i < 0 { i + len } else { i };
                j.clamp(0, len) as usize
            };
            let start = match a.get(1) {
                Some(v) => clamp(vm.to_index(*v, "slice")?),
                None => 0,
            };
            let stop = match a.get(2) {
                Some(v) => clamp(vm.to_index(*v, "slice")?),
                None => all.len(),
            };
            vm.charge(all.len() as u64 / 8)?;
            match find(vm, &all, a[0], start, stop)? {
                Some(i) => Ok(Value::Int(i as i64)),
                None => {
                    let r = vm.repr_mut(a[0])?;
                    Err(value_error(format!("{r} is not in deque")))
                }
            }
        }
        Kn::Insert => {
            let a = ArgParser::new(&name, args).positional(2, 2)?;
            let i = vm.to_index(a[0], "deque")?;
            let d = deque_mut(vm, id);
            if d.maxlen.is_some_and(|m| d.items.len() >= m) {
                return Err(index_error("deque already at its maximum size"));
            }
            let len = d.items.len() as i64;
            let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
            d.items.insert(j as usize, a[1]);
            vm.heap.grew(16);
            Ok(Value::None)
        }
        Kn::Remove => {
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let all = items(vm, id);
            vm.charge(all.len() as u64 / 8)?;
            match find(vm, &all, a[0], 0, all.len())? {
                Some(i) => {
                    let d = deque_mut(vm, id);
                    if i < d.items.len() {
                        d.items.remove(i);
                    }
                    Ok(Value::None)
                }
                None => {
                    let r = vm.repr_mut(a[0])?;
                    Err(value_error(format!("{r} is not in deque")))
                }
            }
        }
        Kn::Reverse => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let d = deque_mut(vm, id);
            d.items.make_contiguous().reverse();
            Ok(Value::None)
        }
        Kn::Copy => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let d = deque_mut(vm, id).clone();
            vm.check_alloc(d.items.len() * 16)?;
            Ok(vm.alloc(Obj::Deque(Box::new(d))))
        }
        _ => Err(Raise::internal("unknown deque method")),
    }
}

/// Normalises an index into a deque of `len` items (CPython's messages).
fn deque_index(vm: &Vm, key: Value, len: usize) -> PyResult<usize> {
    if !vm.is_int(key) {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = vm.to_index(key, "deque")?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}

/// `d[i]`.
pub fn get_item(vm: &Vm, id: HeapId, key: Value) -> PyResult<Value> {
    let Obj::Deque(d) = vm.heap.get(id) else {
        return Err(Raise::internal("not a deque"));
    };
    let i = deque_index(vm, key, d.items.len())?;
    Ok(d.items[i])
}

/// `d[i] = v`.
pub fn set_item(vm: &mut Vm, id: HeapId, key: Value, v: Value) -> PyResult<()> {
    let len = deque_mut(vm, id).items.len();
    let i = deque_index(vm, key, len)?;
    deque_mut(vm, id).items[i] = v;
    Ok(())
}

/// `del d[i]`.
pub fn del_item(vm: &mut Vm, id: HeapId, key: Value) -> PyResult<()> {
    let len = deque_mut(vm, id).items.len();
    let i = deque_index(vm, key, len)?;
    deque_mut(vm, id).items.remove(i);
    Ok(())
}

/// The items of the deque value `v` (empty for other values).
pub fn items_of(vm: &Vm, v: Value) -> Vec<Value> {
    deque_of(vm, v).map_or_else(Vec::new, |d| d.items.iter().copied().collect())
}

/// `repr(d)` given the items' reprs.
pub fn repr(items: &[String], maxlen: Option<usize>) -> String {
    let body = items.join(", ");
    match maxlen {
        Some(m) => format!("deque([{body}], maxlen={m})"),
        None => format!("deque([{body}])"),
    }
}
