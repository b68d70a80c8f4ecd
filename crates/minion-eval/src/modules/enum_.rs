//! The `enum` module: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`,
//! `unique`, as CPython 3.11.
//!
//! There are no metaclasses here, so what CPython's `EnumType` does lives behind
//! `flags::ENUM` on the class: when a subclass is built, `class_built` turns its plain
//! attributes into members (instances of the class holding `_name_`/`_value_`; aliases
//! share the first member with their value) and records `_member_names_`,
//! `_member_map_` (also `__members__`) and `_value2member_map_`. The VM sends calling
//! (`Color(1)`), subscripting (`Color['RED']`), iteration, `len` and `in` on such a
//! class here. The members' dunders (`__repr__`, `__str__`, `__format__`, `__hash__`,
//! and for `IntEnum`/`StrEnum`/flags the operators on their value) are forwarders
//! (`pyclass::forwarder`) to [`op`].
//!
//! Not supported: the functional API (`Enum('Color', 'RED GREEN')`), `Flag`
//! boundaries, `_ignore_`, `__new__` on members; `IntEnum` members are not `int`s
//! (`isinstance(m, int)` is false, `range(m)` refuses them) and they hash by their
//! value only through `hash()`, not as dict keys.

use super::pyclass::{self, as_class, forwarder, new_class, own_attr, set_class_attr};
use super::ModuleFn;
use crate::builtins::{ArgParser, Builtin};
use crate::compile::code::{BinOp, CmpOp, UnOp};
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::class::flags;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The kinds of enum base (`_enum_kind_` on the module's classes).
const KIND_ENUM: i64 = 0;
const KIND_INT: i64 = 1;
const KIND_STR: i64 = 2;
const KIND_FLAG: i64 = 3;
const KIND_INTFLAG: i64 = 4;

/// What a member dunder forwarder does.
#[derive(Clone, Copy)]
enum Op {
    Repr,
    Str,
    Format,
    Hash,
    Getattr,
    Bin(BinOp, bool),
    Cmp(CmpOp),
    Un(UnOp),
    Len,
    Contains,
    Getitem,
    Iter,
    Bool,
}

/// The forwarders, by index (the `data` each one passes to [`op`]).
const OPS: &[(&str, &str, Op)] = &[
    ("__repr__", "self", Op::Repr),
    ("__str__", "self", Op::Str),
    ("__format__", "self, format_spec", Op::Format),
    ("__hash__", "self", Op::Hash),
    ("__getattr__", "self, name", Op::Getattr),
    ("__eq__", "self, other", Op::Cmp(CmpOp::Eq)),
    ("__ne__", "self, other", Op::Cmp(CmpOp::Ne)),
    ("__lt__", "self, other", Op::Cmp(CmpOp::Lt)),
    ("__le__", "self, other", Op::Cmp(CmpOp::Le)),
    ("__gt__", "self, other", Op::Cmp(CmpOp::Gt)),
    ("__ge__", "self, other", Op::Cmp(CmpOp::Ge)),
    ("__add__", "self, other", Op::Bin(BinOp::Add, false)),
    ("__radd__", "self, other", Op::Bin(BinOp::Add, true)),
    ("__sub__", "self, other", Op::Bin(BinOp::Sub, false)),
    ("__rsub__", "self, other", Op::Bin(BinOp::Sub, true)),
    ("__mul__", "self, other", Op::Bin(BinOp::Mul, false)),
    ("__rmul__", "self, other", Op::Bin(BinOp::Mul, true)),
    ("__truediv__", "self, other", Op::Bin(BinOp::TrueDiv, false)),
    ("__rtruediv__", "self, other", Op::Bin(BinOp::TrueDiv, true)),
    (
        "__floordiv__",
        "self, other",
        Op::Bin(BinOp::FloorDiv, false),
    ),
    (
        "__rfloordiv__",
        "self, other",
        Op::Bin(BinOp::FloorDiv, true),
    ),
    ("__mod__", "self, other", Op::Bin(BinOp::Mod, false)),
    ("__rmod__", "self, other", Op::Bin(BinOp::Mod, true)),
    ("__pow__", "self, other", Op::Bin(BinOp::Pow, false)),
    ("__rpow__", "self, other", Op::Bin(BinOp::Pow, true)),
    ("__lshift__", "self, other", Op::Bin(BinOp::LShift, false)),
    ("__rshift__", "self, other", Op::Bin(BinOp::RShift, false)),
    ("__and__", "self, other", Op::Bin(BinOp::BitAnd, false)),
    ("__rand__", "self, other", Op::Bin(BinOp::BitAnd, true)),
    ("__or__", "self, other", Op::Bin(BinOp::BitOr, false)),
    ("__ror__", "self, other", Op::Bin(BinOp::BitOr, true)),
    ("__xor__", "self, other", Op::Bin(BinOp::BitXor, false)),
    ("__rxor__", "self, other", Op::Bin(BinOp::BitXor, true)),
    ("__neg__", "self", Op::Un(UnOp::Neg)),
    ("__pos__", "self", Op::Un(UnOp::Pos)),
    ("__invert__", "self", Op::Un(UnOp::Invert)),
    ("__len__", "self", Op::Len),
    ("__contains__", "self, item", Op::Contains),
    ("__getitem__", "self, key", Op::Getitem),
    ("__iter__", "self", Op::Iter),
    ("__bool__", "self", Op::Bool),
];

/// The dunders each base adds (names from `OPS`).
const ENUM_OPS: &[&str] = &["__repr__", "__str__", "__format__", "__hash__"];
const VALUE_CMP: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
const INT_OPS: &[&str] = &[
    "__getattr__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__bool__",
];
const STR_OPS: &[&str] = &[
    "__getattr__",
    "__add__",
    "__radd__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__len__",
    "__contains__",
    "__getitem__",
    "__iter__",
];
const FLAG_OPS: &[&str] = &[
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__invert__",
    "__contains__",
    "__iter__",
    "__len__",
    "__bool__",
];

fn forwarders(vm: &mut Vm, class: &str, names: &[&str]) -> Vec<(&'static str, Value)> {
    let mut out = vec![];
    for (i, (name, params, _)) in OPS.iter().enumerate() {
        if !names.contains(name) {
            continue;
        }
        let args = params.trim_start_matches("self").trim_start_matches(", ");
        let args = if args.is_empty() {
            "self".to_string()
        } else {
            format!("self, {args}")
        };
        if let Ok(f) = forwarder(
            vm,
            &format!("{class}.{name}"),
            params,
            &args,
            Value::ModuleFn(ModuleFn::EnumOp),
            Value::Int(i as i64),
        ) {
            out.push((*name, f));
        }
    }
    out
}

/// The module's classes (`Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`).
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut out = vec![];
    let name_p = vm.alloc(Obj::Property(Box::new([
        Value::ModuleFn(ModuleFn::EnumName),
        Value::None,
        Value::None,
    ])));
    let value_p = vm.alloc(Obj::Property(Box::new([
        Value::ModuleFn(ModuleFn::EnumValue),
        Value::None,
        Value::None,
    ])));
    let mut attrs = vec![
        ("name", name_p),
        ("value", value_p),
        ("_enum_kind_", Value::Int(KIND_ENUM)),
    ];
    attrs.extend(forwarders(vm, "Enum", ENUM_OPS));
    let mk = |vm: &mut Vm, name: &str, base: Option<Value>, attrs, fl| {
        new_class(vm, name, "enum", base, attrs, fl)
            .map(Value::Ref)
            .unwrap_or(Value::None)
    };
    let enum_cls = mk(vm, "Enum", None, attrs, flags::ENUM);
    let mut int_attrs = vec![("_enum_kind_", Value::Int(KIND_INT))];
    int_attrs.extend(forwarders(vm, "IntEnum", VALUE_CMP));
    int_attrs.extend(forwarders(vm, "IntEnum", INT_OPS));
    let int_enum = mk(vm, "IntEnum", Some(enum_cls), int_attrs, 0);
    let mut str_attrs = vec![("_enum_kind_", Value::Int(KIND_STR))];
    str_attrs.extend(forwarders(vm, "StrEnum", VALUE_CMP));
    str_attrs.extend(forwarders(vm, "StrEnum", STR_OPS));
    let str_enum = mk(vm, "StrEnum", Some(enum_cls), str_attrs, 0);
    let mut flag_attrs = vec![("_enum_kind_", Value::Int(KIND_FLAG))];
    flag_attrs.extend(forwarders(vm, "Flag", FLAG_OPS));
    let flag = mk(vm, "Flag", Some(enum_cls), flag_attrs, 0);
    let mut intflag_attrs = vec![("_enum_kind_", Value::Int(KIND_INTFLAG))];
    intflag_attrs.extend(forwarders(vm, "IntFlag", VALUE_CMP));
    intflag_attrs.extend(forwarders(vm, "IntFlag", INT_OPS));
    let int_flag = mk(vm, "IntFlag", Some(flag), intflag_attrs, 0);
    let auto = mk(vm, "auto", None, vec![], 0);
    out.push(("Enum", enum_cls));
    out.push(("EnumType", Value::Type(Ty::Type)));
    out.push(("EnumMeta", Value::Type(Ty::Type)));
    out.push(("IntEnum", int_enum));
    out.push(("StrEnum", str_enum));
    out.push(("Flag", flag));
    out.push(("IntFlag", int_flag));
    out.push(("auto", auto));
    out
}

/// Calls `enum` function `f`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::EnumName | ModuleFn::EnumValue => {
            let a = ArgParser::new(f.name(), args).positional(1, 1)?;
            let which = if f == ModuleFn::EnumName {
                "_name_"
            } else {
                "_value_"
            };
            Ok(member_attr(vm, a[0], which).unwrap_or(Value::None))
        }
        ModuleFn::EnumUnique => {
            let a = ArgParser::new("unique", args).positional(1, 1)?;
            unique(vm, a[0])
        }
        ModuleFn::EnumOp => op(vm, args),
        _ => Err(Raise::internal("not an enum function")),
    }
}

/// `_name_`/`_value_` of member `m`.
fn member_attr(vm: &mut Vm, m: Value, which: &str) -> Option<Value> {
    let sym = vm.interner.intern(which);
    match m {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Instance(i) => i.get(sym),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a member of some enum.
fn is_member(vm: &Vm, v: Value) -> bool {
    vm.class_of(v)
        .is_some_and(|c| vm.class_flags(c) & flags::ENUM != 0)
        && matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Instance(_)))
}

/// The value behind `v` if it is a member, else `v`.
fn raw(vm: &mut Vm, v: Value) -> Value {
    if is_member(vm, v) {
        member_attr(vm, v, "_value_").unwrap_or(v)
    } else {
        v
    }
}

fn kind_of(vm: &Vm, cls: HeapId) -> i64 {
    match pyclass::lookup(vm, cls, "_enum_kind_") {
        Some(Value::Int(k)) => k,
        _ => KIND_ENUM,
    }
}

fn class_display(vm: &Vm, cls: HeapId) -> String {
    vm.class_name(Value::Ref(cls)).to_string()
}

/// `_member_names_` of `cls` as the member values, in definition order.
fn members(vm: &mut Vm, cls: HeapId) -> PyResult<Vec<Value>> {
    let names = pyclass::lookup(vm, cls, "_member_names_");
    let map = pyclass::lookup(vm, cls, "_member_map_");
    let (Some(names), Some(Value::Ref(map))) = (names, map) else {
        return Ok(vec![]);
    };
    let names = vm.seq_items(names);
    let mut out = Vec::with_capacity(names.len());
    for n in names {
        if let Some(m) = vm.dict_get(map, n)? {
            out.push(m);
        }
    }
    Ok(out)
}

/// After `class X(Enum): ...`: turns the class's plain attributes into members.
pub fn class_built(vm: &mut Vm, cls: HeapId) -> PyResult<()> {
    let cls_v = Value::Ref(cls);
    let bases: Vec<Value> = match vm.heap.get(cls) {
        Obj::Class(c) => c.bases.clone(),
        _ => vec![],
    };
    for b in &bases {
        if let Some(bid) = as_class(vm, *b) {
            if !members(vm, bid)?.is_empty() {
                return Err(type_error(format!(
                    "<enum '{}'> cannot extend <enum '{}'>",
                    class_display(vm, cls),
                    class_display(vm, bid)
                )));
            }
        }
    }
    let kind = kind_of(vm, cls);
    let auto_cls = module_class(vm, "auto");
    let entries: Vec<(crate::intern::Sym, Value)> = match vm.heap.get(cls) {
        Obj::Class(c) => c.dict.clone(),
        _ => vec![],
    };
    let gen_next = own_attr(vm, cls, "_generate_next_value_");
    let user_init = pyclass::lookup(vm, cls, "__init__");
    let mut names: Vec<Value> = vec![];
    let map = vm.alloc(Obj::Dict(Dict::new()));
    let map_id = map.as_ref().expect("dict");
    let v2m = vm.alloc(Obj::Dict(Dict::new()));
    let v2m_id = v2m.as_ref().expect("dict");
    let mut values: Vec<Value> = vec![];
    let mut canon: Vec<(Value, Value)> = vec![];
    for (sym, v) in entries {
        let n = vm.interner.name(sym).to_string();
        let dunder = n.starts_with("__") && n.ends_with("__");
        let sunder = n.len() > 2 && n.starts_with('_') && n.ends_with('_');
        let private = n.starts_with(&format!("_{}__", class_display(vm, cls)));
        if dunder || sunder || private || is_descriptor(vm, v) {
            continue;
        }
        vm.charge(1)?;
        let mut value = v;
        if auto_cls.is_some_and(|a| vm.class_of(v) == Some(a)) {
            value = next_value(vm, gen_next, kind, &n, &values)?;
        }
        if kind == KIND_STR && !vm.is_str(value) {
            let r = vm.repr_mut(value)?;
            return Err(type_error(format!("{r} is not a string")));
        }
        // An alias: the same value as an earlier member.
        let mut alias = None;
        for (cv, m) in &canon {
            if vm.eq_mut(*cv, value)? {
                alias = Some(*m);
                break;
            }
        }
        let key = vm.new_str(n.clone());
        let member = match alias {
            Some(m) => m,
            None => {
                let m = vm.new_instance(cls);
                let name_s = vm.interner.intern("_name_");
                let value_s = vm.interner.intern("_value_");
                let stored = match user_init {
                    // A tuple value is the arguments of the enum's own `__init__`; the
                    // member's value stays the tuple (CPython, without `__new__`).
                    Some(_) => value,
                    None => value,
                };
                if let Value::Ref(mid) = m {
                    if let Obj::Instance(i) = vm.heap.get_mut(mid) {
                        i.set(value_s, stored);
                        i.set(name_s, key);
                    }
                }
                if let Some(init) = user_init {
                    let is_fn =
                        matches!(init, Value::Ref(f) if matches!(vm.heap.get(f), Obj::Function(_)));
                    if is_fn {
                        let mut args = vec![m];
                        match value {
                            Value::Ref(t) if matches!(vm.heap.get(t), Obj::Tuple(_)) => {
                                args.extend(vm.seq_items(value))
                            }
                            _ => args.push(value),
                        }
                        vm.call_value(init, &args, &[])?;
                    }
                }
                canon.push((value, m));
                values.push(value);
                names.push(key);
                if vm.hash_value(value).is_ok() {
                    vm.dict_set(v2m_id, value, m)?;
                }
                m
            }
        };
        vm.dict_set(map_id, key, member)?;
        set_class_attr(vm, cls, &n, member);
    }
    let names = vm.new_list(names);
    set_class_attr(vm, cls, "_member_names_", names);
    set_class_attr(vm, cls, "_member_map_", map);
    set_class_attr(vm, cls, "_value2member_map_", v2m);
    set_class_attr(vm, cls, "__members__", map);
    let _ = cls_v;
    Ok(())
}

fn module_class(vm: &mut Vm, name: &str) -> Option<HeapId> {
    let m = super::load(vm, "enum")?;
    let sym = vm.interner.intern(name);
    let v = match m {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Namespace(ns) => ns.1.iter().find(|(k, _)| *k == sym).map(|(_, v)| *v),
            _ => None,
        },
        _ => None,
    }?;
    as_class(vm, v)
}

/// Functions, class/static methods, properties and nested classes are not members.
fn is_descriptor(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Ref(id) => matches!(
            vm.heap.get(id),
            Obj::Function(_)
                | Obj::ClassMethod(_)
                | Obj::StaticMethod(_)
                | Obj::Property(_)
                | Obj::Class(_)
        ),
        Value::Builtin(_) | Value::ModuleFn(_) | Value::Type(_) => true,
        _ => false,
    }
}

/// The value of an `auto()` member (`_generate_next_value_`).
fn next_value(
    vm: &mut Vm,
    user: Option<Value>,
    kind: i64,
    name: &str,
    last: &[Value],
) -> PyResult<Value> {
    if let Some(f) = user {
        let f = match f {
            Value::Ref(id) => match vm.heap.get(id) {
                Obj::StaticMethod(g) => *g,
                _ => f,
            },
            _ => f,
        };
        let n = vm.new_str(name);
        let count = Value::Int(last.len() as i64);
        let l = vm.new_list(last.to_vec());
        return vm.call_value(f, &[n, Value::Int(1), count, l], &[]);
    }
    if kind == KIND_STR {
        return Ok(vm.new_str(name.to_lowercase()));
    }
    if last.is_empty() {
        return Ok(Value::Int(1));
    }
    let mut max = last[0];
    for v in &last[1..] {
        let gt = vm.compare(CmpOp::Gt, *v, max)?;
        if vm.truthy_mut(gt)? {
            max = *v;
        }
    }
    if kind == KIND_FLAG || kind == KIND_INTFLAG {
        let Value::Int(m) = max else {
            return Err(type_error(format!("invalid flag value {}", vm.repr(max)?)));
        };
        let bits = 64 - m.leading_zeros();
        return Ok(Value::Int(1i64 << bits.min(62)));
    }
    vm.binary_op(BinOp::Add, max, Value::Int(1))
}

/// `Color(value)`: the member with that value (or `_missing_`'s answer).
pub fn call_class(vm: &mut Vm, cls: HeapId, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(crate::error::unsupported(
            "the enum functional API (calling an Enum class with other than one value)",
        ));
    }
    let value = args.pos[0];
    if vm.class_of(value).is_some_and(|c| c == cls) {
        return Ok(value);
    }
    if let Some(m) = lookup_value(vm, cls, value)? {
        return Ok(m);
    }
    let kind = kind_of(vm, cls);
    if (kind == KIND_FLAG || kind == KIND_INTFLAG) && matches!(value, Value::Int(_)) {
        if let Some(m) = composite(vm, cls, value)? {
            return Ok(m);
        }
    }
    if let Some(missing) = pyclass::lookup(vm, cls, "_missing_") {
        let sym = vm.interner.intern("_missing_");
        let bound = vm.get_attr(Value::Ref(cls), sym)?;
        let _ = missing;
        let r = vm.call_value(bound, &[value], &[])?;
        if !r.is_none() {
            return Ok(r);
        }
    }
    let r = vm.repr_mut(value)?;
    Err(value_error(format!(
        "{r} is not a valid {}",
        vm.class_name(Value::Ref(cls))
    )))
}

fn lookup_value(vm: &mut Vm, cls: HeapId, value: Value) -> PyResult<Option<Value>> {
    if let Some(Value::Ref(map)) = pyclass::lookup(vm, cls, "_value2member_map_") {
        if vm.hash_value(value).is_ok() {
            if let Some(m) = vm.dict_get(map, value)? {
                return Ok(Some(m));
            }
        }
    }
    // Unhashable values: a linear search (as CPython).
    for m in members(vm, cls)? {
        let v = member_attr(vm, m, "_value_").unwrap_or(Value::None);
        if vm.eq_mut(v, value)? {
            return Ok(Some(m));
        }
    }
    Ok(None)
}

/// A flag value made of several members (`Perm.R | Perm.W`), created and cached.
fn composite(vm: &mut Vm, cls: HeapId, value: Value) -> PyResult<Option<Value>> {
    let Value::Int(v) = value else {
        return Ok(None);
    };
    let mut covered = 0i64;
    let mut parts = vec![];
    for m in members(vm, cls)? {
        if let Some(Value::Int(mv)) = member_attr(vm, m, "_value_") {
            if mv > 0 && mv & (mv - 1) == 0 && v & mv == mv {
                covered |= mv;
                let n = member_attr(vm, m, "_name_").unwrap_or(Value::None);
                parts.push(vm.str_ref(n)?.to_string());
            }
        }
    }
    let kind = kind_of(vm, cls);
    if covered != v && kind != KIND_INTFLAG {
        return Ok(None);
    }
    let m = vm.new_instance(cls);
    let name = if parts.is_empty() {
        Value::None
    } else {
        vm.new_str(parts.join("|"))
    };
    let (ns, vs) = (vm.interner.intern("_name_"), vm.interner.intern("_value_"));
    if let Value::Ref(mid) = m {
        if let Obj::Instance(i) = vm.heap.get_mut(mid) {
            i.set(vs, value);
            i.set(ns, name);
        }
    }
    if let Some(Value::Ref(map)) = pyclass::lookup(vm, cls, "_value2member_map_") {
        vm.dict_set(map, value, m)?;
    }
    Ok(Some(m))
}

/// `Color['RED']`.
pub fn getitem(vm: &mut Vm, cls: HeapId, key: Value) -> PyResult<Value> {
    if let Some(Value::Ref(map)) = pyclass::lookup(vm, cls, "_member_map_") {
        if vm.hash_value(key).is_ok() {
            if let Some(m) = vm.dict_get(map, key)? {
                return Ok(m);
            }
        }
    }
    Err(Raise::with_arg(Ty::KeyError, key))
}

/// `iter(Color)`: the members (not aliases) in definition order.
pub fn iter_class(vm: &mut Vm, cls: HeapId) -> PyResult<Value> {
    let ms = members(vm, cls)?;
    let l = vm.new_list(ms);
    vm.get_iter(l)
}

/// `len(Color)`.
pub fn len_class(vm: &Vm, cls: HeapId) -> usize {
    match pyclass::lookup(vm, cls, "_member_names_") {
        Some(Value::Ref(id)) => match vm.heap.get(id) {
            Obj::List(l) => l.len(),
            _ => 0,
        },
        _ => 0,
    }
}

/// `x in Color`: members by identity; other values raise `TypeError` (3.11).
pub fn contains_class(vm: &mut Vm, cls: HeapId, item: Value) -> PyResult<bool> {
    if is_member(vm, item) {
        return Ok(vm.class_of(item) == Some(cls) && members(vm, cls)?.iter().any(|m| m.is(item)));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for 'in': '{}' and 'EnumType'",
        vm.type_name(item)
    )))
}

/// Assigning or deleting attribute `name` on member `obj` or enum class `cls`.
pub fn check_set(vm: &mut Vm, target: Value, name: &str, deleting: bool) -> PyResult<()> {
    if let Some(cls) = as_class(vm, target) {
        let is_member_name = pyclass::lookup(vm, cls, "_member_map_")
            .and_then(|m| vm.dict_of(m).map(|d| d.len()))
            .is_some()
            && own_attr(vm, cls, name).is_some_and(|v| is_member(vm, v));
        if is_member_name {
            let cname = class_display(vm, cls);
            return Err(Raise::new(
                Ty::AttributeError,
                if deleting {
                    format!("'{cname}' cannot delete member '{name}'.")
                } else {
                    format!("cannot reassign member '{name}'")
                },
            ));
        }
        return Ok(());
    }
    if matches!(name, "name" | "value" | "_name_" | "_value_") {
        return Err(Raise::new(
            Ty::AttributeError,
            format!("<enum 'Enum'> cannot set attribute '{name}'"),
        ));
    }
    Ok(())
}

/// `@unique`: refuses aliases.
fn unique(vm: &mut Vm, cls_v: Value) -> PyResult<Value> {
    let Some(cls) = as_class(vm, cls_v) else {
        return Ok(cls_v);
    };
    let mut dups = vec![];
    if let Some(Value::Ref(map)) = pyclass::lookup(vm, cls, "_member_map_") {
        let pairs: Vec<(Value, Value)> = match vm.heap.get(map) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        };
        for (k, m) in pairs {
            let canon = member_attr(vm, m, "_name_").unwrap_or(Value::None);
            if !vm.eq(canon, k)? {
                dups.push(format!("{} -> {}", vm.str_ref(k)?, vm.str_ref(canon)?));
            }
        }
    }
    if !dups.is_empty() {
        return Err(value_error(format!(
            "duplicate values found in <enum '{}'>: {}",
            class_display(vm, cls),
            dups.join(", ")
        )));
    }
    Ok(cls_v)
}

fn not_implemented() -> Value {
    Value::Builtin(Builtin::NotImplemented)
}

/// `str(member)` as CPython 3.11: `Color.RED` for `Enum`/`Flag`, the value's `str`
/// for `IntEnum`, `StrEnum` and `IntFlag`.
fn member_str(vm: &mut Vm, m: Value) -> PyResult<String> {
    let cls = vm.class_of(m).ok_or_else(|| Raise::internal("enum str"))?;
    let kind = kind_of(vm, cls);
    let value = member_attr(vm, m, "_value_").unwrap_or(Value::None);
    if matches!(kind, KIND_INT | KIND_STR | KIND_INTFLAG) {
        return vm.str_mut(value);
    }
    let name = member_attr(vm, m, "_name_").unwrap_or(Value::None);
    let cname = class_display(vm, cls);
    if name.is_none() {
        return Ok(format!("{cname}({})", vm.repr_mut(value)?));
    }
    Ok(format!("{cname}.{}", vm.str_ref(name)?))
}

/// The member dunders (`OPS[data]`).
fn op(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(&me)) = (args.pos.first().copied(), args.pos.get(1)) else {
        return Err(Raise::internal("enum forwarder arity"));
    };
    let other = args.pos.get(2).copied().unwrap_or(Value::None);
    let (_, _, what) = OPS
        .get(i as usize)
        .copied()
        .ok_or_else(|| Raise::internal("enum op"))?;
    let cls = vm
        .class_of(me)
        .ok_or_else(|| Raise::internal("enum op receiver"))?;
    let kind = kind_of(vm, cls);
    let value = member_attr(vm, me, "_value_").unwrap_or(Value::None);
    match what {
        Op::Repr => {
            let name = member_attr(vm, me, "_name_").unwrap_or(Value::None);
            let cname = class_display(vm, cls);
            let vr = vm.repr_mut(value)?;
            let s = if name.is_none() {
                format!("<{cname}: {vr}>")
            } else {
                format!("<{cname}.{}: {vr}>", vm.str_ref(name)?)
            };
            Ok(vm.new_str(s))
        }
        Op::Str => {
            let s = member_str(vm, me)?;
            Ok(vm.new_str(s))
        }
        Op::Format => {
            let spec = vm.str_ref(other)?.to_string();
            let s = if matches!(kind, KIND_INT | KIND_STR | KIND_INTFLAG) {
                vm.format_value(value, &spec)?
            } else {
                let s = member_str(vm, me)?;
                let sv = vm.new_str(s);
                vm.format_value(sv, &spec)?
            };
            Ok(vm.new_str(s))
        }
        Op::Hash => {
            let h = if matches!(kind, KIND_INT | KIND_STR | KIND_INTFLAG) {
                vm.hash_value(value)?
            } else {
                let n = member_attr(vm, me, "_name_").unwrap_or(Value::None);
                vm.hash_value(n)?
            };
            Ok(Value::Int(h as i64))
        }
        Op::Getattr => {
            let name = vm.str_ref(other)?.to_string();
            let sym = vm.interner.intern(&name);
            match vm.get_attr(value, sym) {
                Ok(v) => Ok(v),
                Err(_) => Err(crate::error::no_attribute(&class_display(vm, cls), &name)),
            }
        }
        Op::Cmp(c) => {
            let o = raw(vm, other);
            vm.compare(c, value, o)
        }
        Op::Bin(b, reflected) => {
            let o = raw(vm, other);
            let is_flag = matches!(kind, KIND_FLAG | KIND_INTFLAG);
            let bitwise = matches!(b, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
            if kind == KIND_FLAG && !(bitwise && vm.class_of(other) == Some(cls)) {
                return Ok(not_implemented());
            }
            let r = if reflected {
                vm.binary_op(b, o, value)
            } else {
                vm.binary_op(b, value, o)
            };
            let r = match r {
                Ok(r) => r,
                Err(e) if e.is_catchable() => return Ok(not_implemented()),
                Err(e) => return Err(e),
            };
            if is_flag && bitwise {
                return call_class(vm, cls, Args::positional(vec![r]));
            }
            Ok(r)
        }
        Op::Un(u) => {
            if matches!(kind, KIND_FLAG | KIND_INTFLAG) && u == UnOp::Invert {
                let mut all = 0i64;
                for m in members(vm, cls)? {
                    if let Some(Value::Int(v)) = member_attr(vm, m, "_value_") {
                        all |= v;
                    }
                }
                let Value::Int(v) = value else {
                    return Err(type_error("bad flag value"));
                };
                return call_class(vm, cls, Args::positional(vec![Value::Int(all & !v)]));
            }
            vm.unary_op(u, value)
        }
        Op::Len => {
            if matches!(kind, KIND_FLAG | KIND_INTFLAG) {
                let parts = flag_parts(vm, cls, value)?;
                return Ok(Value::Int(parts.len() as i64));
            }
            Ok(Value::Int(vm.py_len(value)? as i64))
        }
        Op::Contains => {
            if matches!(kind, KIND_FLAG | KIND_INTFLAG) {
                let o = raw(vm, other);
                let (Value::Int(a), Value::Int(b)) = (value, o) else {
                    return Err(type_error(format!(
                        "unsupported operand type(s) for 'in': '{}' and '{}'",
                        vm.type_name(other),
                        class_display(vm, cls)
                    )));
                };
                return Ok(Value::Bool(a & b == b));
            }
            let o = raw(vm, other);
            Ok(Value::Bool(vm.contains(value, o)?))
        }
        Op::Getitem => vm.get_item(value, other),
        Op::Iter => {
            if matches!(kind, KIND_FLAG | KIND_INTFLAG) {
                let parts = flag_parts(vm, cls, value)?;
                let l = vm.new_list(parts);
                return vm.get_iter(l);
            }
            vm.get_iter(value)
        }
        Op::Bool => Ok(Value::Bool(vm.truthy(value)?)),
    }
}

/// The single-bit members contained in flag value `value`, in definition order.
fn flag_parts(vm: &mut Vm, cls: HeapId, value: Value) -> PyResult<Vec<Value>> {
    let Value::Int(v) = value else {
        return Ok(vec![]);
    };
    let mut out = vec![];
    for m in members(vm, cls)? {
        if let Some(Value::Int(mv)) = member_attr(vm, m, "_value_") {
            if mv > 0 && mv & (mv - 1) == 0 && v & mv == mv {
                out.push(m);
            }
        }
    }
    Ok(out)
}
