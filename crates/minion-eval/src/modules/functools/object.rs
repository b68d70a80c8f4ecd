//! `FuncTool`: the callable and helper objects of `functools` and `operator`
//! (`partial`, the `lru_cache` wrapper, `cmp_to_key` keys, `itemgetter`...), their
//! type names, reprs and attributes. One heap variant (`Obj::FuncTool`) holds them all.

use super::lru::Lru;
use crate::error::PyResult;
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::value::Value;
use crate::vm::Vm;

/// A method of a `FuncTool` object, bound by attribute access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FtMethod {
    /// `wrapper.cache_info()`.
    Info,
    /// `wrapper.cache_clear()`.
    Clear,
    /// `wrapper.cache_parameters()`.
    Parameters,
}

impl FtMethod {
    /// The Python name.
    pub fn name(self) -> &'static str {
        match self {
            FtMethod::Info => "cache_info",
            FtMethod::Clear => "cache_clear",
            FtMethod::Parameters => "cache_parameters",
        }
    }
}

/// `operator.methodcaller(name, *args, **kwargs)`.
#[derive(Debug)]
pub struct MethodCaller {
    /// The method name.
    pub name: Sym,
    /// Positional arguments.
    pub args: Vec<Value>,
    /// Keyword arguments.
    pub kw: Vec<(Sym, Value)>,
}

/// A `functools` / `operator` object.
#[derive(Debug)]
pub enum FuncTool {
    /// `functools.partial`: function, positional args (a tuple), keywords (a dict).
    Partial(Value, Value, Value),
    /// The `lru_cache` / `cache` wrapper.
    Lru(Box<Lru>),
    /// `lru_cache(maxsize, typed)` waiting for its function.
    LruDecorator(Option<usize>, bool),
    /// What `cache_info()` returns: hits, misses, maxsize, currsize.
    CacheInfo([Value; 4]),
    /// `wraps(wrapped, assigned, updated)` waiting for the wrapper.
    Wraps(Box<[Value; 3]>),
    /// What `cmp_to_key(cmp)` returns: calling it makes a key.
    CmpToKey(Value),
    /// A key of `cmp_to_key`: the comparison function and the wrapped object.
    CmpKey(Value, Value),
    /// A comparison method `total_ordering` added (index into its table).
    Ordering(u8),
    /// `functools.cached_property(func)`.
    CachedProperty(Value),
    /// `operator.itemgetter(*items)`.
    ItemGetter(Box<[Value]>),
    /// `operator.attrgetter(*names)`, each name split at its dots.
    AttrGetter(Box<[Box<[Sym]>]>),
    /// `operator.methodcaller(name, ...)`.
    MethodCaller(Box<MethodCaller>),
    /// A method bound to its object (`wrapper.cache_info`).
    Method(Value, FtMethod),
}

impl FuncTool {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            FuncTool::Partial(a, b, c) => out.extend([*a, *b, *c]),
            FuncTool::Lru(l) => l.children(out),
            FuncTool::LruDecorator(..) | FuncTool::Ordering(_) | FuncTool::AttrGetter(_) => {}
            FuncTool::CacheInfo(v) => out.extend_from_slice(v),
            FuncTool::Wraps(v) => out.extend_from_slice(&v[..]),
            FuncTool::CmpToKey(f) | FuncTool::CachedProperty(f) | FuncTool::Method(f, _) => {
                out.push(*f)
            }
            FuncTool::CmpKey(a, b) => out.extend([*a, *b]),
            FuncTool::ItemGetter(items) => out.extend_from_slice(items),
            FuncTool::MethodCaller(m) => {
                out.extend_from_slice(&m.args);
                out.extend(m.kw.iter().map(|(_, v)| *v));
            }
        }
    }

    /// Approximate bytes held beyond the object itself, for the memory limit.
    pub fn heap_bytes(&self) -> usize {
        match self {
            FuncTool::Lru(_) => 96,
            FuncTool::ItemGetter(items) => items.len() * 16,
            FuncTool::AttrGetter(names) => names.iter().map(|n| n.len() * 4 + 16).sum(),
            FuncTool::MethodCaller(m) => 32 + m.args.len() * 16 + m.kw.len() * 24,
            _ => 0,
        }
    }

    /// CPython's type name (`functools.partial`).
    pub fn type_name(&self) -> &'static str {
        match self {
            FuncTool::Partial(..) => "functools.partial",
            FuncTool::Lru(_) => "functools._lru_cache_wrapper",
            FuncTool::LruDecorator(..) | FuncTool::Wraps(_) | FuncTool::Ordering(_) => "function",
            FuncTool::CacheInfo(_) => "CacheInfo",
            FuncTool::CmpToKey(_) | FuncTool::CmpKey(..) => "functools.KeyWrapper",
            FuncTool::CachedProperty(_) => "cached_property",
            FuncTool::ItemGetter(_) => "operator.itemgetter",
            FuncTool::AttrGetter(_) => "operator.attrgetter",
            FuncTool::MethodCaller(_) => "operator.methodcaller",
            FuncTool::Method(..) => "builtin_function_or_method",
        }
    }

    /// Whether calling it does something (`callable()`).
    pub fn is_callable(&self) -> bool {
        !matches!(
            self,
            FuncTool::CacheInfo(_) | FuncTool::CmpKey(..) | FuncTool::CachedProperty(_)
        )
    }
}

fn addr(id: HeapId) -> String {
    format!("0x{:012x}", id.index() * 16)
}

/// `repr()` of a `FuncTool` object, as CPython prints it.
pub fn repr(vm: &Vm, f: &FuncTool, id: HeapId) -> PyResult<String> {
    Ok(match f {
        FuncTool::Partial(func, args, kw) => {
            let mut parts = vec![vm.repr(*func)?];
            for a in vm.seq_items(*args) {
                parts.push(vm.repr(a)?);
            }
            if let Some(d) = vm.dict_of(*kw) {
                let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                for (k, v) in pairs {
                    parts.push(format!("{}={}", vm.str_of(k)?, vm.repr(v)?));
                }
            }
            format!("functools.partial({})", parts.join(", "))
        }
        FuncTool::CacheInfo(v) => format!(
            "CacheInfo(hits={}, misses={}, maxsize={}, currsize={})",
            vm.repr(v[0])?,
            vm.repr(v[1])?,
            vm.repr(v[2])?,
            vm.repr(v[3])?
        ),
        FuncTool::ItemGetter(items) => {
            let parts: Vec<String> = items.iter().map(|v| vm.repr(*v)).collect::<PyResult<_>>()?;
            format!("operator.itemgetter({})", parts.join(", "))
        }
        FuncTool::AttrGetter(names) => {
            let parts: Vec<String> = names
                .iter()
                .map(|path| {
                    let dotted: Vec<&str> = path.iter().map(|s| vm.interner.name(*s)).collect();
                    minion_tool::repr_str(&dotted.join("."))
                })
                .collect();
            format!("operator.attrgetter({})", parts.join(", "))
        }
        FuncTool::MethodCaller(m) => {
            let mut parts = vec![minion_tool::repr_str(vm.interner.name(m.name))];
            for a in &m.args {
                parts.push(vm.repr(*a)?);
            }
            for (k, v) in &m.kw {
                parts.push(format!("{}={}", vm.interner.name(*k), vm.repr(*v)?));
            }
            format!("operator.methodcaller({})", parts.join(", "))
        }
        FuncTool::Lru(_) => format!("<functools._lru_cache_wrapper object at {}>", addr(id)),
        FuncTool::LruDecorator(..) => {
            format!(
                "<function lru_cache.<locals>.decorating_function at {}>",
                addr(id)
            )
        }
        FuncTool::Wraps(_) => format!("<function update_wrapper at {}>", addr(id)),
        FuncTool::Ordering(i) => format!(
            "<function {} at {}>",
            super::ordering::derived_name(*i),
            addr(id)
        ),
        FuncTool::CmpToKey(_) | FuncTool::CmpKey(..) => {
            format!("<functools.KeyWrapper object at {}>", addr(id))
        }
        FuncTool::CachedProperty(_) => {
            format!("<functools.cached_property object at {}>", addr(id))
        }
        FuncTool::Method(recv, m) => format!(
            "<built-in method {} of {} object at {}>",
            m.name(),
            vm.type_name(*recv),
            addr(id)
        ),
    })
}
