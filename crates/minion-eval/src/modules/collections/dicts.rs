//! `defaultdict` and `OrderedDict` (and the dict side of `Counter`): constructors,
//! the methods that differ from `dict`'s, `|`, and the repr of the tagged dicts.

use crate::attrs::Kn;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::dict::DictKind;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

use super::super::string::PySig;

/// Methods of `Counter`: `dict`'s and its own.
pub const COUNTER_METHODS: &[Kn] = &[
    Kn::Get,
    Kn::Setdefault,
    Kn::Pop,
    Kn::Popitem,
    Kn::Update,
    Kn::Items,
    Kn::Keys,
    Kn::Values,
    Kn::Fromkeys,
    Kn::Copy,
    Kn::Clear,
    Kn::MostCommon,
    Kn::Elements,
    Kn::Subtract,
    Kn::Total,
];

/// Methods of `OrderedDict`: `dict`'s and `move_to_end`.
pub const ORDERED_METHODS: &[Kn] = &[
    Kn::Get,
    Kn::Setdefault,
    Kn::Pop,
    Kn::Popitem,
    Kn::Update,
    Kn::Items,
    Kn::Keys,
    Kn::Values,
    Kn::Fromkeys,
    Kn::Copy,
    Kn::Clear,
    Kn::MoveToEnd,
];

/// Sets the tag of dict value `d`.
fn tag(vm: &mut Vm, d: Value, kind: DictKind, factory: Value) {
    if let Value::Ref(id) = d {
        if let Obj::Dict(x) = vm.heap.get_mut(id) {
            x.set_kind(Some(kind), factory);
        }
    }
}

/// Whether `v` can be called (`callable(v)`).
fn is_callable(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Builtin(_) | Value::Tool(_) | Value::ModuleFn(_) | Value::Type(_) => true,
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Function(_) | Obj::NativeMethod(..) | Obj::BoundMethod(..) | Obj::Class(_) => true,
            Obj::Instance(_) => vm.dunder_of(v, "__call__").is_some(),
            _ => false,
        },
        _ => false,
    }
}

/// `defaultdict(default_factory=None, /, ...)`: the rest as for `dict(...)`.
pub fn construct_defaultdict(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let factory = if args.pos.is_empty() {
        Value::None
    } else {
        args.pos.remove(0)
    };
    if !factory.is_none() && !is_callable(vm, factory) {
        return Err(type_error("first argument must be callable or None"));
    }
    let d = crate::builtins::call_type(vm, Ty::Dict, args)?;
    tag(vm, d, DictKind::DefaultDict, factory);
    Ok(d)
}

/// `OrderedDict(...)`: as `dict(...)`.
pub fn construct_ordered(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "expected at most 1 arguments, got {}",
            args.pos.len()
        )));
    }
    let d = crate::builtins::call_type(vm, Ty::Dict, args)?;
    tag(vm, d, DictKind::OrderedDict, Value::None);
    Ok(d)
}

fn dict_mut(vm: &mut Vm, id: HeapId) -> &mut Dict {
    match vm.heap.get_mut(id) {
        Obj::Dict(d) => d,
        _ => unreachable!("checked to be a dict"),
    }
}

/// A method of a tagged dict: the `OrderedDict` ones here, the rest `dict`'s (which
/// keep the tag on `copy`).
pub fn call(vm: &mut Vm, recv: Value, ty: Ty, kn: Kn, args: Args) -> PyResult<Value> {
    match (ty, kn) {
        (Ty::OrderedDict, Kn::MoveToEnd) => {
            let b = PySig::new("move_to_end", &["key", "last"], 1).bind(vm, args)?;
            let key = b.args[0].expect("required");
            let last = match b.args[1] {
                Some(v) => vm.truthy(v)?,
                None => true,
            };
            let id = recv.as_ref().expect("dict");
            let pos = match vm.heap.get(id) {
                Obj::Dict(d) => vm.dict_find(d, key)?,
                _ => None,
            };
            match pos {
                Some(i) => {
                    if !last {
                        // Moving to the front rebuilds the order.
                        let n = vm.dict_of(recv).map_or(0, |d| d.len());
                        vm.charge(n as u64 / 8)?;
                    }
                    dict_mut(vm, id).move_entry(i, last);
                    Ok(Value::None)
                }
                None => Err(Raise::with_arg(Ty::KeyError, key)),
            }
        }
        (Ty::OrderedDict, Kn::Popitem) => {
            let b = PySig::new("popitem", &["last"], 0).bind(vm, args)?;
            let last = match b.args[0] {
                Some(v) => vm.truthy(v)?,
                None => true,
            };
            let id = recv.as_ref().expect("dict");
            let d = dict_mut(vm, id);
            let e = if last { d.pop_last() } else { d.pop_first() };
            match e {
                Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
                None => Err(Raise::new(Ty::KeyError, "dictionary is empty")),
            }
        }
        (Ty::OrderedDict | Ty::DefaultDict, Kn::Fromkeys) => {
            let d = crate::methods::dict_call(vm, recv, kn, args)?;
            if ty == Ty::OrderedDict {
                tag(vm, d, DictKind::OrderedDict, Value::None);
            } else {
                tag(vm, d, DictKind::DefaultDict, Value::None);
            }
            Ok(d)
        }
        _ => crate::methods::dict_call(vm, recv, kn, args),
    }
}

/// `a | b` (and `a |= b`) for dicts where `a` is a `defaultdict` or `OrderedDict`
/// (or `b` is and `a` a plain dict): a copy of `a` of `a`'s kind, updated from `b`.
pub fn union(vm: &mut Vm, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let target = if inplace {
        a
    } else {
        let copy = vm.dict_of(a).cloned().unwrap_or_default();
        vm.check_alloc(copy.heap_bytes())?;
        vm.alloc(Obj::Dict(copy))
    };
    vm.dict_update_from(target, b, false)?;
    Ok(target)
}

/// The entries of a tagged dict in the order its repr shows them: a Counter's by
/// count, largest first (insertion order if counts do not compare).
pub fn repr_order(vm: &Vm, d: &Dict) -> Vec<(Value, Value)> {
    let mut items: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
    if d.kind() == Some(DictKind::Counter) {
        let mut sorted = items.clone();
        if super::counter::sort_by_count(vm, &mut sorted).is_ok() {
            items = sorted;
        }
    }
    items
}

impl Vm {
    /// `repr()` of a tagged dict holding user-class instances (their `__repr__` runs).
    pub(crate) fn render_tagged_dict_mut(&mut self, id: HeapId, depth: usize) -> PyResult<String> {
        let Obj::Dict(d) = self.heap.get(id) else {
            return Err(Raise::internal("not a dict"));
        };
        let items = repr_order(self, d);
        let Some(extra) = d.extra().copied() else {
            return Err(Raise::internal("not a tagged dict"));
        };
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in items {
            let k = self.render_mut(k, false, depth + 1)?;
            let v = self.render_mut(v, false, depth + 1)?;
            parts.push((k, v));
        }
        let braced = || {
            let body: Vec<String> = parts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("{{{}}}", body.join(", "))
        };
        Ok(match extra.kind {
            DictKind::Counter if parts.is_empty() => "Counter()".to_string(),
            DictKind::Counter => format!("Counter({})", braced()),
            DictKind::DefaultDict => {
                let f = self.render_mut(extra.factory, false, depth + 1)?;
                format!("defaultdict({f}, {})", braced())
            }
            DictKind::OrderedDict if parts.is_empty() => "OrderedDict()".to_string(),
            DictKind::OrderedDict => {
                let body: Vec<String> = parts.iter().map(|(k, v)| format!("({k}, {v})")).collect();
                format!("OrderedDict([{}])", body.join(", "))
            }
        })
    }

    /// `repr()` of a `Counter`, `defaultdict` or `OrderedDict`.
    pub(crate) fn repr_tagged_dict(
        &self,
        id: HeapId,
        out: &mut String,
        seen: &mut Vec<HeapId>,
    ) -> PyResult<()> {
        let Obj::Dict(d) = self.heap.get(id) else {
            return Err(Raise::internal("not a dict"));
        };
        let items = repr_order(self, d);
        let extra = d.extra().copied();
        let Some(extra) = extra else {
            return Err(Raise::internal("not a tagged dict"));
        };
        if seen.contains(&id) {
            // CPython guards the dict part: `defaultdict(<class 'list'>, {...})`.
            if extra.kind == DictKind::DefaultDict {
                out.push_str("defaultdict(");
                self.repr_into(extra.factory, out, seen)?;
                out.push_str(", {...})");
            } else {
                out.push_str("...");
            }
            return Ok(());
        }
        seen.push(id);
        let pairs_braced = |vm: &Vm, out: &mut String, seen: &mut Vec<HeapId>| -> PyResult<()> {
            out.push('{');
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                vm.repr_into(*k, out, seen)?;
                out.push_str(": ");
                vm.repr_into(*v, out, seen)?;
            }
            out.push('}');
            Ok(())
        };
        let r = match extra.kind {
            DictKind::Counter => {
                out.push_str("Counter(");
                if !items.is_empty() {
                    pairs_braced(self, out, seen)?;
                }
                out.push(')');
                Ok(())
            }
            DictKind::DefaultDict => {
                out.push_str("defaultdict(");
                self.repr_into(extra.factory, out, seen)?;
                out.push_str(", ");
                pairs_braced(self, out, seen)?;
                out.push(')');
                Ok(())
            }
            DictKind::OrderedDict => {
                out.push_str("OrderedDict(");
                if !items.is_empty() {
                    out.push('[');
                    for (i, (k, v)) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push('(');
                        self.repr_into(*k, out, seen)?;
                        out.push_str(", ");
                        self.repr_into(*v, out, seen)?;
                        out.push(')');
                    }
                    out.push(']');
                }
                out.push(')');
                Ok(())
            }
        };
        seen.pop();
        r
    }
}
