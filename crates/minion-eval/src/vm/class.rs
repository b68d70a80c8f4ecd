//! User classes: building a class from its body's namespace (C3 MRO), creating
//! instances, attribute lookup through the MRO (methods bind, `property`,
//! `classmethod`, `staticmethod`, `__getattr__`), `super()`, and calling dunder
//! methods for the operators.

use super::Vm;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::{Class, Instance, Obj};
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// The namespace of the running class body (slot 0 of its frame).
    fn class_ns(&self, base: usize) -> PyResult<HeapId> {
        match self.stack.get(base) {
            Some(Value::Ref(id)) if matches!(self.heap.get(*id), Obj::Namespace(_)) => Ok(*id),
            _ => Err(Raise::internal("class body without a namespace")),
        }
    }

    /// `LoadName`: the class namespace, then globals, then builtins.
    pub(super) fn load_name(&self, base: usize, name: Sym) -> PyResult<Value> {
        let ns = self.class_ns(base)?;
        if let Obj::Namespace(n) = self.heap.get(ns) {
            if let Some((_, v)) = n.1.iter().find(|(k, _)| *k == name) {
                return Ok(*v);
            }
        }
        self.global(name)
            .or_else(|| self.builtin(name))
            .ok_or_else(|| {
                Raise::new(
                    Ty::NameError,
                    format!("name '{}' is not defined", self.interner.name(name)),
                )
            })
    }

    /// `StoreName` / `DeleteName` (`None` deletes).
    pub(super) fn store_name(&mut self, base: usize, name: Sym, v: Option<Value>) -> PyResult<()> {
        let ns = self.class_ns(base)?;
        let missing = {
            let Obj::Namespace(n) = self.heap.get_mut(ns) else {
                return Err(Raise::internal("class namespace"));
            };
            let pos = n.1.iter().position(|(k, _)| *k == name);
            match (pos, v) {
                (Some(i), Some(v)) => {
                    n.1[i].1 = v;
                    false
                }
                (None, Some(v)) => {
                    n.1.push((name, v));
                    false
                }
                (Some(i), None) => {
                    n.1.remove(i);
                    false
                }
                (None, None) => true,
            }
        };
        if missing {
            return Err(Raise::new(
                Ty::NameError,
                format!("name '{}' is not defined", self.interner.name(name)),
            ));
        }
        Ok(())
    }

    /// `BuildClass`: the class `name` from `bases` (a tuple) and namespace `ns`.
    pub(super) fn build_class(
        &mut self,
        name: Sym,
        bases: Value,
        ns: Value,
        kwargs: Value,
    ) -> PyResult<Value> {
        let mut bases = self.seq_items(bases);
        // `Generic[T]`, `Protocol`, `NamedTuple`... stand for a class (CPython's
        // `__mro_entries__`).
        for b in bases.iter_mut() {
            if let Some(entry) = crate::modules::mro_entry(self, *b)? {
                *b = entry;
            }
        }
        for b in &bases {
            match b {
                Value::Ref(id) if matches!(self.heap.get(*id), Obj::Class(_)) => {}
                Value::Type(Ty::Object) => {}
                Value::Type(t) if t.is_exception() => {}
                Value::Type(t) => {
                    return Err(crate::error::unsupported(&format!(
                        "subclassing the built-in type '{}'",
                        t.name()
                    )))
                }
                other => {
                    return Err(type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(*other)
                    )))
                }
            }
        }
        let mut dict = match ns {
            Value::Ref(id) => match self.heap.get_mut(id) {
                Obj::Namespace(n) => std::mem::take(&mut n.1),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let cellsym = self.interner.intern("__classcell__");
        let cell = dict
            .iter()
            .position(|(k, _)| *k == cellsym)
            .map(|i| dict.remove(i).1);
        let qualsym = self.interner.intern("__qualname__");
        let qualname = match dict.iter().find(|(k, _)| *k == qualsym) {
            Some((_, v)) if self.is_str(*v) => self.str_ref(*v)?.to_string(),
            _ => self.interner.name(name).to_string(),
        };
        // Functions named `__init_subclass__` and `__class_getitem__` are implicit
        // classmethods, as in CPython.
        for (k, v) in dict.iter_mut() {
            let n = self.interner.name(*k);
            if (n == "__init_subclass__" || n == "__class_getitem__")
                && matches!(v, Value::Ref(id) if matches!(self.heap.get(*id), Obj::Function(_)))
            {
                *v = self.alloc(Obj::ClassMethod(*v));
            }
        }
        let cls = self.heap.alloc(Obj::Class(Box::new(Class {
            name: self.interner.name(name).to_string(),
            qualname,
            bases: bases.clone(),
            mro: Vec::new(),
            dict,
            exc_base: None,
            flags: 0,
        })));
        let mro = self.c3_mro(cls, &bases)?;
        // Deep hierarchies cost in proportion to their MRO: count it as work and as
        // memory (the MRO is stored with each class).
        self.charge(mro.len() as u64)?;
        self.check_alloc(mro.len() * 16)?;
        self.heap.grew(mro.len() * 16);
        let exc_base = mro.iter().find_map(|m| match m {
            Value::Type(t) if t.is_exception() => Some(*t),
            _ => None,
        });
        let mut flags = 0;
        for b in &bases {
            if let Value::Ref(b) = b {
                if let Obj::Class(k) = self.heap.get(*b) {
                    flags |= k.flags & crate::objects::class::flags::INHERITED;
                }
            }
        }
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            // CPython's `type.__new__`: defining `__eq__` without `__hash__` makes
            // instances unhashable.
            let (eq, hash) = (
                crate::attrs::Kn::DunderEq.sym(),
                crate::attrs::Kn::DunderHash.sym(),
            );
            if c.dict.iter().any(|(k, _)| *k == eq) && !c.dict.iter().any(|(k, _)| *k == hash) {
                c.dict.push((hash, Value::None));
            }
            let hooks = [
                crate::attrs::Kn::DunderSetattr,
                crate::attrs::Kn::DunderDelattr,
            ];
            if c.dict
                .iter()
                .any(|(k, _)| hooks.iter().any(|h| h.sym() == *k))
            {
                flags |= crate::objects::class::flags::ATTR_HOOKS;
            }
            c.mro = mro;
            c.exc_base = exc_base;
            c.flags = flags;
        }
        if let Some(Value::Ref(cell)) = cell {
            if let Obj::Cell(slot) = self.heap.get_mut(cell) {
                *slot = Value::Ref(cls);
            }
        }
        // `__init_subclass__` of the nearest base that defines one.
        let init_sub = self.interner.intern("__init_subclass__");
        let mut kw: Vec<(Sym, Value)> = Vec::new();
        if let Value::Ref(d) = kwargs {
            let pairs: Vec<(Value, Value)> = match self.heap.get(d) {
                Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => vec![],
            };
            for (k, v) in pairs {
                let k = self.str_ref(k)?.to_string();
                kw.push((self.interner.intern(&k), v));
            }
        }
        // `metaclass=`: only `abc.ABCMeta` and `type` are known (there are no
        // metaclasses in this VM).
        if let Some(i) = kw
            .iter()
            .position(|(k, _)| self.interner.name(*k) == "metaclass")
        {
            let (_, meta) = kw.remove(i);
            crate::modules::apply_metaclass(self, cls, meta)?;
        }
        if self.class_flags(cls) != 0 {
            if let Some(replaced) = crate::modules::class_built(self, cls)? {
                return Ok(replaced);
            }
        }
        match self.lookup_after(cls, cls, init_sub) {
            Some(f) => {
                let bound = self.bind_attr(f, Value::Ref(cls), Value::Ref(cls))?;
                self.call_value(bound, &[], &kw)?;
            }
            None if !kw.is_empty() => {
                let cname = self.interner.name(name).to_string();
                return Err(type_error(format!(
                    "{cname}.__init_subclass__() takes no keyword arguments"
                )));
            }
            None => {}
        }
        Ok(Value::Ref(cls))
    }

    /// The `__module__` of class `cls` (its own attribute), if it is a string.
    pub fn class_module(&self, cls: HeapId) -> Option<&str> {
        let sym = self.interner.lookup("__module__")?;
        match self.heap.get(cls) {
            Obj::Class(c) => match c.own(sym)? {
                Value::Ref(s) => match self.heap.get(s) {
                    Obj::Str(s) => Some(&s.s),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// The `Class::flags` of class `cls` (0 for anything else).
    #[inline]
    pub fn class_flags(&self, cls: HeapId) -> u8 {
        match self.heap.get(cls) {
            Obj::Class(c) => c.flags,
            _ => 0,
        }
    }

    /// C3 linearization of a class with `bases`.
    fn c3_mro(&self, cls: HeapId, bases: &[Value]) -> PyResult<Vec<Value>> {
        // Single inheritance from a user class: the class, then the base's MRO (what
        // C3 gives, in linear time).
        if let [Value::Ref(b)] = bases {
            if let Obj::Class(c) = self.heap.get(*b) {
                let mut out = Vec::with_capacity(c.mro.len() + 1);
                out.push(Value::Ref(cls));
                out.extend_from_slice(&c.mro);
                return Ok(out);
            }
        }
        let mut seqs: Vec<Vec<Value>> = Vec::new();
        for b in bases {
            match b {
                Value::Ref(id) => {
                    if let Obj::Class(c) = self.heap.get(*id) {
                        seqs.push(c.mro.clone());
                    }
                }
                Value::Type(t) => {
                    // A built-in base brings its own chain (up to `object`).
                    let mut chain = vec![];
                    let mut cur = Some(*t);
                    while let Some(x) = cur {
                        chain.push(Value::Type(x));
                        cur = x.base();
                    }
                    seqs.push(chain);
                }
                _ => {}
            }
        }
        seqs.push(bases.to_vec());
        let mut out = vec![Value::Ref(cls)];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                break;
            }
            let head = seqs
                .iter()
                .map(|s| s[0])
                .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(*h))));
            let Some(head) = head else {
                let names: Vec<String> = bases
                    .iter()
                    .map(|b| self.class_name(*b).to_string())
                    .collect();
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(head);
            for s in seqs.iter_mut() {
                if s[0].is(head) {
                    s.remove(0);
                }
            }
        }
        if !out.iter().any(|v| matches!(v, Value::Type(Ty::Object))) {
            out.push(Value::Type(Ty::Object));
        }
        Ok(out)
    }

    /// `__name__` of a class value (user class or built-in type).
    pub fn class_name(&self, v: Value) -> &str {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Class(c) => &c.name,
                _ => "?",
            },
            Value::Type(t) => t.name(),
            _ => "?",
        }
    }

    /// The MRO of class `cls`.
    fn mro_of(&self, cls: HeapId) -> &[Value] {
        match self.heap.get(cls) {
            Obj::Class(c) => &c.mro,
            _ => &[],
        }
    }

    /// Attribute `name` found in the MRO of `cls` (user classes only).
    pub fn class_lookup(&self, cls: HeapId, name: Sym) -> Option<Value> {
        for c in self.mro_of(cls) {
            if let Value::Ref(id) = c {
                if let Obj::Class(k) = self.heap.get(*id) {
                    if let Some(v) = k.own(name) {
                        return Some(v);
                    }
                }
            }
        }
        None
    }

    /// Attribute `name` in the MRO of `start_cls` after class `after` (for `super`).
    fn lookup_after(&self, start_cls: HeapId, after: HeapId, name: Sym) -> Option<Value> {
        let mro = self.mro_of(start_cls);
        let pos = mro.iter().position(|c| c.is(Value::Ref(after)))?;
        for c in &mro[pos + 1..] {
            if let Value::Ref(id) = c {
                if let Obj::Class(k) = self.heap.get(*id) {
                    if let Some(v) = k.own(name) {
                        return Some(v);
                    }
                }
            }
        }
        None
    }

    /// The class of an instance value (also of a user exception).
    pub fn class_of(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Instance(i) => Some(i.class),
                Obj::Exception(e) => e.class,
                Obj::NamedTuple(t) => Some(t.class),
                _ => None,
            },
            _ => None,
        }
    }

    /// The type name of exception `id` (its user class's name, if any).
    pub fn exc_type_name(&self, id: HeapId) -> String {
        match self.heap.get(id) {
            Obj::Exception(e) => match e.class {
                // `module.Name` outside `__main__`, as `traceback` prints it
                // (`dataclasses.FrozenInstanceError`).
                Some(c) => match self.class_module(c) {
                    Some(m) if m != "__main__" && m != "builtins" => {
                        format!("{m}.{}", self.class_name(Value::Ref(c)))
                    }
                    _ => self.class_name(Value::Ref(c)).to_string(),
                },
                // Uncaught `re.error` prints qualified, as CPython names it.
                None if e.ty.module() == "re" => format!("re.{}", e.ty.name()),
                None => e.ty.name().to_string(),
            },
            _ => "SystemError".into(),
        }
    }

    /// `str(exc)`, calling a user class's `__str__`.
    pub fn exc_message(&mut self, id: HeapId) -> String {
        let v = Value::Ref(id);
        if self.class_of(v).is_some() {
            if let Ok(s) = self.str_mut(v) {
                return s;
            }
        }
        match self.heap.get(id) {
            Obj::Exception(e) => self.exception_str(e.ty, &e.args).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// What class attribute `attr` gives when read through `obj` (an instance, or
    /// the class itself when `obj` is `cls`): functions bind, `classmethod` binds the
    /// class, `staticmethod` unwraps, `property` calls its getter.
    pub(crate) fn bind_attr(&mut self, attr: Value, obj: Value, cls: Value) -> PyResult<Value> {
        let Value::Ref(id) = attr else {
            return Ok(attr);
        };
        let through_class = obj.is(cls);
        match self.heap.get(id) {
            Obj::Function(_) if !through_class => Ok(self.alloc(Obj::BoundMethod(obj, attr))),
            Obj::ClassMethod(f) => {
                let f = *f;
                Ok(self.alloc(Obj::BoundMethod(cls, f)))
            }
            Obj::StaticMethod(f) => Ok(*f),
            Obj::FuncTool(_) => crate::modules::functools::bind(self, attr, obj, through_class),
            Obj::Property(p) if !through_class => {
                let fget = p[0];
                if fget.is_none() {
                    return Err(Raise::new(Ty::AttributeError, "unreadable attribute"));
                }
                self.call_value(fget, &[obj], &[])
            }
            _ => Ok(attr),
        }
    }

    /// `obj.name` for instances, classes, bound methods and `super` objects; `None`
    /// when `obj` is none of those.
    pub(super) fn user_get_attr(&mut self, obj: Value, name: Sym) -> PyResult<Option<Value>> {
        let Value::Ref(id) = obj else {
            return Ok(None);
        };
        if let Obj::Instance(inst) = self.heap.get(id) {
            // The common case first, without looking at the name's text.
            let cls = inst.class;
            let class_attr = self.class_lookup(cls, name);
            let is_property = matches!(class_attr,
                Some(Value::Ref(aid)) if matches!(self.heap.get(aid), Obj::Property(_)));
            if !is_property {
                if let Obj::Instance(inst) = self.heap.get(id) {
                    if let Some(v) = inst.get(name) {
                        return Ok(Some(v));
                    }
                }
                if let Some(a) = class_attr {
                    return self.bind_attr(a, obj, Value::Ref(cls)).map(Some);
                }
            }
        }
        if let Obj::NamedTuple(t) = self.heap.get(id) {
            let cls = t.class;
            return crate::modules::collections::namedtuple_attr(self, obj, cls, name);
        }
        // Only user-class objects and their helpers have attributes here; everything
        // else goes on to the built-in attribute lookup (without building the name).
        let user_kind = match self.heap.get(id) {
            Obj::Instance(_)
            | Obj::Class(_)
            | Obj::Super(..)
            | Obj::BoundMethod(..)
            | Obj::Property(_) => true,
            Obj::Exception(e) => e.class.is_some(),
            _ => false,
        };
        if !user_kind {
            return Ok(None);
        }
        let n_owned = self.interner.name(name).to_string();
        let n = n_owned.as_str();
        match self.heap.get(id) {
            Obj::Instance(inst) => {
                let cls = inst.class;
                let class_attr = self.class_lookup(cls, name);
                // Data descriptors (properties) win over the instance dict.
                if let Some(a @ Value::Ref(aid)) = class_attr {
                    if matches!(self.heap.get(aid), Obj::Property(_)) {
                        return self.bind_attr(a, obj, Value::Ref(cls)).map(Some);
                    }
                }
                if let Obj::Instance(inst) = self.heap.get(id) {
                    if let Some(v) = inst.get(name) {
                        return Ok(Some(v));
                    }
                }
                if let Some(a) = class_attr {
                    return self.bind_attr(a, obj, Value::Ref(cls)).map(Some);
                }
                match n {
                    "__class__" => return Ok(Some(Value::Ref(cls))),
                    "__dict__" => {
                        let pairs: Vec<(Sym, Value)> = match self.heap.get(id) {
                            Obj::Instance(i) => i.dict.clone(),
                            _ => vec![],
                        };
                        return self.dict_of_pairs(&pairs).map(Some);
                    }
                    _ => {}
                }
                let getattr = self.interner.intern("__getattr__");
                if let Some(f) = self.class_lookup(cls, getattr) {
                    let key = self.new_str(n.to_string());
                    let bound = self.bind_attr(f, obj, Value::Ref(cls))?;
                    return self.call_value(bound, &[key], &[]).map(Some);
                }
                let cname = self.type_name(obj).to_string();
                Err(crate::error::no_attribute(&cname, self.interner.name(name)))
            }
            Obj::Exception(e) if e.class.is_some() => {
                let cls = e.class.expect("checked");
                if matches!(
                    n,
                    "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
                ) {
                    return Ok(None);
                }
                if let Some(v) = e.attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v) {
                    return Ok(Some(v));
                }
                if let Some(a) = self.class_lookup(cls, name) {
                    return self.bind_attr(a, obj, Value::Ref(cls)).map(Some);
                }
                if n == "__class__" {
                    return Ok(Some(Value::Ref(cls)));
                }
                Ok(None)
            }
            Obj::Class(c) => {
                match n {
                    "__name__" => {
                        let s = c.name.clone();
                        return Ok(Some(self.new_str(s)));
                    }
                    "__qualname__" => {
                        let s = c.qualname.clone();
                        return Ok(Some(self.new_str(s)));
                    }
                    "__mro__" => {
                        let m = c.mro.clone();
                        return Ok(Some(self.new_tuple(m)));
                    }
                    "__bases__" => {
                        let b = if c.bases.is_empty() {
                            vec![Value::Type(Ty::Object)]
                        } else {
                            c.bases.clone()
                        };
                        return Ok(Some(self.new_tuple(b)));
                    }
                    "__dict__" => {
                        let pairs = c.dict.clone();
                        return self.dict_of_pairs(&pairs).map(Some);
                    }
                    "__class__" => return Ok(Some(Value::Type(Ty::Type))),
                    "mro" => return Ok(Some(self.alloc(Obj::NativeMethod(obj, name)))),
                    _ => {}
                }
                match self.class_lookup(id, name) {
                    Some(a) => self.bind_attr(a, obj, obj).map(Some),
                    None => {
                        if n == "__doc__" || n == "__module__" {
                            return Ok(Some(Value::None));
                        }
                        let cname = c.name.clone();
                        Err(Raise::new(
                            Ty::AttributeError,
                            format!("type object '{cname}' has no attribute '{n}'"),
                        ))
                    }
                }
            }
            Obj::Super(start, inst) => {
                let (start, inst) = (*start, *inst);
                let (Value::Ref(start), Some(cls)) = (
                    start,
                    self.class_of(inst).or(match inst {
                        Value::Ref(c) if matches!(self.heap.get(c), Obj::Class(_)) => Some(c),
                        _ => None,
                    }),
                ) else {
                    return Ok(None);
                };
                match self.lookup_after(cls, start, name) {
                    Some(a) => self.bind_attr(a, inst, Value::Ref(cls)).map(Some),
                    None if n == "__init__" || n == "__init_subclass__" => {
                        // `object.__init__` / `object.__init_subclass__`: accept no
                        // arguments and do nothing.
                        let init = crate::attrs::Kn::DunderInit.sym();
                        Ok(Some(self.alloc(Obj::NativeMethod(inst, init))))
                    }
                    // The other methods of `object` (`methods/object.rs`).
                    None if crate::attrs::Kn::of(name)
                        .is_some_and(|k| crate::methods::OBJECT_METHODS.contains(&k)) =>
                    {
                        Ok(Some(self.alloc(Obj::NativeMethod(inst, name))))
                    }
                    None => Err(Raise::new(
                        Ty::AttributeError,
                        format!("'super' object has no attribute '{n}'"),
                    )),
                }
            }
            Obj::BoundMethod(_, f) => {
                let f = *f;
                match n {
                    "__self__" => match self.heap.get(id) {
                        Obj::BoundMethod(s, _) => Ok(Some(*s)),
                        _ => Ok(None),
                    },
                    "__func__" => Ok(Some(f)),
                    _ => self.get_attr(f, name).map(Some),
                }
            }
            Obj::Property(p) => {
                let p = **p;
                match n {
                    "fget" => Ok(Some(p[0])),
                    "fset" => Ok(Some(p[1])),
                    "fdel" => Ok(Some(p[2])),
                    "setter" | "getter" | "deleter" => {
                        Ok(Some(self.alloc(Obj::NativeMethod(obj, name))))
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    fn dict_of_pairs(&mut self, pairs: &[(Sym, Value)]) -> PyResult<Value> {
        let d = self.alloc(Obj::Dict(crate::objects::Dict::new()));
        let id = d.as_ref().expect("dict");
        for (k, v) in pairs {
            let key = self.new_str(self.interner.name(*k).to_string());
            self.dict_set(id, key, *v)?;
        }
        Ok(d)
    }

    /// `obj.name = v` (or `del obj.name` when `v` is `None`) for instances and
    /// classes; `false` when `obj` is neither.
    pub(super) fn user_set_attr(
        &mut self,
        obj: Value,
        name: Sym,
        v: Option<Value>,
    ) -> PyResult<bool> {
        let Value::Ref(id) = obj else {
            return Ok(false);
        };
        match self.heap.get(id) {
            Obj::NamedTuple(t) => {
                let cls = t.class;
                Err(crate::modules::collections::namedtuple_set_attr_error(
                    self, obj, cls, name,
                ))
            }
            Obj::Instance(inst) => {
                let cls = inst.class;
                let flags = self.class_flags(cls);
                if flags != 0 {
                    // Frozen dataclasses, enum members.
                    crate::modules::check_set_attr(self, obj, name, v.is_none())?;
                }
                if flags & crate::objects::class::flags::ATTR_HOOKS != 0
                    && self.call_attr_hook(obj, cls, name, v)?
                {
                    return Ok(true);
                }
                if let Some(Value::Ref(pid)) = self.class_lookup(cls, name) {
                    if let Obj::Property(p) = self.heap.get(pid) {
                        let (f, what) = match v {
                            Some(_) => (p[1], "setter"),
                            None => (p[2], "deleter"),
                        };
                        if f.is_none() {
                            let cname = self.type_name(obj).to_string();
                            return Err(Raise::new(
                                Ty::AttributeError,
                                format!(
                                    "property '{}' of '{cname}' object has no {what}",
                                    self.interner.name(name)
                                ),
                            ));
                        }
                        match v {
                            Some(v) => self.call_value(f, &[obj, v], &[])?,
                            None => self.call_value(f, &[obj], &[])?,
                        };
                        return Ok(true);
                    }
                }
                let missing = match self.heap.get_mut(id) {
                    Obj::Instance(inst) => match v {
                        Some(v) => {
                            inst.set(name, v);
                            false
                        }
                        None => match inst.dict.iter().position(|(k, _)| *k == name) {
                            Some(i) => {
                                inst.dict.remove(i);
                                false
                            }
                            None => true,
                        },
                    },
                    _ => false,
                };
                if missing {
                    let cname = self.type_name(obj).to_string();
                    return Err(crate::error::no_attribute(&cname, self.interner.name(name)));
                }
                Ok(true)
            }
            Obj::Exception(e) if e.class.is_some() => {
                let n = self.interner.name(name);
                if matches!(n, "__cause__" | "__context__" | "__suppress_context__") {
                    return Ok(false);
                }
                if n == "args" {
                    let items = match v {
                        Some(v) => self.collect_iterable(v)?,
                        None => vec![],
                    };
                    if let Obj::Exception(e) = self.heap.get_mut(id) {
                        e.args = items;
                    }
                    return Ok(true);
                }
                if let Obj::Exception(e) = self.heap.get_mut(id) {
                    match v {
                        Some(v) => match e.attrs.iter_mut().find(|(k, _)| *k == name) {
                            Some(slot) => slot.1 = v,
                            None => e.attrs.push((name, v)),
                        },
                        None => e.attrs.retain(|(k, _)| *k != name),
                    }
                }
                Ok(true)
            }
            Obj::Class(_) => {
                if self.class_flags(id) != 0 {
                    crate::modules::check_set_attr(self, obj, name, v.is_none())?;
                }
                let missing = match self.heap.get_mut(id) {
                    Obj::Class(c) => match v {
                        Some(v) => {
                            c.set(name, v);
                            false
                        }
                        None => match c.dict.iter().position(|(k, _)| *k == name) {
                            Some(i) => {
                                c.dict.remove(i);
                                false
                            }
                            None => true,
                        },
                    },
                    _ => false,
                };
                if missing {
                    let cname = self.class_name(obj).to_string();
                    return Err(Raise::new(
                        Ty::AttributeError,
                        format!(
                            "type object '{cname}' has no attribute '{}'",
                            self.interner.name(name)
                        ),
                    ));
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Creates an instance of class `cls` and runs `__init__` with `args` (from native
    /// code; the run loop pushes an `Init` frame instead).
    pub fn new_instance(&mut self, cls: HeapId) -> Value {
        self.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            dict: Vec::new(),
        })))
    }

    /// The method `name` of an instance's class, if it defines one (for dunders).
    pub fn dunder_of(&self, obj: Value, name: &str) -> Option<Value> {
        let cls = self.class_of(obj)?;
        let sym = self.interner.lookup(name)?;
        self.class_lookup(cls, sym)
    }

    /// Calls dunder `name` of instance `obj` with `args`; `None` when the class does
    /// not define it.
    pub fn call_dunder(
        &mut self,
        obj: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.dunder_of(obj, name) else {
            return Ok(None);
        };
        let cls = self.class_of(obj).map(Value::Ref).unwrap_or(Value::None);
        let bound = self.bind_attr(f, obj, cls)?;
        self.call_value(bound, args, &[]).map(Some)
    }

    /// Calls the class's own `__setattr__(name, v)` (or `__delattr__(name)` when `v` is
    /// `None`); false when only `object`'s applies.
    fn call_attr_hook(
        &mut self,
        obj: Value,
        cls: HeapId,
        name: Sym,
        v: Option<Value>,
    ) -> PyResult<bool> {
        let hook = match v {
            Some(_) => crate::attrs::Kn::DunderSetattr,
            None => crate::attrs::Kn::DunderDelattr,
        };
        let Some(f) = self.class_lookup(cls, hook.sym()) else {
            return Ok(false);
        };
        let bound = self.bind_attr(f, obj, Value::Ref(cls))?;
        let attr = self.interner.name(name).to_string();
        let attr = self.new_str(attr);
        match v {
            Some(v) => self.call_value(bound, &[attr, v], &[])?,
            None => self.call_value(bound, &[attr], &[])?,
        };
        Ok(true)
    }

    /// Whether class value `sub` is `sup` or derives from it (user classes and
    /// built-in types).
    pub fn class_derives(&self, sub: Value, sup: Value) -> bool {
        match sub {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Class(c) => c.mro.iter().any(|m| m.is(sup)),
                _ => false,
            },
            Value::Type(t) => matches!(sup, Value::Type(s) if t.is_subtype(s)),
            _ => false,
        }
    }

    /// The class value of `v` (`type(v)`).
    pub fn class_value_of(&self, v: Value) -> Value {
        match self.class_of(v) {
            Some(c) => Value::Ref(c),
            None => match v {
                Value::Ref(id) if matches!(self.heap.get(id), Obj::Class(_)) => {
                    Value::Type(Ty::Type)
                }
                _ => Value::Type(self.type_of(v)),
            },
        }
    }
}
