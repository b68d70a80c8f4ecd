//! The `functools` module: `reduce`, `partial`, `lru_cache`/`cache`, `wraps`/
//! `update_wrapper`, `total_ordering`, `cmp_to_key`, `cached_property`.
//! `singledispatch` is refused with a `NotImplementedError` naming it.
//!
//! The objects these return are `Obj::FuncTool` values (`object.rs`, shared with
//! `operator`'s getters); the VM hands calls, attribute reads, method binding and
//! comparisons of such objects to the hooks at the bottom of this file.

mod fnattr;
mod lru;
mod object;
mod ordering;

pub use fnattr::set_function_attr;
pub use lru::LruLookup;
pub use object::{repr, FtMethod, FuncTool, MethodCaller};
pub use ordering::{compare, is_cmp_key};

/// Looks a call of the `lru_cache` wrapper `id` up in its cache (for the run loop,
/// which runs a miss in a frame of its own).
pub fn lru_lookup(vm: &mut Vm, id: HeapId, args: &Args) -> PyResult<LruLookup> {
    lru::lookup(vm, id, args)
}

/// Stores `result` in wrapper `id`'s cache under the key held by the cell `key`.
pub fn lru_store(vm: &mut Vm, id: HeapId, key: HeapId, result: Value) -> PyResult<()> {
    let key = match vm.heap.get(key) {
        Obj::Cell(k) => *k,
        _ => return Err(Raise::internal("lru key cell")),
    };
    lru::store(vm, id, key, result)
}

use super::string::bind_clinic;
use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// `WRAPPER_ASSIGNMENTS` (3.11).
const ASSIGNED: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

/// The module's constants: `WRAPPER_ASSIGNMENTS`, `WRAPPER_UPDATES`.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let assigned: Vec<Value> = ASSIGNED.iter().map(|s| vm.new_str(*s)).collect();
    let assigned = vm.new_tuple(assigned);
    let dict = vm.new_str("__dict__");
    let updated = vm.new_tuple(vec![dict]);
    vec![
        ("WRAPPER_ASSIGNMENTS", assigned),
        ("WRAPPER_UPDATES", updated),
    ]
}

fn new_obj(vm: &mut Vm, f: FuncTool) -> Value {
    let bytes = f.heap_bytes();
    let v = vm.alloc(Obj::FuncTool(Box::new(f)));
    vm.heap.grew(bytes);
    v
}

/// Whether `v` can be called.
pub fn is_callable(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Builtin(_) | Value::Tool(_) | Value::ModuleFn(_) | Value::Type(_) => true,
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Function(_) | Obj::NativeMethod(..) | Obj::BoundMethod(..) | Obj::Class(_) => true,
            Obj::Instance(_) => vm.dunder_of(v, "__call__").is_some(),
            Obj::FuncTool(f) => f.is_callable(),
            _ => false,
        },
        _ => false,
    }
}

/// Calls `functools.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::FunctoolsReduce => reduce(vm, args),
        ModuleFn::FunctoolsPartial => partial(vm, args),
        ModuleFn::FunctoolsLruCache => lru_cache(vm, args),
        ModuleFn::FunctoolsCache => {
            let a = bind_clinic(vm, "cache", &["user_function"], 1, &[], args)?;
            Ok(lru::wrap(vm, a[0].unwrap_or(Value::None), None, false))
        }
        ModuleFn::FunctoolsWraps => {
            let a = bind_clinic(
                vm,
                "wraps",
                &["wrapped", "assigned", "updated"],
                1,
                &[],
                args,
            )?;
            let spec = [
                a[0].unwrap_or(Value::None),
                a[1].unwrap_or(Value::Undef),
                a[2].unwrap_or(Value::Undef),
            ];
            Ok(new_obj(vm, FuncTool::Wraps(Box::new(spec))))
        }
        ModuleFn::FunctoolsUpdateWrapper => {
            let a = bind_clinic(
                vm,
                "update_wrapper",
                &["wrapper", "wrapped", "assigned", "updated"],
                2,
                &[],
                args,
            )?;
            let spec = [
                a[1].unwrap_or(Value::None),
                a[2].unwrap_or(Value::Undef),
                a[3].unwrap_or(Value::Undef),
            ];
            update_wrapper(vm, a[0].unwrap_or(Value::None), spec)
        }
        ModuleFn::FunctoolsTotalOrdering => ordering::total_ordering(vm, args),
        ModuleFn::FunctoolsCmpToKey => {
            let a = bind_clinic(vm, "cmp_to_key", &["mycmp"], 1, &[], args)?;
            Ok(new_obj(vm, FuncTool::CmpToKey(a[0].unwrap_or(Value::None))))
        }
        ModuleFn::FunctoolsCachedProperty => {
            let a = super::string::PySig::new("cached_property.__init__", &["func"], 1)
                .bind(vm, args)?;
            Ok(new_obj(
                vm,
                FuncTool::CachedProperty(a.args[0].unwrap_or(Value::None)),
            ))
        }
        ModuleFn::FunctoolsSingledispatch => Err(Raise::new(
            Ty::NotImplementedError,
            "functools.singledispatch is not supported in this sandbox",
        )),
        _ => Err(Raise::internal("not a functools function")),
    }
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("reduce", args).positional(2, 3)?;
    let it = vm.get_iter(a[1])?;
    let mut acc = match a.get(2) {
        Some(v) => *v,
        None => match vm.iter_next(it)? {
            Some(v) => v,
            None => {
                return Err(type_error(
                    "reduce() of empty iterable with no initial value",
                ))
            }
        },
    };
    while let Some(v) = vm.iter_next(it)? {
        vm.count_op()?;
        acc = vm.call_value(a[0], &[acc, v], &[])?;
    }
    Ok(acc)
}

/// `partial(func, /, *args, **keywords)`; a partial of a partial is flattened.
fn partial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((&func, rest)) = args.pos.split_first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(vm, func) {
        return Err(type_error("the first argument must be callable"));
    }
    let (mut func, mut pos, mut kw): (Value, Vec<Value>, Vec<(Value, Value)>) =
        (func, Vec::new(), Vec::new());
    if let Value::Ref(id) = func {
        if let Obj::FuncTool(f) = vm.heap.get(id) {
            if let FuncTool::Partial(inner, a, k) = **f {
                func = inner;
                pos = vm.seq_items(a);
                kw = vm
                    .dict_of(k)
                    .map(|d| d.iter().map(|e| (e.key, e.value)).collect())
                    .unwrap_or_default();
            }
        }
    }
    pos.extend_from_slice(rest);
    let d = vm.alloc(Obj::Dict(Dict::new()));
    let Value::Ref(did) = d else {
        return Err(Raise::internal("dict handle"));
    };
    for (k, v) in kw {
        vm.dict_set(did, k, v)?;
    }
    for (k, v) in &args.kw {
        let name = vm.interner.name(*k).to_string();
        let key = vm.new_str(name);
        vm.dict_set(did, key, *v)?;
    }
    let t = vm.new_tuple(pos);
    Ok(new_obj(vm, FuncTool::Partial(func, t, d)))
}

/// `lru_cache(maxsize=128, typed=False)`, used bare (`@lru_cache`) or called.
fn lru_cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind_clinic(vm, "lru_cache", &["maxsize", "typed"], 0, &[], args)?;
    let maxsize = a[0].unwrap_or(Value::Int(128));
    let typed = match a[1] {
        Some(t) => vm.truthy_mut(t)?,
        None => false,
    };
    if vm.is_int(maxsize) && !matches!(maxsize, Value::Bool(_)) {
        let n = match maxsize {
            Value::Int(i) => i.max(0) as usize,
            // A big int: as good as unbounded.
            _ => usize::MAX,
        };
        return Ok(new_obj(vm, FuncTool::LruDecorator(Some(n), typed)));
    }
    if maxsize.is_none() {
        return Ok(new_obj(vm, FuncTool::LruDecorator(None, typed)));
    }
    if is_callable(vm, maxsize) && a[1].is_none_or(|t| matches!(t, Value::Bool(_))) {
        return Ok(lru::wrap(vm, maxsize, Some(128), typed));
    }
    Err(type_error(
        "Expected first argument to be an integer, a callable, or None",
    ))
}

/// The names in `names` (a tuple/list of str), or `default` when `Undef`.
fn name_list(vm: &mut Vm, names: Value, default: &[&str]) -> PyResult<Vec<Sym>> {
    if matches!(names, Value::Undef) {
        return Ok(default.iter().map(|n| vm.interner.intern(n)).collect());
    }
    let items = vm.collect_iterable(names)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let s = vm.str_ref(it)?.to_string();
        out.push(vm.interner.intern(&s));
    }
    Ok(out)
}

/// `update_wrapper(wrapper, wrapped, assigned, updated)`: copies the `assigned`
/// attributes that `wrapped` has, merges the `updated` dicts, sets `__wrapped__`.
fn update_wrapper(vm: &mut Vm, wrapper: Value, spec: [Value; 3]) -> PyResult<Value> {
    let [wrapped, assigned, updated] = spec;
    for name in name_list(vm, assigned, &ASSIGNED)? {
        match vm.get_attr(wrapped, name) {
            Ok(v) => vm.set_attr(wrapper, name, v)?,
            Err(e @ Raise::Fatal(_)) => return Err(e),
            Err(e) => {
                let exc = vm.materialize(e);
                if !vm.exc_is(exc, Ty::AttributeError) {
                    return Err(Raise::Obj(exc));
                }
            }
        }
    }
    for name in name_list(vm, updated, &["__dict__"])? {
        if vm.interner.name(name) == "__dict__" {
            fnattr::copy_dict(vm, wrapper, wrapped)?;
        }
    }
    let sym = vm.interner.intern("__wrapped__");
    vm.set_attr(wrapper, sym, wrapped)?;
    Ok(wrapper)
}

/// The object behind handle `id` (callers checked it is a `FuncTool`).
fn get(vm: &Vm, id: HeapId) -> Option<&FuncTool> {
    match vm.heap.get(id) {
        Obj::FuncTool(f) => Some(f),
        _ => None,
    }
}

/// Calls the `FuncTool` object `id`.
pub fn call_object(vm: &mut Vm, id: HeapId, args: Args) -> PyResult<Value> {
    enum Do {
        Partial(Value, Value, Value),
        Lru,
        Decorate(Option<usize>, bool),
        Wraps([Value; 3]),
        Key(Value),
        Ordering(u8),
        Getter,
        Method(Value, FtMethod),
        NotCallable,
    }
    let what = match get(vm, id) {
        Some(FuncTool::Partial(f, a, k)) => Do::Partial(*f, *a, *k),
        Some(FuncTool::Lru(_)) => Do::Lru,
        Some(FuncTool::LruDecorator(m, t)) => Do::Decorate(*m, *t),
        Some(FuncTool::Wraps(s)) => Do::Wraps(**s),
        Some(FuncTool::CmpToKey(c)) => Do::Key(*c),
        Some(FuncTool::Ordering(i)) => Do::Ordering(*i),
        Some(FuncTool::ItemGetter(_) | FuncTool::AttrGetter(_) | FuncTool::MethodCaller(_)) => {
            Do::Getter
        }
        Some(FuncTool::Method(r, m)) => Do::Method(*r, *m),
        _ => Do::NotCallable,
    };
    match what {
        Do::Partial(func, a, k) => {
            let mut pos = vm.seq_items(a);
            pos.extend_from_slice(&args.pos);
            let mut kw: Vec<(Sym, Value)> = Vec::new();
            let pairs: Vec<(Value, Value)> = vm
                .dict_of(k)
                .map(|d| d.iter().map(|e| (e.key, e.value)).collect())
                .unwrap_or_default();
            for (k, v) in pairs {
                let name = vm.str_ref(k)?.to_string();
                kw.push((vm.interner.intern(&name), v));
            }
            for (k, v) in args.kw {
                match kw.iter_mut().find(|(n, _)| *n == k) {
                    Some(slot) => slot.1 = v,
                    None => kw.push((k, v)),
                }
            }
            vm.call_value(func, &pos, &kw)
        }
        Do::Lru => lru::call(vm, id, args),
        Do::Decorate(maxsize, typed) => {
            let a = ArgParser::new("decorating_function", args).positional(1, 1)?;
            Ok(lru::wrap(vm, a[0], maxsize, typed))
        }
        Do::Wraps(spec) => {
            let a = ArgParser::new("update_wrapper", args).positional(1, 1)?;
            update_wrapper(vm, a[0], spec)
        }
        Do::Key(cmp) => {
            let a = ArgParser::new("K", args).positional(1, 1)?;
            Ok(new_obj(vm, FuncTool::CmpKey(cmp, a[0])))
        }
        Do::Ordering(i) => ordering::call_derived(vm, i, args),
        Do::Getter => super::operator::call_getter(vm, id, args),
        Do::Method(recv, m) => match recv {
            Value::Ref(rid) => lru::method(vm, rid, m, args),
            _ => Err(Raise::internal("method receiver")),
        },
        Do::NotCallable => Err(type_error(format!(
            "'{}' object is not callable",
            vm.type_name(Value::Ref(id))
        ))),
    }
}

/// `obj.name` for a `FuncTool` object; `None` when it has no such attribute.
pub fn get_attr(vm: &mut Vm, id: HeapId, name: Sym) -> PyResult<Option<Value>> {
    let n = vm.interner.name(name).to_string();
    let Some(f) = get(vm, id) else {
        return Ok(None);
    };
    Ok(match (f, n.as_str()) {
        (FuncTool::Partial(f, ..), "func") => Some(*f),
        (FuncTool::Partial(_, a, _), "args") => Some(*a),
        (FuncTool::Partial(_, _, k), "keywords") => Some(*k),
        (FuncTool::Lru(l), "__wrapped__") => Some(l.func),
        (FuncTool::Lru(l), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
            let func = l.func;
            Some(vm.get_attr(func, name)?)
        }
        (FuncTool::Lru(_), "cache_info") => Some(method(vm, id, FtMethod::Info)),
        (FuncTool::Lru(_), "cache_clear") => Some(method(vm, id, FtMethod::Clear)),
        (FuncTool::Lru(_), "cache_parameters") => Some(method(vm, id, FtMethod::Parameters)),
        (FuncTool::CacheInfo(v), field) => {
            let i = ["hits", "misses", "maxsize", "currsize"]
                .iter()
                .position(|f| *f == field);
            i.map(|i| v[i])
        }
        (FuncTool::CmpKey(_, obj), "obj") => Some(*obj),
        (FuncTool::CachedProperty(f), "func") => Some(*f),
        (FuncTool::CachedProperty(f), "attrname") => {
            let f = *f;
            let sym = crate::attrs::Kn::DunderName.sym();
            Some(vm.get_attr(f, sym)?)
        }
        (FuncTool::Method(_, m), "__name__") => Some(vm.new_str(m.name())),
        _ => None,
    })
}

fn method(vm: &mut Vm, id: HeapId, m: FtMethod) -> Value {
    new_obj(vm, FuncTool::Method(Value::Ref(id), m))
}

/// What class attribute `attr` (a `FuncTool`) gives when read through `obj`: the
/// methods `total_ordering` adds and `lru_cache`d functions bind like functions; a
/// `cached_property` computes its value once and stores it on the instance.
pub fn bind(vm: &mut Vm, attr: Value, obj: Value, through_class: bool) -> PyResult<Value> {
    let Value::Ref(id) = attr else {
        return Ok(attr);
    };
    if through_class {
        return Ok(attr);
    }
    match get(vm, id) {
        Some(FuncTool::Ordering(_) | FuncTool::Lru(_)) => Ok(vm.alloc(Obj::BoundMethod(obj, attr))),
        Some(FuncTool::CachedProperty(f)) => {
            let f = *f;
            let name_v = vm.get_attr(f, crate::attrs::Kn::DunderName.sym())?;
            let name = vm.str_ref(name_v)?.to_string();
            let v = vm.call_value(f, &[obj], &[])?;
            let sym = vm.interner.intern(&name);
            vm.set_attr(obj, sym, v)?;
            Ok(v)
        }
        _ => Ok(attr),
    }
}
