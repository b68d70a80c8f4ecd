//! The `dataclasses` module: `@dataclass` reads the class's `__annotations__` and adds
//! `__init__`, `__repr__`, `__eq__`, the order methods and `__hash__` as CPython 3.11's
//! `dataclasses.py` does; `field`, `fields`, `asdict`, `astuple`, `replace`,
//! `is_dataclass`, `InitVar`, `KW_ONLY`, `MISSING`, `FrozenInstanceError`.
//!
//! The generated methods are small compiled `def`s forwarding to natives here
//! (`pyclass::forwarder`): `__init__` has the fields as its real parameters (defaults
//! included), so argument errors are CPython's own (`Point.__init__() missing 1
//! required positional argument: 'y'`). Fields are `Field` instances kept in the
//! class's `__dataclass_fields__` dict. Frozen classes carry `flags::FROZEN`, which the
//! VM's attribute assignment checks (CPython generates `__setattr__`).
//!
//! Not supported: `slots=True` is accepted but adds no `__slots__` (instances still take
//! new attributes); `make_dataclass`; `Field` reprs; `field(metadata=...)` is kept as
//! given (CPython wraps it in a `mappingproxy`).

use super::pyclass::{self, as_class, forwarder, new_class, own_attr, set_class_attr};
use super::ModuleFn;
use crate::builtins::{ArgParser, Builtin};
use crate::compile::code::CmpOp;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::class::flags;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// How deep `asdict`/`astuple` descend before raising `RecursionError`.
const MAX_DEPTH: usize = 200;

/// The module's classes and sentinels.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut out = Vec::new();
    let mk = |vm: &mut Vm, name: &str, base: Option<Value>, attrs: Vec<(&str, Value)>| {
        new_class(vm, name, "dataclasses", base, attrs, 0)
            .map(Value::Ref)
            .unwrap_or(Value::None)
    };
    let field = mk(vm, "Field", None, vec![]);
    let missing_ty = mk(vm, "_MISSING_TYPE", None, vec![]);
    let missing = match missing_ty {
        Value::Ref(c) => vm.new_instance(c),
        _ => Value::None,
    };
    let factory_ty = mk(vm, "_HAS_DEFAULT_FACTORY_CLASS", None, vec![]);
    let factory = match factory_ty {
        Value::Ref(c) => vm.new_instance(c),
        _ => Value::None,
    };
    let frozen = mk(
        vm,
        "FrozenInstanceError",
        Some(Value::Type(Ty::AttributeError)),
        vec![],
    );
    let getitem = vm.alloc(Obj::ClassMethod(Value::ModuleFn(
        ModuleFn::DataclassesInitVarGetitem,
    )));
    let initvar = mk(vm, "InitVar", None, vec![("__class_getitem__", getitem)]);
    let kw_only = mk(vm, "KW_ONLY", None, vec![]);
    out.push(("Field", field));
    out.push(("MISSING", missing));
    out.push(("_HAS_DEFAULT_FACTORY", factory));
    out.push(("FrozenInstanceError", frozen));
    out.push(("InitVar", initvar));
    out.push(("KW_ONLY", kw_only));
    // The instances whose `__repr__` is running (the recursion guard).
    let running = vm.new_list(vec![]);
    out.push(("_repr_running", running));
    out
}

/// Calls `dataclasses` function `f`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::DataclassesDataclass => dataclass(vm, args),
        ModuleFn::DataclassesProcess => {
            let (params, cls) = two(args)?;
            let p = Params::from_tuple(vm, params);
            process(vm, cls, &p)
        }
        ModuleFn::DataclassesField => field(vm, args),
        ModuleFn::DataclassesFields => {
            let a = ArgParser::new("fields", args).positional(1, 1)?;
            let fs = data_fields(vm, a[0])?
                .into_iter()
                .filter(|f| f.kind == Kind::Field)
                .map(|f| f.obj)
                .collect();
            Ok(vm.new_tuple(fs))
        }
        ModuleFn::DataclassesAsdict => {
            let a = ArgParser::new("asdict", args).positional(1, 1)?;
            if !is_dataclass_instance(vm, a[0]) {
                return Err(type_error(
                    "asdict() should be called on dataclass instances",
                ));
            }
            convert(vm, a[0], true, 0)
        }
        ModuleFn::DataclassesAstuple => {
            let a = ArgParser::new("astuple", args).positional(1, 1)?;
            if !is_dataclass_instance(vm, a[0]) {
                return Err(type_error(
                    "astuple() should be called on dataclass instances",
                ));
            }
            convert(vm, a[0], false, 0)
        }
        ModuleFn::DataclassesReplace => replace(vm, args),
        ModuleFn::DataclassesIsDataclass => {
            let a = ArgParser::new("is_dataclass", args).positional(1, 1)?;
            let cls = as_class(vm, a[0]).or_else(|| vm.class_of(a[0]));
            Ok(Value::Bool(cls.is_some_and(|c| {
                pyclass::lookup(vm, c, "__dataclass_fields__").is_some()
            })))
        }
        ModuleFn::DataclassesInit => init(vm, args),
        ModuleFn::DataclassesRepr => repr(vm, args),
        ModuleFn::DataclassesEq => {
            let (data, a, b) = three(args)?;
            compare(vm, data, a, b, CmpOp::Eq)
        }
        ModuleFn::DataclassesLt => order(vm, args, CmpOp::Lt),
        ModuleFn::DataclassesLe => order(vm, args, CmpOp::Le),
        ModuleFn::DataclassesGt => order(vm, args, CmpOp::Gt),
        ModuleFn::DataclassesGe => order(vm, args, CmpOp::Ge),
        ModuleFn::DataclassesHash => {
            let (cls, obj) = two(args)?;
            let vals = field_values(vm, cls, obj, |f| f.hashed())?;
            let t = vm.new_tuple(vals);
            Ok(Value::Int(vm.hash_value(t)? as i64))
        }
        ModuleFn::DataclassesInitVarGetitem => {
            let (cls, ty) = two(args)?;
            let Some(c) = as_class(vm, cls) else {
                return Err(Raise::internal("InitVar[] without the class"));
            };
            let inst = vm.new_instance(c);
            let sym = vm.interner.intern("type");
            vm.set_attr(inst, sym, ty)?;
            Ok(inst)
        }
        _ => Err(Raise::internal("not a dataclasses function")),
    }
}

fn two(args: Args) -> PyResult<(Value, Value)> {
    match args.pos[..] {
        [a, b] => Ok((a, b)),
        _ => Err(Raise::internal("dataclasses helper arity")),
    }
}

fn three(args: Args) -> PyResult<(Value, Value, Value)> {
    match args.pos[..] {
        [a, b, c] => Ok((a, b, c)),
        _ => Err(Raise::internal("dataclasses helper arity")),
    }
}

/// A module-level object of `dataclasses`.
fn module_attr(vm: &mut Vm, name: &str) -> Value {
    let Some(m) = super::load(vm, "dataclasses") else {
        return Value::None;
    };
    let sym = vm.interner.intern(name);
    match m {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Namespace(ns) => {
                ns.1.iter()
                    .find(|(k, _)| *k == sym)
                    .map_or(Value::None, |(_, v)| *v)
            }
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// The parameters of `@dataclass(...)`.
#[derive(Clone, Copy)]
struct Params {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    unsafe_hash: bool,
    frozen: bool,
    match_args: bool,
    kw_only: bool,
}

const PARAM_NAMES: [&str; 10] = [
    "init",
    "repr",
    "eq",
    "order",
    "unsafe_hash",
    "frozen",
    "match_args",
    "kw_only",
    "slots",
    "weakref_slot",
];
const PARAM_DEFAULTS: [bool; 10] = [
    true, true, true, false, false, false, true, false, false, false,
];

impl Params {
    fn from_bools(b: &[bool]) -> Params {
        Params {
            init: b[0],
            repr: b[1],
            eq: b[2],
            order: b[3],
            unsafe_hash: b[4],
            frozen: b[5],
            match_args: b[6],
            kw_only: b[7],
        }
    }

    fn from_tuple(vm: &Vm, t: Value) -> Params {
        let items = vm.seq_items(t);
        let b: Vec<bool> = (0..10)
            .map(|i| match items.get(i) {
                Some(v) => vm.truthy(*v).unwrap_or(false),
                None => PARAM_DEFAULTS[i],
            })
            .collect();
        Params::from_bools(&b)
    }
}

/// `dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
/// unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
/// weakref_slot=False)`.
fn dataclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, kw) = ArgParser::new("dataclass", args).with_keywords(vm, 0, 1, &PARAM_NAMES)?;
    let mut b = PARAM_DEFAULTS;
    for (i, v) in kw.iter().enumerate() {
        if let Some(v) = v {
            b[i] = vm.truthy_mut(*v)?;
        }
    }
    let params = Params::from_bools(&b);
    match pos.first() {
        Some(cls) if !cls.is_none() => process(vm, *cls, &params),
        _ => {
            let items: Vec<Value> = b.iter().map(|x| Value::Bool(*x)).collect();
            let data = vm.new_tuple(items);
            forwarder(
                vm,
                "dataclass.<locals>.wrap",
                "cls",
                "cls",
                Value::ModuleFn(ModuleFn::DataclassesProcess),
                data,
            )
        }
    }
}

/// `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
/// hash=None, compare=True, metadata=None, kw_only=MISSING)`.
fn field(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "default",
        "default_factory",
        "init",
        "repr",
        "hash",
        "compare",
        "metadata",
        "kw_only",
    ];
    let (_, kw) = ArgParser::new("field", args).with_keywords(vm, 0, 0, &names)?;
    let missing = module_attr(vm, "MISSING");
    let get = |i: usize, d: Value| kw[i].unwrap_or(d);
    let default = get(0, missing);
    let factory = get(1, missing);
    if !default.is(missing) && !factory.is(missing) {
        return Err(value_error(
            "cannot specify both default and default_factory",
        ));
    }
    let values = [
        ("name", Value::None),
        ("type", Value::None),
        ("default", default),
        ("default_factory", factory),
        ("init", get(2, Value::Bool(true))),
        ("repr", get(3, Value::Bool(true))),
        ("hash", get(4, Value::None)),
        ("compare", get(5, Value::Bool(true))),
        ("metadata", get(6, Value::None)),
        ("kw_only", get(7, missing)),
    ];
    new_field(vm, &values)
}

fn new_field(vm: &mut Vm, values: &[(&str, Value)]) -> PyResult<Value> {
    let cls = module_attr(vm, "Field");
    let Some(cls) = as_class(vm, cls) else {
        return Err(Raise::internal("dataclasses.Field missing"));
    };
    let f = vm.new_instance(cls);
    for (k, v) in values {
        let sym = vm.interner.intern(k);
        if let Value::Ref(id) = f {
            if let Obj::Instance(i) = vm.heap.get_mut(id) {
                i.set(sym, *v);
            }
        }
    }
    Ok(f)
}

/// What a field is (CPython's `_FIELD`, `_FIELD_INITVAR`; `ClassVar`s are not kept).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Field,
    InitVar,
}

/// A `Field` instance read back.
#[derive(Clone)]
struct FieldInfo {
    obj: Value,
    name: Sym,
    default: Option<Value>,
    factory: Option<Value>,
    init: bool,
    repr: bool,
    compare: bool,
    hash: Value,
    kw_only: bool,
    kind: Kind,
}

impl FieldInfo {
    fn hashed(&self) -> bool {
        match self.hash {
            Value::None => self.compare,
            Value::Bool(b) => b,
            _ => true,
        }
    }
}

fn inst_get(vm: &mut Vm, obj: Value, name: &str) -> Value {
    let sym = vm.interner.intern(name);
    match obj {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Instance(i) => i.get(sym).unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn read_field(vm: &mut Vm, obj: Value) -> PyResult<FieldInfo> {
    let missing = module_attr(vm, "MISSING");
    let name = inst_get(vm, obj, "name");
    let name = vm.str_ref(name)?.to_string();
    let opt = |v: Value| if v.is(missing) { None } else { Some(v) };
    let default = inst_get(vm, obj, "default");
    let factory = inst_get(vm, obj, "default_factory");
    let kind = inst_get(vm, obj, "_field_type");
    let kind = if vm.is_str(kind) && vm.str_ref(kind)? == "_FIELD_INITVAR" {
        Kind::InitVar
    } else {
        Kind::Field
    };
    let b = |vm: &mut Vm, n: &str| {
        let v = inst_get(vm, obj, n);
        vm.truthy(v).unwrap_or(false)
    };
    Ok(FieldInfo {
        obj,
        name: vm.interner.intern(&name),
        default: opt(default),
        factory: opt(factory),
        init: b(vm, "init"),
        repr: b(vm, "repr"),
        compare: b(vm, "compare"),
        hash: inst_get(vm, obj, "hash"),
        kw_only: b(vm, "kw_only"),
        kind,
    })
}

/// The fields (including `InitVar`s) of dataclass `cls` in definition order.
fn class_fields(vm: &mut Vm, cls: HeapId) -> PyResult<Vec<FieldInfo>> {
    let Some(d) = pyclass::lookup(vm, cls, "__dataclass_fields__") else {
        return Err(type_error(
            "must be called with a dataclass type or instance",
        ));
    };
    let objs: Vec<Value> = match vm.dict_of(d) {
        Some(d) => d.iter().map(|e| e.value).collect(),
        None => vec![],
    };
    objs.into_iter().map(|o| read_field(vm, o)).collect()
}

/// The fields of a dataclass or dataclass instance `v`.
fn data_fields(vm: &mut Vm, v: Value) -> PyResult<Vec<FieldInfo>> {
    match as_class(vm, v).or_else(|| vm.class_of(v)) {
        Some(c) => class_fields(vm, c),
        None => Err(type_error(
            "must be called with a dataclass type or instance",
        )),
    }
}

fn is_dataclass_instance(vm: &Vm, v: Value) -> bool {
    vm.class_of(v)
        .is_some_and(|c| pyclass::lookup(vm, c, "__dataclass_fields__").is_some())
}

/// Whether annotation `ann` is `typing.ClassVar` (bare, subscripted, or as a string).
fn is_classvar(vm: &mut Vm, ann: Value) -> PyResult<bool> {
    if vm.is_str(ann) {
        let s = vm.str_ref(ann)?;
        return Ok(s.starts_with("ClassVar") || s.starts_with("typing.ClassVar"));
    }
    Ok(super::typing::is_classvar(vm, ann))
}

/// Whether annotation `ann` is `InitVar[...]` (or the bare `InitVar`).
fn is_initvar(vm: &mut Vm, ann: Value) -> PyResult<bool> {
    if vm.is_str(ann) {
        let s = vm.str_ref(ann)?;
        return Ok(s.starts_with("InitVar") || s.starts_with("dataclasses.InitVar"));
    }
    let iv = module_attr(vm, "InitVar");
    Ok(ann.is(iv)
        || as_class(vm, iv).is_some_and(|c| {
            vm.class_of(ann)
                .is_some_and(|k| vm.class_derives(Value::Ref(k), Value::Ref(c)))
        }))
}

/// Whether `v` is a default CPython refuses as mutable (its class is unhashable).
fn is_mutable_default(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) => true,
            Obj::Instance(i) => matches!(
                vm.interner
                    .lookup("__hash__")
                    .and_then(|h| vm.class_lookup(i.class, h)),
                Some(Value::None)
            ),
            _ => false,
        },
        _ => false,
    }
}

/// `@dataclass` applied to `cls`.
fn process(vm: &mut Vm, cls_v: Value, p: &Params) -> PyResult<Value> {
    let Some(cls) = as_class(vm, cls_v) else {
        return Err(type_error(format!(
            "dataclass() should be called on a class, not {}",
            vm.type_name(cls_v)
        )));
    };
    if p.order && !p.eq {
        return Err(value_error("eq must be true if order is true"));
    }
    let cname = vm.class_name(cls_v).to_string();
    let missing = module_attr(vm, "MISSING");
    // Fields of dataclass bases, the furthest base first (as CPython walks the MRO
    // in reverse); a redefinition keeps the original position.
    let mro: Vec<Value> = match vm.heap.get(cls) {
        Obj::Class(c) => c.mro.clone(),
        _ => vec![],
    };
    let mut fields: Vec<(Sym, Value)> = Vec::new();
    let mut any_frozen_base = None;
    for b in mro.iter().skip(1).rev() {
        let Some(bid) = as_class(vm, *b) else {
            continue;
        };
        let Some(d) = own_attr(vm, bid, "__dataclass_fields__") else {
            continue;
        };
        let base_frozen = vm.class_flags(bid) & flags::FROZEN != 0;
        any_frozen_base = Some(base_frozen);
        let pairs: Vec<(Value, Value)> = match vm.dict_of(d) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => vec![],
        };
        for (k, v) in pairs {
            let k = vm.str_ref(k)?.to_string();
            let sym = vm.interner.intern(&k);
            match fields.iter_mut().find(|(s, _)| *s == sym) {
                Some(slot) => slot.1 = v,
                None => fields.push((sym, v)),
            }
        }
    }
    match any_frozen_base {
        Some(true) if !p.frozen => {
            return Err(type_error(
                "cannot inherit non-frozen dataclass from a frozen one",
            ))
        }
        Some(false) if p.frozen => {
            return Err(type_error(
                "cannot inherit frozen dataclass from a non-frozen one",
            ))
        }
        _ => {}
    }
    // This class's own annotations, in order.
    let anns: Vec<(Value, Value)> = match own_attr(vm, cls, "__annotations__") {
        Some(d) => match vm.dict_of(d) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => vec![],
        },
        None => vec![],
    };
    let kw_only_marker = module_attr(vm, "KW_ONLY");
    let field_cls = module_attr(vm, "Field");
    let mut kw_only_now = p.kw_only;
    for (k, ann) in anns {
        let name = vm.str_ref(k)?.to_string();
        if ann.is(kw_only_marker) {
            kw_only_now = true;
            continue;
        }
        if is_classvar(vm, ann)? {
            continue;
        }
        let sym = vm.interner.intern(&name);
        let own = own_attr(vm, cls, &name);
        let f = match own {
            Some(o) if field_cls.is(vm.class_value_of(o)) => o,
            // A plain default (`x: int = 0`) or none: `field()` with that default.
            other => {
                let vals = [
                    ("default", other.unwrap_or(missing)),
                    ("default_factory", missing),
                    ("init", Value::Bool(true)),
                    ("repr", Value::Bool(true)),
                    ("hash", Value::None),
                    ("compare", Value::Bool(true)),
                    ("metadata", Value::None),
                    ("kw_only", missing),
                ];
                new_field(vm, &vals)?
            }
        };
        let initvar = is_initvar(vm, ann)?;
        let kind = vm.new_str(if initvar { "_FIELD_INITVAR" } else { "_FIELD" });
        let name_v = vm.new_str(name.clone());
        for (k, v) in [("name", name_v), ("type", ann), ("_field_type", kind)] {
            let s = vm.interner.intern(k);
            vm.set_attr(f, s, v)?;
        }
        let kwo = inst_get(vm, f, "kw_only");
        if kwo.is(missing) {
            let s = vm.interner.intern("kw_only");
            vm.set_attr(f, s, Value::Bool(kw_only_now))?;
        }
        let info = read_field(vm, f)?;
        if let Some(d) = info.default {
            if is_mutable_default(vm, d) {
                let ty = vm.class_value_of(d);
                let tr = vm.repr(ty)?;
                return Err(value_error(format!(
                    "mutable default {tr} for field {name} is not allowed: use default_factory"
                )));
            }
        }
        // The class attribute becomes the plain default (or goes away).
        if own.is_some() {
            match info.default {
                Some(d) => set_class_attr(vm, cls, &name, d),
                None => {
                    if let Obj::Class(c) = vm.heap.get_mut(cls) {
                        c.dict.retain(|(k, _)| *k != sym);
                    }
                }
            }
        }
        match fields.iter_mut().find(|(s, _)| *s == sym) {
            Some(slot) => slot.1 = f,
            None => fields.push((sym, f)),
        }
    }
    let infos: Vec<FieldInfo> = fields
        .iter()
        .map(|(_, f)| read_field(vm, *f))
        .collect::<PyResult<_>>()?;
    // The `__dataclass_fields__` dict.
    let d = vm.alloc(Obj::Dict(Dict::new()));
    for (k, f) in &fields {
        let key = vm.new_str(vm.interner.name(*k).to_string());
        vm.dict_set(d.as_ref().expect("dict"), key, *f)?;
    }
    set_class_attr(vm, cls, "__dataclass_fields__", d);
    if p.frozen {
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            c.flags |= flags::FROZEN;
        }
    }
    if p.init {
        add_init(vm, cls, &cname, &infos)?;
    }
    if p.repr && own_attr(vm, cls, "__repr__").is_none() {
        let f = forwarder(
            vm,
            &format!("{cname}.__repr__"),
            "self",
            "self",
            Value::ModuleFn(ModuleFn::DataclassesRepr),
            cls_v,
        )?;
        set_class_attr(vm, cls, "__repr__", f);
    }
    if p.eq && own_attr(vm, cls, "__eq__").is_none() {
        let f = forwarder(
            vm,
            &format!("{cname}.__eq__"),
            "self, other",
            "self, other",
            Value::ModuleFn(ModuleFn::DataclassesEq),
            cls_v,
        )?;
        set_class_attr(vm, cls, "__eq__", f);
    }
    if p.order {
        for (name, native) in [
            ("__lt__", ModuleFn::DataclassesLt),
            ("__le__", ModuleFn::DataclassesLe),
            ("__gt__", ModuleFn::DataclassesGt),
            ("__ge__", ModuleFn::DataclassesGe),
        ] {
            if own_attr(vm, cls, name).is_some() {
                return Err(type_error(format!(
                    "Cannot overwrite attribute {name} in class {cname}. Consider using functools.total_ordering"
                )));
            }
            let f = forwarder(
                vm,
                &format!("{cname}.{name}"),
                "self, other",
                "self, other",
                Value::ModuleFn(native),
                cls_v,
            )?;
            set_class_attr(vm, cls, name, f);
        }
    }
    // `__hash__` (CPython's `_hash_action` table, for a class without its own).
    let has_own_hash = own_attr(vm, cls, "__hash__").is_some_and(|h| !h.is_none());
    if !has_own_hash {
        if p.unsafe_hash || (p.eq && p.frozen) {
            let f = forwarder(
                vm,
                &format!("{cname}.__hash__"),
                "self",
                "self",
                Value::ModuleFn(ModuleFn::DataclassesHash),
                cls_v,
            )?;
            set_class_attr(vm, cls, "__hash__", f);
        } else if p.eq {
            set_class_attr(vm, cls, "__hash__", Value::None);
        }
    } else if p.unsafe_hash {
        return Err(type_error(format!(
            "Cannot overwrite attribute __hash__ in class {cname}"
        )));
    }
    if p.match_args && own_attr(vm, cls, "__match_args__").is_none() {
        let names: Vec<Value> = infos
            .iter()
            .filter(|f| f.init && !f.kw_only)
            .map(|f| vm.interner.name(f.name).to_string())
            .collect::<Vec<_>>()
            .into_iter()
            .map(|s| vm.new_str(s))
            .collect();
        let t = vm.new_tuple(names);
        set_class_attr(vm, cls, "__match_args__", t);
    }
    Ok(cls_v)
}

/// The parameter order of `__init__`: positional fields, then keyword-only ones.
fn init_order(fields: &[FieldInfo]) -> Vec<&FieldInfo> {
    let init: Vec<&FieldInfo> = fields.iter().filter(|f| f.init).collect();
    let mut out: Vec<&FieldInfo> = init.iter().copied().filter(|f| !f.kw_only).collect();
    out.extend(init.iter().copied().filter(|f| f.kw_only));
    out
}

fn add_init(vm: &mut Vm, cls: HeapId, cname: &str, fields: &[FieldInfo]) -> PyResult<()> {
    let order = init_order(fields);
    let mut seen_default = false;
    for f in order.iter().filter(|f| !f.kw_only) {
        let has = f.default.is_some() || f.factory.is_some();
        if has {
            seen_default = true;
        } else if seen_default {
            return Err(type_error(format!(
                "non-default argument '{}' follows default argument",
                vm.interner.name(f.name)
            )));
        }
    }
    let self_name = if fields.iter().any(|f| vm.interner.name(f.name) == "self") {
        "__dataclass_self__"
    } else {
        "self"
    };
    let mut params = vec![self_name.to_string()];
    let mut args = vec![self_name.to_string()];
    let mut defaults = vec![];
    let mut kwdefaults = vec![];
    let mut star = false;
    let factory_marker = module_attr(vm, "_HAS_DEFAULT_FACTORY");
    for f in &order {
        let n = vm.interner.name(f.name).to_string();
        if f.kw_only && !star {
            params.push("*".into());
            star = true;
        }
        params.push(n.clone());
        args.push(n);
        let d = match (f.default, f.factory) {
            (Some(d), _) => Some(d),
            (None, Some(_)) => Some(factory_marker),
            _ => None,
        };
        if let Some(d) = d {
            if f.kw_only {
                kwdefaults.push((f.name, d));
            } else {
                defaults.push(d);
            }
        }
    }
    let f = forwarder(
        vm,
        &format!("{cname}.__init__"),
        &params.join(", "),
        &args.join(", "),
        Value::ModuleFn(ModuleFn::DataclassesInit),
        Value::Ref(cls),
    )?;
    pyclass::set_defaults(vm, f, defaults, kwdefaults);
    set_class_attr(vm, cls, "__init__", f);
    Ok(())
}

/// The generated `__init__`: `(cls, self, *init values in parameter order)`.
fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls_v, obj) = match args.pos[..] {
        [c, o, ..] => (c, o),
        _ => return Err(Raise::internal("dataclass __init__ arity")),
    };
    let Some(cls) = as_class(vm, cls_v) else {
        return Err(Raise::internal("dataclass __init__ without its class"));
    };
    let fields = class_fields(vm, cls)?;
    let order: Vec<Sym> = init_order(&fields).iter().map(|f| f.name).collect();
    let values = &args.pos[2..];
    let factory_marker = module_attr(vm, "_HAS_DEFAULT_FACTORY");
    let frozen = vm.class_flags(cls) & flags::FROZEN != 0;
    let mut initvars = vec![];
    for f in &fields {
        let given = order
            .iter()
            .position(|n| *n == f.name)
            .and_then(|i| values.get(i).copied());
        let v = match given {
            Some(v) if v.is(factory_marker) => match f.factory {
                Some(fac) => Some(vm.call_value(fac, &[], &[])?),
                None => None,
            },
            Some(v) => Some(v),
            None if f.kind == Kind::InitVar => None,
            None => match (f.default, f.factory) {
                (Some(d), _) => Some(d),
                (None, Some(fac)) => Some(vm.call_value(fac, &[], &[])?),
                _ => None,
            },
        };
        if f.kind == Kind::InitVar {
            initvars.push(v.unwrap_or(Value::None));
            continue;
        }
        if let Some(v) = v {
            if frozen {
                // CPython's frozen `__init__` uses `object.__setattr__`.
                if let Value::Ref(id) = obj {
                    if let Obj::Instance(i) = vm.heap.get_mut(id) {
                        i.set(f.name, v);
                    }
                }
            } else {
                vm.set_attr(obj, f.name, v)?;
            }
        }
    }
    if let Some(post) = pyclass::lookup(vm, cls, "__post_init__") {
        let _ = post;
        let sym = vm.interner.intern("__post_init__");
        let bound = vm.get_attr(obj, sym)?;
        vm.call_value(bound, &initvars, &[])?;
    }
    Ok(Value::None)
}

/// The values of the fields of `cls` selected by `pick`, read from `obj`.
fn field_values(
    vm: &mut Vm,
    cls: Value,
    obj: Value,
    pick: impl Fn(&FieldInfo) -> bool,
) -> PyResult<Vec<Value>> {
    let Some(c) = as_class(vm, cls) else {
        return Err(Raise::internal("dataclass method without its class"));
    };
    let fields = class_fields(vm, c)?;
    let mut out = vec![];
    for f in fields.iter().filter(|f| f.kind == Kind::Field && pick(f)) {
        out.push(vm.get_attr(obj, f.name)?);
    }
    Ok(out)
}

/// The generated `__repr__`: `QualName(a=1, b='x')`, `...` for a recursive reference
/// (CPython's `reprlib.recursive_repr`).
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, obj) = two(args)?;
    let running = module_attr(vm, "_repr_running");
    let Value::Ref(rid) = running else {
        return Err(Raise::internal("dataclasses repr guard missing"));
    };
    let active = match vm.heap.get(rid) {
        Obj::List(l) => l.iter().any(|x| x.is(obj)),
        _ => false,
    };
    if active {
        return Ok(vm.new_str("..."));
    }
    if let Obj::List(l) = vm.heap.get_mut(rid) {
        l.push(obj);
    }
    let r = repr_body(vm, cls, obj);
    if let Obj::List(l) = vm.heap.get_mut(rid) {
        if let Some(i) = l.iter().rposition(|x| x.is(obj)) {
            l.remove(i);
        }
    }
    let s = r?;
    Ok(vm.new_str(s))
}

fn repr_body(vm: &mut Vm, cls: Value, obj: Value) -> PyResult<String> {
    let Some(c) = as_class(vm, cls) else {
        return Err(Raise::internal("dataclass method without its class"));
    };
    let fields = class_fields(vm, c)?;
    let qual = match vm.class_of(obj) {
        Some(k) => match vm.heap.get(k) {
            Obj::Class(k) => k.qualname.clone(),
            _ => String::new(),
        },
        None => String::new(),
    };
    let mut parts = vec![];
    for f in fields.iter().filter(|f| f.kind == Kind::Field && f.repr) {
        let v = vm.get_attr(obj, f.name)?;
        let r = vm.repr_mut(v)?;
        parts.push(format!("{}={r}", vm.interner.name(f.name)));
    }
    Ok(format!("{qual}({})", parts.join(", ")))
}

fn not_implemented() -> Value {
    Value::Builtin(Builtin::NotImplemented)
}

/// The generated `__eq__` (and the order methods' tuple comparison): `other` must be
/// of exactly the same class; then the tuples of compared fields are compared.
fn compare(vm: &mut Vm, cls: Value, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    let (ca, cb) = (vm.class_of(a), vm.class_of(b));
    if ca.is_none() || ca != cb {
        return Ok(not_implemented());
    }
    let xs = field_values(vm, cls, a, |f| f.compare)?;
    let ys = field_values(vm, cls, b, |f| f.compare)?;
    // Lexicographic, as tuple comparison: the first pair that differs decides.
    for (x, y) in xs.iter().zip(&ys) {
        if x.is(*y) {
            continue;
        }
        if !vm.eq_mut(*x, *y)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(op, *x, *y),
            };
        }
    }
    Ok(Value::Bool(matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge)))
}

fn order(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    let (cls, a, b) = three(args)?;
    compare(vm, cls, a, b, op)
}

/// `asdict` (`as_dict`) / `astuple`: dataclass instances, lists, tuples and dicts are
/// rebuilt recursively; anything else is kept (CPython deep-copies it).
fn convert(vm: &mut Vm, v: Value, as_dict: bool, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(Raise::new(
            Ty::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    vm.charge(1)?;
    if is_dataclass_instance(vm, v) {
        let fields = data_fields(vm, v)?;
        let mut pairs = vec![];
        for f in fields.iter().filter(|f| f.kind == Kind::Field) {
            let x = vm.get_attr(v, f.name)?;
            let x = convert(vm, x, as_dict, depth + 1)?;
            pairs.push((f.name, x));
        }
        if as_dict {
            let d = vm.alloc(Obj::Dict(Dict::new()));
            for (k, x) in pairs {
                let key = vm.new_str(vm.interner.name(k).to_string());
                vm.dict_set(d.as_ref().expect("dict"), key, x)?;
            }
            return Ok(d);
        }
        return Ok(vm.new_tuple(pairs.into_iter().map(|(_, x)| x).collect()));
    }
    let Value::Ref(id) = v else { return Ok(v) };
    match vm.heap.get(id) {
        Obj::List(l) => {
            let items = l.clone();
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(convert(vm, x, as_dict, depth + 1)?);
            }
            Ok(vm.new_list(out))
        }
        Obj::Tuple(t) => {
            let items = t.to_vec();
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(convert(vm, x, as_dict, depth + 1)?);
            }
            Ok(vm.new_tuple(out))
        }
        Obj::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
            let out = vm.alloc(Obj::Dict(Dict::new()));
            for (k, x) in pairs {
                let k = convert(vm, k, as_dict, depth + 1)?;
                let x = convert(vm, x, as_dict, depth + 1)?;
                vm.dict_set(out.as_ref().expect("dict"), k, x)?;
            }
            Ok(out)
        }
        _ => Ok(v),
    }
}

/// `replace(obj, /, **changes)`: a new instance from `obj`'s init fields and `changes`.
fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "replace() takes 1 positional argument but {} were given",
            args.pos.len()
        )));
    }
    let obj = args.pos[0];
    if !is_dataclass_instance(vm, obj) {
        return Err(type_error(
            "replace() should be called on dataclass instances",
        ));
    }
    let fields = data_fields(vm, obj)?;
    let mut kw = args.kw.clone();
    for f in &fields {
        let given = kw.iter().any(|(k, _)| *k == f.name);
        if !f.init {
            if given {
                return Err(value_error(format!(
                    "field {} is declared with init=False, it cannot be specified with replace()",
                    vm.interner.name(f.name)
                )));
            }
            continue;
        }
        if given {
            continue;
        }
        if f.kind == Kind::InitVar {
            if f.default.is_none() {
                return Err(value_error(format!(
                    "InitVar '{}' must be specified with replace()",
                    vm.interner.name(f.name)
                )));
            }
            continue;
        }
        let v = vm.get_attr(obj, f.name)?;
        kw.push((f.name, v));
    }
    let cls = vm.class_value_of(obj);
    vm.call_value(cls, &[], &kw)
}

/// Raises `FrozenInstanceError` for assigning (`deleting`) attribute `name`.
pub fn frozen_error(vm: &mut Vm, name: Sym, deleting: bool) -> Raise {
    let cls = module_attr(vm, "FrozenInstanceError");
    let what = if deleting { "delete" } else { "assign to" };
    let msg = format!("cannot {what} field '{}'", vm.interner.name(name));
    match as_class(vm, cls) {
        Some(c) => pyclass::raise_class(vm, c, msg),
        None => Raise::new(Ty::AttributeError, msg),
    }
}
