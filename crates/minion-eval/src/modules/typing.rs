//! The `typing` module, for annotations and the few run-time uses agents make of it.
//!
//! Special forms (`Optional`, `Union`, `Literal`...) and the generic aliases (`List`,
//! `Dict`, `Callable`...) are instances of two native classes whose `__getitem__`
//! builds a subscripted alias (an instance holding `__origin__`, `__args__` and its
//! CPython repr, e.g. `typing.Dict[str, typing.List[int]]`); built-in generics
//! (`list[int]`) and `int | None` make the same kind of object with the
//! `types.GenericAlias`/`types.UnionType` repr. `Generic[T]`/`Protocol` stand for
//! plain bases (CPython's `__mro_entries__`), `TypedDict` classes build plain dicts
//! (`flags::TYPED_DICT`), `NamedTuple` classes become `collections.namedtuple`
//! classes. `cast`, `overload`, `runtime_checkable`, `final`, `NewType` do nothing at
//! run time, as in CPython.
//!
//! Not supported: `isinstance` with aliases or protocols, parameter substitution
//! (`Dict[str, T][int]`), `ParamSpec`, the functional `TypedDict(...)`/`NamedTuple(...)`
//! syntax, `get_type_hints` of functions (function annotations are not recorded).

use super::pyclass::{self, as_class, forwarder, new_class, own_attr};
use super::ModuleFn;
use crate::builtins::{ArgParser, Builtin};
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::class::flags;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The `_name` of aliases made by `types` (`list[int]`, `int | None`), not `typing`.
const TYPES: &str = "<types>";

/// Special forms.
const FORMS: &[&str] = &[
    "Any",
    "Optional",
    "Union",
    "ClassVar",
    "Final",
    "Literal",
    "Annotated",
    "NoReturn",
    "Never",
    "Self",
    "TypeAlias",
    "LiteralString",
    "Required",
    "NotRequired",
    "TypeGuard",
    "Concatenate",
];

/// Generic aliases of built-in types: (name, origin).
const BUILTIN_ALIASES: &[(&str, Ty)] = &[
    ("List", Ty::List),
    ("Dict", Ty::Dict),
    ("Tuple", Ty::Tuple),
    ("Set", Ty::Set),
    ("FrozenSet", Ty::FrozenSet),
    ("Type", Ty::Type),
];

/// Generic aliases of `collections.abc` classes (no origin here).
const ABC_ALIASES: &[&str] = &[
    "Callable",
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "Collection",
    "Container",
    "Hashable",
    "Sized",
    "Reversible",
    "AbstractSet",
    "MutableSet",
    "Awaitable",
    "Coroutine",
    "AsyncIterator",
    "AsyncIterable",
    "AsyncGenerator",
    "KeysView",
    "ItemsView",
    "ValuesView",
    "DefaultDict",
    "OrderedDict",
    "Counter",
    "Deque",
    "ChainMap",
];

/// The alias class's forwarders: (name, params, op).
const ALIAS_OPS: &[(&str, &str, ModuleFn)] = &[
    ("__getitem__", "self, params", ModuleFn::TypingGetitem),
    ("__repr__", "self", ModuleFn::TypingRepr),
    ("__eq__", "self, other", ModuleFn::TypingEq),
    ("__hash__", "self", ModuleFn::TypingHash),
    ("__or__", "self, other", ModuleFn::TypingOr),
    ("__ror__", "self, other", ModuleFn::TypingRor),
    ("__call__", "self, *args, **kwargs", ModuleFn::TypingCall),
];

/// The module's objects.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut out: Vec<(&'static str, Value)> = vec![];
    let mut attrs: Vec<(&str, Value)> = vec![];
    for (name, params, f) in ALIAS_OPS {
        let args = params.replace("*args, **kwargs", "args, kwargs");
        if let Ok(fv) = forwarder(
            vm,
            &format!("_GenericAlias.{name}"),
            params,
            &args,
            Value::ModuleFn(*f),
            Value::None,
        ) {
            attrs.push((name, fv));
        }
    }
    let Ok(alias_cls) = new_class(vm, "_GenericAlias", "typing", None, attrs, 0) else {
        return out;
    };
    out.push(("_GenericAlias", Value::Ref(alias_cls)));
    for name in FORMS {
        let a = make_alias(
            vm,
            alias_cls,
            &format!("typing.{name}"),
            Value::None,
            None,
            name,
        );
        out.push((name, a));
    }
    for (name, ty) in BUILTIN_ALIASES {
        let a = make_alias(
            vm,
            alias_cls,
            &format!("typing.{name}"),
            Value::Type(*ty),
            None,
            name,
        );
        out.push((name, a));
    }
    for name in ABC_ALIASES {
        let a = make_alias(
            vm,
            alias_cls,
            &format!("typing.{name}"),
            Value::None,
            None,
            name,
        );
        out.push((name, a));
    }
    let mk = |vm: &mut Vm, name: &str, attrs: Vec<(&str, Value)>, fl: u8| {
        new_class(vm, name, "typing", None, attrs, fl)
            .map(Value::Ref)
            .unwrap_or(Value::None)
    };
    let generic = mk(vm, "Generic", vec![], 0);
    let protocol = mk(vm, "Protocol", vec![], 0);
    let init_sub = vm.alloc(Obj::ClassMethod(Value::ModuleFn(
        ModuleFn::TypingInitSubclass,
    )));
    let typed_dict = mk(
        vm,
        "TypedDict",
        vec![("__init_subclass__", init_sub)],
        flags::TYPED_DICT,
    );
    let named_tuple = mk(vm, "NamedTuple", vec![], flags::NAMEDTUPLE_SYNTAX);
    let tv_attrs = typevar_methods(vm);
    let typevar = mk(vm, "TypeVar", tv_attrs, 0);
    out.push(("Generic", generic));
    out.push(("Protocol", protocol));
    out.push(("TypedDict", typed_dict));
    out.push(("NamedTuple", named_tuple));
    out.push(("TypeVar", typevar));
    out.push(("TYPE_CHECKING", Value::Bool(false)));
    out.push(("Text", Value::Type(Ty::Str)));
    out
}

fn typevar_methods(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut out = vec![];
    if let Ok(f) = forwarder(
        vm,
        "TypeVar.__init__",
        "self, name, *constraints, bound=None, covariant=False, contravariant=False",
        "self, name",
        Value::ModuleFn(ModuleFn::TypingTypevarInit),
        Value::None,
    ) {
        out.push(("__init__", f));
    }
    if let Ok(f) = forwarder(
        vm,
        "TypeVar.__repr__",
        "self",
        "self",
        Value::ModuleFn(ModuleFn::TypingTypevarRepr),
        Value::None,
    ) {
        out.push(("__repr__", f));
    }
    out
}

/// A new alias object: `repr`, `__origin__`, `__args__` (`None`: unsubscripted), `_name`.
fn make_alias(
    vm: &mut Vm,
    cls: HeapId,
    repr: &str,
    origin: Value,
    args: Option<Vec<Value>>,
    name: &str,
) -> Value {
    let inst = vm.new_instance(cls);
    let r = vm.new_str(repr);
    let n = vm.new_str(name);
    let a = match args {
        Some(a) => vm.new_tuple(a),
        None => vm.new_tuple(vec![]),
    };
    let pairs = [
        ("_repr", r),
        ("_name", n),
        ("__origin__", origin),
        ("__args__", a),
    ];
    for (k, v) in pairs {
        let sym = vm.interner.intern(k);
        if let Value::Ref(id) = inst {
            if let Obj::Instance(i) = vm.heap.get_mut(id) {
                i.set(sym, v);
            }
        }
    }
    inst
}

fn alias_class(vm: &mut Vm) -> PyResult<HeapId> {
    let v = module_attr(vm, "_GenericAlias");
    as_class(vm, v).ok_or_else(|| Raise::internal("typing._GenericAlias missing"))
}

fn module_attr(vm: &mut Vm, name: &str) -> Value {
    let Some(Value::Ref(m)) = super::load(vm, "typing") else {
        return Value::None;
    };
    let sym = vm.interner.intern(name);
    match vm.heap.get(m) {
        Obj::Namespace(ns) => {
            ns.1.iter()
                .find(|(k, _)| *k == sym)
                .map_or(Value::None, |(_, v)| *v)
        }
        _ => Value::None,
    }
}

/// Whether `v` is an alias object (`typing.X`, `X[...]`, `list[int]`, `int | None`).
fn is_alias(vm: &mut Vm, v: Value) -> bool {
    let Some(c) = vm.class_of(v) else {
        return false;
    };
    match alias_class(vm) {
        Ok(a) => a == c,
        Err(_) => false,
    }
}

fn inst_attr(vm: &mut Vm, v: Value, name: &str) -> Value {
    let sym = vm.interner.intern(name);
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Instance(i) => i.get(sym).unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn alias_name(vm: &mut Vm, v: Value) -> String {
    let n = inst_attr(vm, v, "_name");
    vm.str_ref(n).map(str::to_string).unwrap_or_default()
}

fn alias_repr(vm: &mut Vm, v: Value) -> String {
    let n = inst_attr(vm, v, "_repr");
    vm.str_ref(n).map(str::to_string).unwrap_or_default()
}

/// Whether `v` is `typing.ClassVar` or `ClassVar[...]` (for `dataclasses`).
pub fn is_classvar(vm: &mut Vm, v: Value) -> bool {
    if !is_alias(vm, v) {
        return false;
    }
    if alias_name(vm, v) == "ClassVar" {
        return true;
    }
    let origin = inst_attr(vm, v, "__origin__");
    is_alias(vm, origin) && alias_name(vm, origin) == "ClassVar"
}

/// `typing._type_repr`: how a type argument shows inside an alias's repr.
fn type_repr(vm: &mut Vm, v: Value, in_typing: bool) -> PyResult<String> {
    if is_alias(vm, v) {
        return Ok(alias_repr(vm, v));
    }
    Ok(match v {
        Value::Type(Ty::NoneType) => "NoneType".into(),
        Value::None if in_typing => "NoneType".into(),
        Value::None => "None".into(),
        Value::Ellipsis => "...".into(),
        Value::Type(t) => t.name().to_string(),
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Class(c) => {
                let (q, cls) = (c.qualname.clone(), id);
                let module = own_attr(vm, cls, "__module__")
                    .and_then(|m| vm.str_ref(m).ok().map(str::to_string))
                    .unwrap_or_else(|| "__main__".into());
                if module == "builtins" {
                    q
                } else {
                    format!("{module}.{q}")
                }
            }
            Obj::Str(_) if in_typing => format!("ForwardRef({})", vm.repr(v)?),
            Obj::List(l) => {
                let items = l.clone();
                let mut parts = vec![];
                for x in items {
                    parts.push(type_repr(vm, x, in_typing)?);
                }
                format!("[{}]", parts.join(", "))
            }
            Obj::Tuple(t) if t.is_empty() => "()".into(),
            _ => vm.repr_mut(v)?,
        },
        _ => vm.repr_mut(v)?,
    })
}

/// `alias[params]`.
fn getitem(vm: &mut Vm, me: Value, params: Value) -> PyResult<Value> {
    let args: Vec<Value> = match params {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Tuple(_)) => vm.seq_items(params),
        _ => vec![params],
    };
    let cls = alias_class(vm)?;
    let name = alias_name(vm, me);
    let subscripted = !matches!(inst_attr(vm, me, "__args__"), Value::Ref(t) if matches!(vm.heap.get(t), Obj::Tuple(x) if x.is_empty()));
    let own_repr = alias_repr(vm, me);
    if subscripted || name.is_empty() || name == TYPES {
        return Err(type_error(format!("{own_repr} is not a generic class")));
    }
    let origin_here = inst_attr(vm, me, "__origin__");
    match name.as_str() {
        // `Any` is a class in 3.11; the others are special forms.
        "Any" => Err(type_error("type 'Any' is not subscriptable")),
        "NoReturn" | "Never" | "Self" | "TypeAlias" | "LiteralString" => {
            Err(type_error(format!("{own_repr} is not subscriptable")))
        }
        "Optional" => {
            if args.len() != 1 {
                let r = vm.repr_mut(params)?;
                return Err(type_error(format!(
                    "typing.Optional requires a single type. Got {r}."
                )));
            }
            union(vm, cls, vec![args[0], Value::Type(Ty::NoneType)])
        }
        "Union" => union(vm, cls, args),
        "Literal" => {
            let mut parts = vec![];
            for a in &args {
                parts.push(vm.repr_mut(*a)?);
            }
            let r = format!("typing.Literal[{}]", parts.join(", "));
            Ok(make_alias(vm, cls, &r, me, Some(args), ""))
        }
        "Annotated" => {
            if args.len() < 2 {
                return Err(type_error(
                    "Annotated[...] should be used with at least two arguments (a type and an annotation).",
                ));
            }
            let mut parts = vec![type_repr(vm, args[0], true)?];
            for a in &args[1..] {
                parts.push(vm.repr_mut(*a)?);
            }
            let r = format!("typing.Annotated[{}]", parts.join(", "));
            Ok(make_alias(vm, cls, &r, args[0], Some(args), ""))
        }
        _ => {
            let mut parts = vec![];
            for a in &args {
                parts.push(type_repr(vm, *a, true)?);
            }
            // `Tuple[()]`: the empty tuple of types.
            if parts.is_empty() {
                parts.push("()".into());
            }
            let r = format!("{own_repr}[{}]", parts.join(", "));
            let origin = if origin_here.is_none() {
                me
            } else {
                origin_here
            };
            // `List[int]` keeps the name `List` for the error of calling it.
            let keep = if matches!(origin, Value::Type(_)) {
                name.as_str()
            } else {
                ""
            };
            Ok(make_alias(vm, cls, &r, origin, Some(args), keep))
        }
    }
}

/// `Union[...]`: flattened, `None` as `NoneType`, duplicates removed; one argument
/// is itself; `X | None` shows as `typing.Optional[X]`.
fn union(vm: &mut Vm, cls: HeapId, args: Vec<Value>) -> PyResult<Value> {
    let mut flat: Vec<Value> = vec![];
    let mut reprs: Vec<String> = vec![];
    for a in args {
        let a = if a.is_none() {
            Value::Type(Ty::NoneType)
        } else {
            a
        };
        let inner = if is_alias(vm, a) && is_union(vm, a) {
            let t = inst_attr(vm, a, "__args__");
            vm.seq_items(t)
        } else {
            vec![a]
        };
        for x in inner {
            let r = type_repr(vm, x, true)?;
            if !reprs.contains(&r) {
                reprs.push(r);
                flat.push(x);
            }
        }
    }
    if flat.len() == 1 {
        return Ok(flat[0]);
    }
    let none_at = reprs.iter().position(|r| r == "NoneType");
    let r = match (flat.len(), none_at) {
        (2, Some(i)) => format!("typing.Optional[{}]", reprs[1 - i]),
        _ => format!("typing.Union[{}]", reprs.join(", ")),
    };
    let origin = module_attr(vm, "Union");
    Ok(make_alias(vm, cls, &r, origin, Some(flat), ""))
}

fn is_union(vm: &mut Vm, v: Value) -> bool {
    let origin = inst_attr(vm, v, "__origin__");
    let u = module_attr(vm, "Union");
    origin.is(u) || is_union_type(vm, v)
}

/// Whether `v` is an `X | Y` made from types (`types.UnionType`).
fn is_union_type(vm: &mut Vm, v: Value) -> bool {
    is_alias(vm, v) && alias_name(vm, v) == TYPES && inst_attr(vm, v, "__origin__").is_none()
}

/// `list[int]`, `dict[str, int]`... (`types.GenericAlias`); `None` for types that are
/// not generic.
pub fn builtin_generic(vm: &mut Vm, t: Ty, params: Value) -> PyResult<Option<Value>> {
    if !matches!(
        t,
        Ty::List | Ty::Dict | Ty::Tuple | Ty::Set | Ty::FrozenSet | Ty::Type
    ) {
        return Ok(None);
    }
    let args: Vec<Value> = match params {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Tuple(_)) => vm.seq_items(params),
        _ => vec![params],
    };
    let mut parts = vec![];
    for a in &args {
        parts.push(type_repr(vm, *a, false)?);
    }
    let r = format!("{}[{}]", t.name(), parts.join(", "));
    let cls = alias_class(vm)?;
    Ok(Some(make_alias(
        vm,
        cls,
        &r,
        Value::Type(t),
        Some(args),
        TYPES,
    )))
}

/// `UserClass[params]` for a generic user class (`class Stack(Generic[T])`).
pub fn class_alias(vm: &mut Vm, cls: HeapId, params: Value) -> PyResult<Value> {
    let args: Vec<Value> = match params {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Tuple(_)) => vm.seq_items(params),
        _ => vec![params],
    };
    let generic = module_attr(vm, "Generic");
    let is_generic =
        as_class(vm, generic).is_some_and(|g| vm.class_derives(Value::Ref(cls), Value::Ref(g)));
    if !is_generic {
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            vm.class_name(Value::Ref(cls))
        )));
    }
    let mut parts = vec![];
    for a in &args {
        parts.push(type_repr(vm, *a, true)?);
    }
    let base = type_repr(vm, Value::Ref(cls), true)?;
    let r = format!("{base}[{}]", parts.join(", "));
    let acls = alias_class(vm)?;
    Ok(make_alias(vm, acls, &r, Value::Ref(cls), Some(args), ""))
}

/// Whether `v` can stand in a `X | Y` type union.
fn is_typelike(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::None | Value::Type(_) => true,
        Value::Ref(id) => matches!(vm.heap.get(id), Obj::Class(_)) || is_alias(vm, v),
        _ => false,
    }
}

/// `int | None` on types (`types.UnionType`); `None` when an operand is not a type.
pub fn type_or(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_typelike(vm, a) || !is_typelike(vm, b) || (a.is_none() && b.is_none()) {
        return Ok(None);
    }
    if !matches!(a, Value::Type(_) | Value::Ref(_)) && !matches!(b, Value::Type(_) | Value::Ref(_))
    {
        return Ok(None);
    }
    let mut flat: Vec<Value> = vec![];
    let mut reprs: Vec<String> = vec![];
    for x in [a, b] {
        let inner = if is_union_type(vm, x) {
            let t = inst_attr(vm, x, "__args__");
            vm.seq_items(t)
        } else {
            vec![if x.is_none() {
                Value::Type(Ty::NoneType)
            } else {
                x
            }]
        };
        for y in inner {
            let r = match y {
                Value::Type(Ty::NoneType) => "None".to_string(),
                _ => type_repr(vm, y, false)?,
            };
            if !reprs.contains(&r) {
                reprs.push(r);
                flat.push(y);
            }
        }
    }
    if flat.len() == 1 {
        return Ok(Some(flat[0]));
    }
    let cls = alias_class(vm)?;
    let r = reprs.join(" | ");
    Ok(Some(make_alias(
        vm,
        cls,
        &r,
        Value::None,
        Some(flat),
        TYPES,
    )))
}

/// The class a base like `Generic[T]` or `Protocol[T]` stands for
/// (`__mro_entries__`); `None` when `base` is not an alias.
pub fn mro_entry(vm: &mut Vm, base: Value) -> PyResult<Option<Value>> {
    if !matches!(base, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Instance(_))) {
        return Ok(None);
    }
    if !is_alias(vm, base) {
        return Ok(None);
    }
    let origin = inst_attr(vm, base, "__origin__");
    match origin {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Class(_)) => Ok(Some(origin)),
        Value::Type(_) => Ok(Some(origin)),
        _ => Err(type_error(format!(
            "Cannot subclass {}",
            alias_repr(vm, base)
        ))),
    }
}

/// Calls `typing` function `f`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::TypingGetitem => {
            let (me, p) = (arg(&args, 1)?, arg(&args, 2)?);
            getitem(vm, me, p)
        }
        ModuleFn::TypingRepr => {
            let me = arg(&args, 1)?;
            Ok(inst_attr(vm, me, "_repr"))
        }
        ModuleFn::TypingEq => {
            let (me, other) = (arg(&args, 1)?, arg(&args, 2)?);
            if !is_alias(vm, other) {
                return Ok(Value::Builtin(Builtin::NotImplemented));
            }
            let (a, b) = (alias_repr(vm, me), alias_repr(vm, other));
            Ok(Value::Bool(a == b))
        }
        ModuleFn::TypingHash => {
            let me = arg(&args, 1)?;
            let r = inst_attr(vm, me, "_repr");
            Ok(Value::Int(vm.hash_value(r)? as i64))
        }
        ModuleFn::TypingOr | ModuleFn::TypingRor => {
            let (me, other) = (arg(&args, 1)?, arg(&args, 2)?);
            let (a, b) = if f == ModuleFn::TypingOr {
                (me, other)
            } else {
                (other, me)
            };
            if !is_typelike(vm, other) {
                return Ok(Value::Builtin(Builtin::NotImplemented));
            }
            // `list[int] | None` stays a `types.UnionType`; a `typing` alias makes
            // a `typing.Union`.
            let types_level =
                |vm: &mut Vm, v: Value| !is_alias(vm, v) || alias_name(vm, v) == TYPES;
            if types_level(vm, a) && types_level(vm, b) {
                if let Some(v) = type_or(vm, a, b)? {
                    return Ok(v);
                }
            }
            let cls = alias_class(vm)?;
            union(vm, cls, vec![a, b])
        }
        ModuleFn::TypingCall => {
            let (me, a, kw) = (arg(&args, 1)?, arg(&args, 2)?, arg(&args, 3)?);
            let origin = inst_attr(vm, me, "__origin__");
            // `list[int]()` and `Stack[int]()` make instances; `typing.List[int]()`
            // is refused as in CPython.
            let callable = match origin {
                Value::Type(_) => alias_name(vm, me) == TYPES,
                Value::Ref(id) => matches!(vm.heap.get(id), Obj::Class(_)),
                _ => false,
            };
            if !callable {
                let mut n = alias_name(vm, me);
                if n.is_empty() && is_alias(vm, origin) {
                    n = alias_name(vm, origin);
                }
                let r = alias_repr(vm, me);
                return Err(type_error(if origin.is_none() || n.is_empty() {
                    format!("Cannot instantiate {r}")
                } else {
                    format!(
                        "Type {n} cannot be instantiated; use {}() instead",
                        n.to_lowercase()
                    )
                }));
            }
            let (pos, kwp) = vm.explode_call_args(a, kw)?;
            let mut kws = vec![];
            for (k, v) in kwp {
                let k = vm.str_ref(k)?.to_string();
                kws.push((vm.interner.intern(&k), v));
            }
            vm.call_value(origin, &pos, &kws)
        }
        ModuleFn::TypingTypevarInit => {
            let (me, name) = (arg(&args, 1)?, arg(&args, 2)?);
            if !vm.is_str(name) {
                return Err(type_error("TypeVar name must be a string"));
            }
            let sym = vm.interner.intern("__name__");
            vm.set_attr(me, sym, name)?;
            Ok(Value::None)
        }
        ModuleFn::TypingTypevarRepr => {
            let me = arg(&args, 1)?;
            let n = inst_attr(vm, me, "__name__");
            let s = format!("~{}", vm.str_ref(n).unwrap_or("?"));
            Ok(vm.new_str(s))
        }
        ModuleFn::TypingInitSubclass => Ok(Value::None),
        ModuleFn::TypingCast => {
            let a = ArgParser::new("cast", args).bind(vm, &["typ", "val"], 2)?;
            Ok(a[1].unwrap_or(Value::None))
        }
        ModuleFn::TypingOverload
        | ModuleFn::TypingRuntimeCheckable
        | ModuleFn::TypingFinal
        | ModuleFn::TypingNoTypeCheck => {
            let a = ArgParser::new(f.name(), args).positional(1, 1)?;
            Ok(a[0])
        }
        ModuleFn::TypingNewType => {
            let a = ArgParser::new("NewType", args).bind(vm, &["name", "tp"], 2)?;
            let name = a[0].unwrap_or(Value::None);
            let name = vm.str_ref(name)?.to_string();
            if !crate::strops::isidentifier(&name) {
                return Err(crate::error::unsupported(
                    "NewType names that are not identifiers",
                ));
            }
            forwarder(
                vm,
                &name,
                "x",
                "x",
                Value::ModuleFn(ModuleFn::TypingIdentity),
                Value::None,
            )
        }
        ModuleFn::TypingIdentity => arg(&args, 1),
        ModuleFn::TypingGetOrigin => {
            let a = ArgParser::new("get_origin", args).positional(1, 1)?;
            if !is_alias(vm, a[0]) {
                return Ok(Value::None);
            }
            let args_t = inst_attr(vm, a[0], "__args__");
            if vm.py_len(args_t)? == 0 {
                return Ok(Value::None);
            }
            Ok(inst_attr(vm, a[0], "__origin__"))
        }
        ModuleFn::TypingGetArgs => {
            let a = ArgParser::new("get_args", args).positional(1, 1)?;
            if !is_alias(vm, a[0]) {
                return Ok(vm.new_tuple(vec![]));
            }
            Ok(inst_attr(vm, a[0], "__args__"))
        }
        ModuleFn::TypingGetTypeHints => {
            let a = ArgParser::new("get_type_hints", args).positional(1, 3)?;
            type_hints(vm, a[0])
        }
        _ => Err(Raise::internal("not a typing function")),
    }
}

fn arg(args: &Args, i: usize) -> PyResult<Value> {
    args.pos
        .get(i)
        .copied()
        .ok_or_else(|| Raise::internal("typing forwarder arity"))
}

/// `get_type_hints(cls)`: the `__annotations__` of the MRO, bases first; `None`
/// annotations become `NoneType`.
fn type_hints(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let out = vm.alloc(Obj::Dict(Dict::new()));
    let out_id = out.as_ref().expect("dict");
    let Some(cls) = as_class(vm, obj) else {
        if matches!(obj, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Function(_))) {
            return Err(crate::error::unsupported(
                "get_type_hints() of functions (function annotations are not recorded)",
            ));
        }
        return Err(type_error(format!(
            "{} is not a module, class, method, or function.",
            vm.repr_mut(obj)?
        )));
    };
    let mro: Vec<Value> = match vm.heap.get(cls) {
        Obj::Class(c) => c.mro.clone(),
        _ => vec![],
    };
    for c in mro.iter().rev() {
        let Some(cid) = as_class(vm, *c) else {
            continue;
        };
        let Some(d) = own_attr(vm, cid, "__annotations__") else {
            continue;
        };
        let pairs: Vec<(Value, Value)> = match vm.dict_of(d) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => vec![],
        };
        for (k, v) in pairs {
            let v = if v.is_none() {
                Value::Type(Ty::NoneType)
            } else {
                v
            };
            vm.dict_set(out_id, k, v)?;
        }
    }
    Ok(out)
}

/// After `class P(NamedTuple): x: int; y: int = 0`: the namedtuple class that
/// replaces it (fields from the annotations, defaults from the values, the body's
/// methods copied over).
pub fn namedtuple_class(vm: &mut Vm, cls: HeapId) -> PyResult<Value> {
    let anns: Vec<(Value, Value)> = match own_attr(vm, cls, "__annotations__") {
        Some(d) => match vm.dict_of(d) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => vec![],
        },
        None => vec![],
    };
    let mut names = vec![];
    let mut defaults = vec![];
    for (k, _) in &anns {
        let n = vm.str_ref(*k)?.to_string();
        match own_attr(vm, cls, &n) {
            Some(d) => defaults.push(d),
            None if !defaults.is_empty() => {
                return Err(type_error(format!(
                    "Non-default namedtuple field {n} cannot follow default field{} {}",
                    if defaults.len() == 1 { "" } else { "s" },
                    names[names.len() - defaults.len()..]
                        .iter()
                        .map(|v: &Value| vm.str_ref(*v).map(str::to_string).unwrap_or_default())
                        .collect::<Vec<_>>()
                        .join(" ")
                )));
            }
            None => {}
        }
        names.push(*k);
    }
    let name = vm.class_name(Value::Ref(cls)).to_string();
    let name_v = vm.new_str(name);
    let fields = vm.new_list(names);
    let defaults = vm.new_list(defaults);
    let dsym = vm.interner.intern("defaults");
    let nt = vm.call_value(
        Value::ModuleFn(ModuleFn::CollectionsNamedtuple),
        &[name_v, fields],
        &[(dsym, defaults)],
    )?;
    // Methods and other attributes of the body (not the fields' defaults).
    let body: Vec<(crate::intern::Sym, Value)> = match vm.heap.get(cls) {
        Obj::Class(c) => c.dict.clone(),
        _ => vec![],
    };
    let field_names: Vec<String> = anns
        .iter()
        .filter_map(|(k, _)| vm.str_ref(*k).ok().map(str::to_string))
        .collect();
    if let Some(nt_id) = as_class(vm, nt) {
        for (k, v) in body {
            let n = vm.interner.name(k).to_string();
            if field_names.contains(&n) || matches!(n.as_str(), "__module__" | "__qualname__") {
                continue;
            }
            pyclass::set_class_attr(vm, nt_id, &n, v);
        }
    }
    Ok(nt)
}

/// Whether `cls` was written `class X(NamedTuple)`.
pub fn is_namedtuple_syntax(vm: &mut Vm, cls: HeapId) -> bool {
    let nt = module_attr(vm, "NamedTuple");
    match vm.heap.get(cls) {
        Obj::Class(c) => c.bases.iter().any(|b| b.is(nt)),
        _ => false,
    }
}
