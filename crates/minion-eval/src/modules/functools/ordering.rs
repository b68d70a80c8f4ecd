//! `functools.total_ordering` (the comparison methods it adds are `FuncTool::Ordering`
//! objects that bind like functions) and the keys of `cmp_to_key`.

use super::object::FuncTool;
use crate::builtins::Builtin;
use crate::compile::code::CmpOp;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// How a derived method combines the root's result `r` with `==`/`!=`.
#[derive(Clone, Copy)]
enum Rule {
    /// `not r and self != other`
    NotAndNe,
    /// `r or self == other`
    OrEq,
    /// `not r`
    Not,
    /// `not r or self == other`
    NotOrEq,
    /// `r and self != other`
    AndNe,
}

/// CPython's `_convert` table: for each root, the methods it supplies, in order,
/// as (name, root, rule, CPython's function name).
const DERIVED: [(&str, &str, Rule, &str); 12] = [
    ("__gt__", "__lt__", Rule::NotAndNe, "_gt_from_lt"),
    ("__le__", "__lt__", Rule::OrEq, "_le_from_lt"),
    ("__ge__", "__lt__", Rule::Not, "_ge_from_lt"),
    ("__ge__", "__le__", Rule::NotOrEq, "_ge_from_le"),
    ("__lt__", "__le__", Rule::AndNe, "_lt_from_le"),
    ("__gt__", "__le__", Rule::Not, "_gt_from_le"),
    ("__lt__", "__gt__", Rule::NotAndNe, "_lt_from_gt"),
    ("__ge__", "__gt__", Rule::OrEq, "_ge_from_gt"),
    ("__le__", "__gt__", Rule::Not, "_le_from_gt"),
    ("__le__", "__ge__", Rule::NotOrEq, "_le_from_ge"),
    ("__gt__", "__ge__", Rule::AndNe, "_gt_from_ge"),
    ("__lt__", "__ge__", Rule::Not, "_lt_from_ge"),
];

/// The CPython name of derived method `i` (for its repr).
pub fn derived_name(i: u8) -> &'static str {
    DERIVED.get(i as usize).map_or("?", |d| d.3)
}

/// `total_ordering(cls)`: adds the comparison methods `cls` lacks, derived from the
/// one it defines (`__lt__` first, then `__le__`, `__gt__`, `__ge__`, as CPython's
/// `max(roots)` picks).
pub fn total_ordering(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::modules::string::PySig::new("total_ordering", &["cls"], 1).bind(vm, args)?;
    let cls = a.args[0].unwrap_or(Value::None);
    let Value::Ref(cid) = cls else {
        return Err(no_root());
    };
    if !matches!(vm.heap.get(cid), Obj::Class(_)) {
        return Err(no_root());
    }
    let defined = |vm: &mut Vm, name: &str| {
        let sym = vm.interner.intern(name);
        vm.class_lookup(cid, sym).is_some()
    };
    let mut roots = Vec::new();
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        if defined(vm, name) {
            roots.push(name);
        }
    }
    let Some(root) = roots.first().copied() else {
        return Err(no_root());
    };
    for (i, (name, from, _, _)) in DERIVED.iter().enumerate() {
        if *from != root || roots.contains(name) {
            continue;
        }
        let m = vm.alloc(Obj::FuncTool(Box::new(FuncTool::Ordering(i as u8))));
        let sym = vm.interner.intern(name);
        vm.set_attr(cls, sym, m)?;
    }
    Ok(cls)
}

fn no_root() -> Raise {
    value_error("must define at least one ordering operation: < > <= >=")
}

fn is_not_implemented(v: Value) -> bool {
    matches!(v, Value::Builtin(Builtin::NotImplemented))
}

/// Calls derived method `i` with `(self, other)`.
pub fn call_derived(vm: &mut Vm, i: u8, args: Args) -> PyResult<Value> {
    let (name, root, rule, _) = DERIVED[i as usize % DERIVED.len()];
    let a = crate::builtins::ArgParser::new(name, args).positional(2, 2)?;
    let (me, other) = (a[0], a[1]);
    let sym = vm.interner.intern(root);
    let root_fn = vm
        .class_of(me)
        .and_then(|c| vm.class_lookup(c, sym))
        .ok_or_else(|| type_error(format!("'{}' object has no {root}", vm.type_name(me))))?;
    let r = vm.call_value(root_fn, &[me, other], &[])?;
    if is_not_implemented(r) {
        return Ok(r);
    }
    let truth = vm.truthy_mut(r)?;
    match rule {
        Rule::NotAndNe if truth => Ok(Value::Bool(false)),
        Rule::NotAndNe | Rule::AndNe => {
            if matches!(rule, Rule::AndNe) && !truth {
                return Ok(r);
            }
            vm.compare(CmpOp::Ne, me, other)
        }
        Rule::OrEq if truth => Ok(r),
        Rule::OrEq => vm.compare(CmpOp::Eq, me, other),
        Rule::Not => Ok(Value::Bool(!truth)),
        Rule::NotOrEq if !truth => Ok(Value::Bool(true)),
        Rule::NotOrEq => vm.compare(CmpOp::Eq, me, other),
    }
}

/// The `(cmp, obj)` of a `cmp_to_key` key.
fn cmp_key(vm: &Vm, v: Value) -> Option<(Value, Value)> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::FuncTool(f) => match **f {
                FuncTool::CmpKey(c, o) => Some((c, o)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a key made by `cmp_to_key` (sorting must compare it with `<`).
pub fn is_cmp_key(vm: &Vm, v: Value) -> bool {
    cmp_key(vm, v).is_some()
}

/// `a op b` when `a` is a `cmp_to_key` key: `cmp(a.obj, b.obj) op 0`. `None` when
/// neither operand is a key.
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (ka, kb) = (cmp_key(vm, a), cmp_key(vm, b));
    let (Some((cmp, x)), Some((_, y))) = (ka, kb) else {
        if ka.is_none() && kb.is_none() {
            return Ok(None);
        }
        return Err(type_error("other argument must be K instance"));
    };
    let r = vm.call_value(cmp, &[x, y], &[])?;
    vm.compare(op, r, Value::Int(0)).map(Some)
}
