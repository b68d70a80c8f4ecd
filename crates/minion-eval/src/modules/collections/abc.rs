//! `collections.abc`: the abstract base classes, for `isinstance`/`issubclass` over
//! the built-in types (CPython's registrations) and over user classes (the dunders
//! they define, as `__subclasshook__` checks, or explicit subclassing). The classes
//! are plain `Obj::Class`es marked by an `__abc__` attribute; the mixin methods
//! (`Mapping.get` for a user subclass...) are not provided.

use crate::heap::HeapId;
use crate::objects::{Class, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::Vm;

/// The ABCs, in the order of CPython's `collections.abc.__all__` (the subset kept).
const NAMES: &[&str] = &[
    "Awaitable",
    "Coroutine",
    "AsyncIterable",
    "AsyncIterator",
    "AsyncGenerator",
    "Hashable",
    "Iterable",
    "Iterator",
    "Generator",
    "Reversible",
    "Sized",
    "Container",
    "Callable",
    "Collection",
    "Set",
    "MutableSet",
    "Mapping",
    "MutableMapping",
    "MappingView",
    "KeysView",
    "ItemsView",
    "ValuesView",
    "Sequence",
    "MutableSequence",
    "ByteString",
];

/// The `collections.abc` module (a namespace of ABC classes).
pub fn module(vm: &mut Vm) -> Value {
    if let Some((_, m)) = vm.modules.iter().find(|(n, _)| *n == "collections.abc") {
        return *m;
    }
    let marker = vm.interner.intern("__abc__");
    let module = vm.interner.intern("__module__");
    let modname = vm.new_str("collections.abc");
    let mut entries = vec![(vm.interner.intern("__name__"), modname)];
    for (i, name) in NAMES.iter().enumerate() {
        let cls = vm.heap.alloc(Obj::Class(Box::new(Class {
            name: name.to_string(),
            qualname: name.to_string(),
            bases: Vec::new(),
            mro: Vec::new(),
            dict: vec![(marker, Value::Int(i as i64)), (module, modname)],
            exc_base: None,
            flags: 0,
        })));
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            c.mro = vec![Value::Ref(cls), Value::Type(Ty::Object)];
        }
        entries.push((vm.interner.intern(name), Value::Ref(cls)));
    }
    let m = vm.alloc(Obj::Namespace(Box::new((
        "collections.abc".to_string(),
        entries,
    ))));
    vm.modules.push(("collections.abc", m));
    m
}

/// The ABC name of class `cls`, if it is one of the `collections.abc` classes.
pub fn abc_name(vm: &Vm, cls: HeapId) -> Option<&'static str> {
    let Obj::Class(c) = vm.heap.get(cls) else {
        return None;
    };
    let marker = vm.interner.lookup("__abc__")?;
    match c.own(marker) {
        Some(Value::Int(i)) => NAMES.get(i as usize).copied(),
        _ => None,
    }
}

/// The built-in types CPython registers (directly or through a base) under `abc`.
fn builtin_is(t: Ty, abc: &str) -> bool {
    use Ty::*;
    let dicts = t.is_dict();
    let views = matches!(t, DictKeys | DictValues | DictItems);
    let iterators = matches!(
        t,
        Iterator | Enumerate | Zip | Map | Filter | Reversed | Generator
    );
    let sequences = matches!(t, Str | Bytes | ByteArray | List | Tuple | Range | Deque);
    let sets = matches!(t, Set | FrozenSet);
    let collections = sequences || sets || dicts || views || t == ChainMap;
    match abc {
        "Hashable" => {
            !(dicts
                || matches!(
                    t,
                    List | Set | ByteArray | Deque | ChainMap | Slice | DictKeys | DictItems
                ))
        }
        "Iterable" => collections || iterators,
        "Iterator" => iterators,
        "Generator" => t == Generator,
        "Reversible" => sequences || dicts || views,
        "Sized" | "Container" | "Collection" => collections,
        "Callable" => matches!(t, Function | BuiltinFunction | Method | Type),
        "Set" => sets || matches!(t, DictKeys | DictItems),
        "MutableSet" => t == Set,
        "Mapping" => dicts || t == ChainMap,
        "MutableMapping" => dicts || t == ChainMap,
        "MappingView" => views,
        "KeysView" => t == DictKeys,
        "ItemsView" => t == DictItems,
        "ValuesView" => t == DictValues,
        "Sequence" => sequences,
        "MutableSequence" => matches!(t, List | ByteArray | Deque),
        "ByteString" => matches!(t, Bytes | ByteArray),
        "Awaitable" | "Coroutine" => matches!(t, Coroutine | Task | Future),
        "AsyncIterable" | "AsyncIterator" | "AsyncGenerator" => t == AsyncGenerator,
        _ => false,
    }
}

/// The dunders whose presence makes a user class a virtual subclass of `abc`
/// (CPython's `__subclasshook__`s); empty for ABCs without a hook.
fn hook_dunders(abc: &str) -> &'static [&'static str] {
    match abc {
        "Hashable" => &["__hash__"],
        "Iterable" => &["__iter__"],
        "Iterator" => &["__iter__", "__next__"],
        "Reversible" => &["__reversed__", "__iter__"],
        "Sized" => &["__len__"],
        "Container" => &["__contains__"],
        "Callable" => &["__call__"],
        "Collection" => &["__len__", "__iter__", "__contains__"],
        "Awaitable" => &["__await__"],
        "AsyncIterable" => &["__aiter__"],
        "AsyncIterator" => &["__aiter__", "__anext__"],
        _ => &[],
    }
}

/// Whether class value `sub` (a built-in type or a user class) is a subclass of the
/// ABC `abc` (a class from [`module`]).
pub fn is_subclass(vm: &Vm, sub: Value, abc_cls: HeapId, abc: &str) -> bool {
    match sub {
        Value::Type(t) => builtin_is(t, abc),
        Value::Ref(id) => {
            let Obj::Class(c) = vm.heap.get(id) else {
                return false;
            };
            for m in &c.mro {
                match m {
                    Value::Ref(x) if *x == abc_cls => return true,
                    Value::Type(t) if *t != Ty::Object && builtin_is(*t, abc) => return true,
                    _ => {}
                }
            }
            let dunders = hook_dunders(abc);
            if abc == "Hashable" {
                // Every class inherits `object.__hash__` unless it sets `__eq__` alone.
                let eq = vm
                    .interner
                    .lookup("__eq__")
                    .and_then(|s| vm.class_lookup(id, s));
                let hash = vm
                    .interner
                    .lookup("__hash__")
                    .and_then(|s| vm.class_lookup(id, s));
                return match (eq, hash) {
                    (_, Some(h)) => !h.is_none(),
                    (Some(_), None) => false,
                    (None, None) => true,
                };
            }
            !dunders.is_empty()
                && dunders.iter().all(|d| {
                    vm.interner
                        .lookup(d)
                        .and_then(|s| vm.class_lookup(id, s))
                        .is_some_and(|v| !v.is_none())
                })
        }
        _ => false,
    }
}
