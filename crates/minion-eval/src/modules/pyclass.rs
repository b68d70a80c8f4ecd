//! What the class-making modules (`dataclasses`, `enum`, `typing`, `abc`) share:
//! classes built natively, Python methods whose work is native, and the hooks the VM
//! calls where CPython would consult a metaclass (`Class::flags`).

use std::sync::Arc;

use crate::error::{PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::class::flags;
use crate::objects::{Class, Function, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Builds a class natively (as a `class` statement in module `module` would, without
/// `__init_subclass__`): single inheritance from `base` (a class, a built-in
/// exception type, or `None` for `object`).
pub fn new_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    base: Option<Value>,
    attrs: Vec<(&str, Value)>,
    class_flags: u8,
) -> PyResult<HeapId> {
    let mut dict: Vec<(Sym, Value)> = Vec::with_capacity(attrs.len() + 1);
    let m = vm.new_str(module);
    dict.push((vm.interner.intern("__module__"), m));
    for (k, v) in attrs {
        dict.push((vm.interner.intern(k), v));
    }
    let (bases, mut mro_tail, inherited) = match base {
        None => (vec![], vec![Value::Type(Ty::Object)], 0),
        Some(b @ Value::Ref(id)) => match vm.heap.get(id) {
            Obj::Class(c) => (vec![b], c.mro.clone(), c.flags & flags::INHERITED),
            _ => return Err(Raise::internal("native class base is not a class")),
        },
        Some(b @ Value::Type(t)) => {
            let mut chain = vec![];
            let mut cur = Some(t);
            while let Some(x) = cur {
                chain.push(Value::Type(x));
                cur = x.base();
            }
            (vec![b], chain, 0)
        }
        Some(_) => return Err(Raise::internal("native class base is not a class")),
    };
    let exc_base = mro_tail.iter().find_map(|m| match m {
        Value::Type(t) if t.is_exception() => Some(*t),
        _ => None,
    });
    let id = vm.heap.alloc(Obj::Class(Box::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        bases,
        mro: Vec::new(),
        dict,
        exc_base,
        flags: class_flags | inherited,
    })));
    mro_tail.insert(0, Value::Ref(id));
    if let Obj::Class(c) = vm.heap.get_mut(id) {
        c.mro = mro_tail;
    }
    Ok(id)
}

/// A Python function `name(params)` (qualname `qualname`) whose body is
/// `return native(data, args)`: it binds like any method and reports argument errors
/// exactly as CPython does for a `def` (CPython's `dataclasses` builds its methods
/// with `exec` for the same reason). `params`/`args` are Python source.
pub fn forwarder(
    vm: &mut Vm,
    qualname: &str,
    params: &str,
    args: &str,
    native: Value,
    data: Value,
) -> PyResult<Value> {
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    let sep = if args.is_empty() { "" } else { ", " };
    let src = format!(
        "def __minion_make__(__minion_fn__, __minion_data__):\n    def {name}({params}):\n        return __minion_fn__(__minion_data__{sep}{args})\n    return {name}\n"
    );
    let module = minion_parser::parse_module(&src, "<code>")
        .map_err(|e| Raise::internal(format!("forwarder source: {e}")))?;
    let (code, _module_id) = crate::compile::compile_module(
        &module.body,
        Arc::from(src.as_str()),
        &module.lines,
        &mut vm.heap,
        &mut vm.interner,
    )
    .map_err(|e| Raise::internal(format!("forwarder source: {}", e.message)))?;
    let maker_id = code
        .consts
        .iter()
        .find_map(|c| match c {
            Value::Ref(id) if matches!(vm.heap.get(*id), Obj::Code(_)) => Some(*id),
            _ => None,
        })
        .ok_or_else(|| Raise::internal("forwarder without code"))?;
    let Obj::Code(maker_code) = vm.heap.get(maker_id) else {
        return Err(Raise::internal("forwarder without code"));
    };
    let maker_code = maker_code.clone();
    let maker_name = vm.interner.intern("__minion_make__");
    let maker = vm.alloc(Obj::Function(Box::new(Function {
        code: maker_code,
        code_id: maker_id,
        name: maker_name,
        qualname: "__minion_make__".into(),
        defaults: vec![],
        kwdefaults: vec![],
        closure: vec![],
        attrs: vec![],
    })));
    let f = vm.call_value(maker, &[native, data], &[])?;
    if let Value::Ref(fid) = f {
        if let Obj::Function(func) = vm.heap.get_mut(fid) {
            func.qualname = qualname.to_string();
        }
    }
    Ok(f)
}

/// Sets the positional and keyword-only defaults of function `f`.
pub fn set_defaults(vm: &mut Vm, f: Value, defaults: Vec<Value>, kwdefaults: Vec<(Sym, Value)>) {
    if let Value::Ref(fid) = f {
        if let Obj::Function(func) = vm.heap.get_mut(fid) {
            func.defaults = defaults;
            func.kwdefaults = kwdefaults;
        }
    }
}

/// The exception `cls(msg)` (a class deriving from a built-in exception), to raise.
pub fn raise_class(vm: &mut Vm, cls: HeapId, msg: String) -> Raise {
    let m = vm.new_str(msg);
    match vm.call_value(Value::Ref(cls), &[m], &[]) {
        Ok(Value::Ref(e)) => Raise::Obj(e),
        Ok(_) => Raise::internal("exception class made a non-exception"),
        Err(e) => e,
    }
}

/// The attribute `name` of class `cls` itself (not its bases).
pub fn own_attr(vm: &Vm, cls: HeapId, name: &str) -> Option<Value> {
    let sym = vm.interner.lookup(name)?;
    match vm.heap.get(cls) {
        Obj::Class(c) => c.own(sym),
        _ => None,
    }
}

/// Sets attribute `name` of class `cls`.
pub fn set_class_attr(vm: &mut Vm, cls: HeapId, name: &str, v: Value) {
    let sym = vm.interner.intern(name);
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.set(sym, v);
    }
}

/// Attribute `name` found through the MRO of `cls`.
pub fn lookup(vm: &Vm, cls: HeapId, name: &str) -> Option<Value> {
    let sym = vm.interner.lookup(name)?;
    vm.class_lookup(cls, sym)
}

/// The user class `v` is, if it is one.
pub fn as_class(vm: &Vm, v: Value) -> Option<HeapId> {
    match v {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Class(_)) => Some(id),
        _ => None,
    }
}

/// `BuildClass` with `metaclass=meta`: `type` is ordinary, `abc.ABCMeta` makes an
/// abstract base class; anything else is refused (no metaclasses in this VM).
pub fn apply_metaclass(vm: &mut Vm, cls: HeapId, meta: Value) -> PyResult<()> {
    if matches!(meta, Value::Type(Ty::Type)) {
        return Ok(());
    }
    if super::abc::is_abcmeta(vm, meta) {
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            c.flags |= flags::ABC;
        }
        return Ok(());
    }
    Err(crate::error::unsupported(
        "metaclasses other than abc.ABCMeta",
    ))
}

/// Runs after `BuildClass` made `cls` (whose flags are not 0): enum members, abstract
/// methods.
pub fn class_built(vm: &mut Vm, cls: HeapId) -> PyResult<Option<Value>> {
    let f = vm.class_flags(cls);
    if f & flags::ENUM != 0 {
        super::enum_::class_built(vm, cls)?;
    }
    if f & flags::ABC != 0 {
        super::abc::class_built(vm, cls)?;
    }
    if f & flags::NAMEDTUPLE_SYNTAX != 0 && super::typing::is_namedtuple_syntax(vm, cls) {
        return super::typing::namedtuple_class(vm, cls).map(Some);
    }
    Ok(None)
}

/// Calling class `cls` whose flags include one of `flags::ON_CALL`: an enum lookup
/// by value, the abstract-class error, a `TypedDict`'s dict.
pub fn class_call(vm: &mut Vm, cls: HeapId, args: Args) -> PyResult<Value> {
    let f = vm.class_flags(cls);
    if f & flags::ABSTRACT != 0 {
        return Err(super::abc::instantiation_error(vm, cls));
    }
    if f & flags::ENUM != 0 {
        return super::enum_::call_class(vm, cls, args);
    }
    crate::builtins::call_type(vm, Ty::Dict, args)
}

/// `cls[key]` for a user class: an enum lookup by name, `__class_getitem__`, or a
/// generic alias of a `Generic` class.
pub fn class_subscript(vm: &mut Vm, cls: HeapId, key: Value) -> PyResult<Value> {
    if vm.class_flags(cls) & flags::ENUM != 0 {
        return super::enum_::getitem(vm, cls, key);
    }
    if lookup(vm, cls, "__class_getitem__").is_some() {
        let sym = vm.interner.intern("__class_getitem__");
        let bound = vm.get_attr(Value::Ref(cls), sym)?;
        return vm.call_value(bound, &[key], &[]);
    }
    super::typing::class_alias(vm, cls, key)
}
