//! `collections.namedtuple`: a factory of user classes (`Obj::Class` deriving from
//! `tuple`, so they can be subclassed) whose instances are `Obj::NamedTuple`: tuples
//! that know their class. Fields are read by position through the class's accessors;
//! `_make`, `_replace`, `_asdict`, `_fields` and `_field_defaults` are CPython's.

use std::collections::HashSet;

use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::modules::ModuleFn;
use crate::objects::{Class, Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

use super::super::string::PySig;

/// An instance of a namedtuple class.
#[derive(Debug, Clone)]
pub struct NamedTuple {
    /// Its class (a namedtuple class or a subclass of one).
    pub class: HeapId,
    /// The tuple's items.
    pub items: Box<[Value]>,
}

/// Python's keywords (not allowed as type or field names).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn namedtuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = PySig::new("namedtuple", &["typename", "field_names"], 2)
        .kwonly(&["rename", "defaults", "module"])
        .bind(vm, args)?;
    let (typename, names) = (b.args[0].expect("required"), b.args[1].expect("required"));
    let rename = match b.kwonly[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut fields: Vec<String> = if vm.is_str(names) {
        vm.str_ref(names)?
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect()
    } else {
        let items = vm.collect_iterable(names)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(vm.str_mut(it)?);
        }
        out
    };
    vm.charge(fields.len() as u64)?;
    let typename = vm.str_mut(typename)?;
    if rename {
        let mut seen: HashSet<String> = HashSet::new();
        for (i, name) in fields.iter_mut().enumerate() {
            let bad = !crate::strops::isidentifier(name)
                || KEYWORDS.contains(&name.as_str())
                || name.starts_with('_')
                || seen.contains(name);
            seen.insert(name.clone());
            if bad {
                *name = format!("_{i}");
            }
        }
    }
    for name in std::iter::once(&typename).chain(fields.iter()) {
        if !crate::strops::isidentifier(name) {
            return Err(value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                minion_tool::repr_str(name)
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                minion_tool::repr_str(name)
            )));
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    for name in fields.iter() {
        if name.starts_with('_') && !rename {
            return Err(value_error(format!(
                "Field names cannot start with an underscore: {}",
                minion_tool::repr_str(name)
            )));
        }
        if !seen.insert(name.as_str()) {
            return Err(value_error(format!(
                "Encountered duplicate field name: {}",
                minion_tool::repr_str(name)
            )));
        }
    }
    let defaults = match b.kwonly[1] {
        None | Some(Value::None) => Vec::new(),
        Some(d) => vm.collect_iterable(d)?,
    };
    if defaults.len() > fields.len() {
        return Err(type_error("Got more default values than field names"));
    }
    make_class(vm, &typename, &fields, &defaults)
}

/// Builds the namedtuple class.
fn make_class(
    vm: &mut Vm,
    typename: &str,
    fields: &[String],
    defaults: &[Value],
) -> PyResult<Value> {
    let field_strs: Vec<Value> = fields.iter().map(|f| vm.new_str(f.as_str())).collect();
    let fields_tuple = vm.new_tuple(field_strs.clone());
    let defaults_dict = vm.alloc(Obj::Dict(Dict::new()));
    let did = defaults_dict.as_ref().expect("dict");
    let first_default = fields.len() - defaults.len();
    for (k, v) in field_strs[first_default..].iter().zip(defaults) {
        vm.dict_set(did, *k, *v)?;
    }
    let make = vm.alloc(Obj::ClassMethod(Value::ModuleFn(
        ModuleFn::CollectionsNtMake,
    )));
    let mut dict: Vec<(Sym, Value)> = vec![
        (vm.interner.intern("_fields"), fields_tuple),
        (vm.interner.intern("_field_defaults"), defaults_dict),
        (vm.interner.intern("_make"), make),
        (
            vm.interner.intern("_replace"),
            Value::ModuleFn(ModuleFn::CollectionsNtReplace),
        ),
        (
            vm.interner.intern("_asdict"),
            Value::ModuleFn(ModuleFn::CollectionsNtAsdict),
        ),
    ];
    for (i, f) in fields.iter().enumerate() {
        // A field accessor: a property whose getter slot holds the field's position.
        let acc = vm.alloc(Obj::Property(Box::new([
            Value::Int(i as i64),
            Value::None,
            Value::None,
        ])));
        dict.push((vm.interner.intern(f), acc));
    }
    vm.check_alloc(fields.len() * 64)?;
    let cls = vm.heap.alloc(Obj::Class(Box::new(Class {
        name: typename.to_string(),
        qualname: typename.to_string(),
        bases: vec![Value::Type(Ty::Tuple)],
        mro: Vec::new(),
        dict,
        exc_base: None,
        flags: crate::objects::class::flags::NAMEDTUPLE,
    })));
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.mro = vec![
            Value::Ref(cls),
            Value::Type(Ty::Tuple),
            Value::Type(Ty::Object),
        ];
    }
    Ok(Value::Ref(cls))
}

/// The field names of namedtuple class `cls` (`_fields`, as text) and the name of the
/// namedtuple class that declared them.
fn fields_of(vm: &Vm, cls: HeapId) -> (Vec<String>, Value) {
    let fields = vm
        .interner
        .lookup("_fields")
        .and_then(|s| vm.class_lookup(cls, s));
    let names = match fields {
        Some(t) => vm
            .seq_slice(t)
            .iter()
            .map(|v| vm.str_ref(*v).map(str::to_string).unwrap_or_default())
            .collect(),
        None => Vec::new(),
    };
    (names, fields.unwrap_or(Value::None))
}

/// The `__new__` name of `cls` for messages: the declaring namedtuple class's name.
fn new_name(vm: &Vm, cls: HeapId) -> String {
    let mro: Vec<Value> = match vm.heap.get(cls) {
        Obj::Class(c) => c.mro.clone(),
        _ => Vec::new(),
    };
    let sym = vm.interner.lookup("_fields");
    for c in mro {
        if let Value::Ref(id) = c {
            if let Obj::Class(k) = vm.heap.get(id) {
                if sym.is_some_and(|s| k.own(s).is_some()) {
                    return format!("{}.__new__", k.name);
                }
            }
        }
    }
    "__new__".into()
}

/// Calling a namedtuple class: binds the fields like CPython's generated `__new__`.
pub fn construct_instance(vm: &mut Vm, cls: HeapId, args: Args) -> PyResult<Value> {
    let (fields, _) = fields_of(vm, cls);
    let defaults = vm
        .interner
        .lookup("_field_defaults")
        .and_then(|s| vm.class_lookup(cls, s));
    let ndefaults = vm
        .dict_of(defaults.unwrap_or(Value::None))
        .map_or(0, |d| d.len());
    let name = new_name(vm, cls);
    let params: Vec<&str> = fields.iter().map(String::as_str).collect();
    let b = PySig::new(&name, &params, params.len() - ndefaults.min(params.len()))
        .bound()
        .bind(vm, args)?;
    let mut items = Vec::with_capacity(fields.len());
    for (i, slot) in b.args.into_iter().enumerate() {
        items.push(match slot {
            Some(v) => v,
            None => {
                let key = vm.new_str(fields[i].as_str());
                let d = defaults.and_then(|d| d.as_ref()).expect("defaults");
                vm.dict_get(d, key)?.unwrap_or(Value::None)
            }
        });
    }
    Ok(new_instance(vm, cls, items))
}

fn new_instance(vm: &mut Vm, cls: HeapId, items: Vec<Value>) -> Value {
    vm.alloc(Obj::NamedTuple(Box::new(NamedTuple {
        class: cls,
        items: items.into_boxed_slice(),
    })))
}

/// The class and items of a namedtuple value.
fn parts(vm: &Vm, v: Value) -> PyResult<(HeapId, Vec<Value>)> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::NamedTuple(t) => Ok((t.class, t.items.to_vec())),
            _ => Err(type_error("descriptor requires a namedtuple instance")),
        },
        _ => Err(type_error("descriptor requires a namedtuple instance")),
    }
}

/// `Cls._make(iterable)` (bound to the class), `self._replace(**kw)`, `self._asdict()`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::CollectionsNtMake => {
            let a = ArgParser::new("_make", args).positional(2, 2)?;
            let Value::Ref(cls) = a[0] else {
                return Err(type_error("_make() needs a namedtuple class"));
            };
            if !matches!(vm.heap.get(cls), Obj::Class(c) if c.flags & crate::objects::class::flags::NAMEDTUPLE != 0)
            {
                return Err(type_error("_make() needs a namedtuple class"));
            }
            let items = vm.collect_iterable(a[1])?;
            let (fields, _) = fields_of(vm, cls);
            if items.len() != fields.len() {
                return Err(type_error(format!(
                    "Expected {} arguments, got {}",
                    fields.len(),
                    items.len()
                )));
            }
            Ok(new_instance(vm, cls, items))
        }
        ModuleFn::CollectionsNtReplace => {
            let Some(&recv) = args.pos.first() else {
                return Err(type_error("_replace() needs a namedtuple instance"));
            };
            let (cls, mut items) = parts(vm, recv)?;
            let name = format!("{}._replace", vm.type_name(recv));
            if args.pos.len() > 1 {
                return Err(type_error(format!(
                    "{name}() takes 1 positional argument but {} were given",
                    args.pos.len()
                )));
            }
            let (fields, _) = fields_of(vm, cls);
            let mut unknown = Vec::new();
            for (k, v) in &args.kw {
                let key = vm.interner.name(*k);
                match fields.iter().position(|f| f == key) {
                    Some(i) => items[i] = *v,
                    None => unknown.push(minion_tool::repr_str(key)),
                }
            }
            if !unknown.is_empty() {
                return Err(value_error(format!(
                    "Got unexpected field names: [{}]",
                    unknown.join(", ")
                )));
            }
            Ok(new_instance(vm, cls, items))
        }
        ModuleFn::CollectionsNtAsdict => {
            let a = ArgParser::new("_asdict", args).positional(1, 1)?;
            let (cls, items) = parts(vm, a[0])?;
            let (_, fields) = fields_of(vm, cls);
            let keys = vm.seq_items(fields);
            let d = vm.alloc(Obj::Dict(Dict::with_capacity(keys.len())));
            let did = d.as_ref().expect("dict");
            for (k, v) in keys.into_iter().zip(items) {
                vm.dict_set(did, k, v)?;
            }
            Ok(d)
        }
        _ => Err(Raise::internal("unknown namedtuple function")),
    }
}

/// `obj.name` for a namedtuple instance: fields by position, methods of the class
/// (bound), `__class__`; `None` to continue with tuple's own attributes.
pub fn get_attr(vm: &mut Vm, obj: Value, cls: HeapId, name: Sym) -> PyResult<Option<Value>> {
    match vm.class_lookup(cls, name) {
        Some(Value::Ref(a)) => {
            if let Obj::Property(p) = vm.heap.get(a) {
                if let Value::Int(i) = p[0] {
                    let item = match vm.heap.get(obj.as_ref().expect("namedtuple")) {
                        Obj::NamedTuple(t) => t.items.get(i as usize).copied(),
                        _ => None,
                    };
                    return Ok(item);
                }
            }
            vm.bind_attr(Value::Ref(a), obj, Value::Ref(cls)).map(Some)
        }
        Some(f @ Value::ModuleFn(_)) => Ok(Some(vm.alloc(Obj::BoundMethod(obj, f)))),
        Some(v) => Ok(Some(v)),
        None if name == crate::attrs::Kn::DunderClass.sym() => Ok(Some(Value::Ref(cls))),
        None => Ok(None),
    }
}

/// `obj.name = v` on a namedtuple instance: always an `AttributeError`.
pub fn set_attr_error(vm: &Vm, obj: Value, cls: HeapId, name: Sym) -> Raise {
    let is_field = matches!(vm.class_lookup(cls, name),
        Some(Value::Ref(a)) if matches!(vm.heap.get(a), Obj::Property(p) if matches!(p[0], Value::Int(_))));
    if is_field {
        Raise::new(Ty::AttributeError, "can't set attribute")
    } else {
        crate::error::no_attribute(vm.type_name(obj), vm.interner.name(name))
    }
}

/// `repr(p)`: `Point(x=1, y=2)` given the items' reprs.
pub fn repr(vm: &Vm, t: &NamedTuple, item_reprs: &[String]) -> String {
    let (fields, _) = fields_of(vm, t.class);
    let name = vm.class_name(Value::Ref(t.class));
    let body: Vec<String> = fields
        .iter()
        .zip(item_reprs)
        .map(|(f, r)| format!("{f}={r}"))
        .collect();
    format!("{name}({})", body.join(", "))
}
