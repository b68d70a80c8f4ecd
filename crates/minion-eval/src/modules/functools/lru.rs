//! `functools.lru_cache` and `cache`: the wrapper, its key (CPython's
//! `_make_key`), least-recently-used eviction, and `cache_info`/`cache_clear`.
//!
//! The cache is a dict kept in least-recently-used order: a hit moves its entry to
//! the end, eviction drops the first one.

use super::object::{FtMethod, FuncTool};
use crate::error::{PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Dict, Obj};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The state of an `lru_cache` wrapper.
#[derive(Debug)]
pub struct Lru {
    /// The wrapped function.
    pub func: Value,
    /// `None` for an unbounded cache.
    pub maxsize: Option<usize>,
    /// Whether arguments of different types are cached apart.
    pub typed: bool,
    /// The cache: a dict from key to result.
    pub cache: Value,
    /// Calls answered from the cache.
    pub hits: u64,
    /// Calls that ran the function.
    pub misses: u64,
    /// Separates positional from keyword arguments in keys (never seen by Python).
    pub kwmark: Value,
}

impl Lru {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend([self.func, self.cache, self.kwmark]);
    }
}

/// Wraps `func` in a new cache.
pub fn wrap(vm: &mut Vm, func: Value, maxsize: Option<usize>, typed: bool) -> Value {
    let cache = vm.alloc(Obj::Dict(Dict::new()));
    // Hashed and compared by identity, and unreachable from Python code.
    let kwmark = vm.alloc(Obj::Cell(Value::None));
    vm.alloc(Obj::FuncTool(Box::new(FuncTool::Lru(Box::new(Lru {
        func,
        maxsize,
        typed,
        cache,
        hits: 0,
        misses: 0,
        kwmark,
    })))))
}

fn lru(vm: &mut Vm, id: HeapId) -> PyResult<&mut Lru> {
    match vm.heap.get_mut(id) {
        Obj::FuncTool(f) => match &mut **f {
            FuncTool::Lru(l) => Ok(l),
            _ => Err(Raise::internal("not an lru_cache wrapper")),
        },
        _ => Err(Raise::internal("not an lru_cache wrapper")),
    }
}

/// CPython's `_make_key`: one int or str argument is its own key; otherwise a tuple
/// of the arguments, the keyword marker and the keyword pairs (and the types, when
/// `typed`). Unhashable arguments fail when the key is hashed.
fn make_key(vm: &mut Vm, args: &Args, typed: bool, kwmark: Value) -> Value {
    if !typed && args.kw.is_empty() && args.pos.len() == 1 {
        let a = args.pos[0];
        let exact = matches!(a, Value::Int(_))
            || matches!(a, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Str(_) | Obj::Int(_)));
        if exact && vm.class_of(a).is_none() {
            return a;
        }
    }
    let mut key = args.pos.clone();
    if !args.kw.is_empty() {
        key.push(kwmark);
        for (k, v) in &args.kw {
            let name = vm.interner.name(*k).to_string();
            key.push(vm.new_str(name));
            key.push(*v);
        }
    }
    if typed {
        let types: Vec<Value> = args
            .pos
            .iter()
            .chain(args.kw.iter().map(|(_, v)| v))
            .map(|v| vm.class_value_of(*v))
            .collect();
        key.extend(types);
    }
    vm.new_tuple(key)
}

/// What a call of an `lru_cache` wrapper finds in its cache.
pub enum LruLookup {
    /// The cached result.
    Hit(Value),
    /// Not cached: call `func`, then store the result under `key` (`None` when the
    /// cache is disabled, `maxsize=0`).
    Miss {
        /// The wrapped function.
        func: Value,
        /// The cache key.
        key: Option<Value>,
    },
}

/// Looks the call `args` up in wrapper `id`'s cache, counting the hit or miss.
pub fn lookup(vm: &mut Vm, id: HeapId, args: &Args) -> PyResult<LruLookup> {
    let (func, maxsize, typed, cache, kwmark) = {
        let l = lru(vm, id)?;
        (l.func, l.maxsize, l.typed, l.cache, l.kwmark)
    };
    if maxsize == Some(0) {
        lru(vm, id)?.misses += 1;
        return Ok(LruLookup::Miss { func, key: None });
    }
    let key = make_key(vm, args, typed, kwmark);
    let Value::Ref(cid) = cache else {
        return Err(Raise::internal("lru cache dict"));
    };
    if let Some(v) = vm.dict_get(cid, key)? {
        lru(vm, id)?.hits += 1;
        if maxsize.is_some() {
            // Most recently used goes last.
            vm.dict_remove(cid, key)?;
            vm.dict_set(cid, key, v)?;
        }
        return Ok(LruLookup::Hit(v));
    }
    lru(vm, id)?.misses += 1;
    Ok(LruLookup::Miss {
        func,
        key: Some(key),
    })
}

/// Stores `result` under `key` in wrapper `id`'s cache, evicting the least recently
/// used entry when full.
pub fn store(vm: &mut Vm, id: HeapId, key: Value, result: Value) -> PyResult<()> {
    let (maxsize, cache) = {
        let l = lru(vm, id)?;
        (l.maxsize, l.cache)
    };
    let Value::Ref(cid) = cache else {
        return Err(Raise::internal("lru cache dict"));
    };
    // A recursive call may have cached this key meanwhile; CPython keeps that entry.
    if vm.dict_get(cid, key)?.is_some() {
        return Ok(());
    }
    if let Some(max) = maxsize {
        let len = vm.dict_of(cache).map_or(0, |d| d.len());
        if len >= max {
            let oldest = vm
                .dict_of(cache)
                .and_then(|d| d.iter().next().map(|e| e.key));
            if let Some(k) = oldest {
                vm.dict_remove(cid, k)?;
            }
        }
    }
    vm.dict_set(cid, key, result)
}

/// Calls the wrapper `id` from native code: the cached result, or the function's
/// (then cached).
pub fn call(vm: &mut Vm, id: HeapId, args: Args) -> PyResult<Value> {
    match lookup(vm, id, &args)? {
        LruLookup::Hit(v) => Ok(v),
        LruLookup::Miss { func, key } => {
            let result = vm.call_value(func, &args.pos, &args.kw)?;
            if let Some(key) = key {
                store(vm, id, key, result)?;
            }
            Ok(result)
        }
    }
}

/// `cache_info()`, `cache_clear()`, `cache_parameters()` of wrapper `id`.
pub fn method(vm: &mut Vm, id: HeapId, m: FtMethod, args: Args) -> PyResult<Value> {
    crate::builtins::ArgParser::new(m.name(), args).positional(0, 0)?;
    let (hits, misses, maxsize, typed, cache) = {
        let l = lru(vm, id)?;
        (l.hits, l.misses, l.maxsize, l.typed, l.cache)
    };
    let maxsize = maxsize.map_or(Value::None, |m| Value::Int(m as i64));
    match m {
        FtMethod::Info => {
            let size = vm.dict_of(cache).map_or(0, |d| d.len());
            let info = [
                Value::Int(hits as i64),
                Value::Int(misses as i64),
                maxsize,
                Value::Int(size as i64),
            ];
            Ok(vm.alloc(Obj::FuncTool(Box::new(FuncTool::CacheInfo(info)))))
        }
        FtMethod::Clear => {
            if let Value::Ref(cid) = cache {
                if let Obj::Dict(d) = vm.heap.get_mut(cid) {
                    d.clear();
                }
            }
            let l = lru(vm, id)?;
            l.hits = 0;
            l.misses = 0;
            Ok(Value::None)
        }
        FtMethod::Parameters => {
            let d = vm.alloc(Obj::Dict(Dict::new()));
            let Value::Ref(did) = d else {
                return Err(Raise::internal("dict handle"));
            };
            let k = vm.new_str("maxsize");
            vm.dict_set(did, k, maxsize)?;
            let k = vm.new_str("typed");
            vm.dict_set(did, k, Value::Bool(typed))?;
            Ok(d)
        }
    }
}
