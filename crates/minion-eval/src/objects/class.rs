//! User classes and their instances, bound methods, and the `classmethod`,
//! `staticmethod` and `property` wrappers.

use crate::heap::HeapId;
use crate::intern::Sym;
use crate::value::Value;

/// A class made by a `class` statement.
#[derive(Debug)]
pub struct Class {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__bases__` (classes, or built-in types as `Value::Type`).
    pub bases: Vec<Value>,
    /// `__mro__` (C3 linearization), starting with the class itself.
    pub mro: Vec<Value>,
    /// The class namespace in definition order.
    pub dict: Vec<(Sym, Value)>,
    /// For exception classes: the nearest built-in exception base.
    pub exc_base: Option<crate::types::Ty>,
    /// Behaviour CPython gives through a metaclass or a generated `__setattr__`
    /// (`flags::ENUM`, `flags::FROZEN`, ...); 0 for ordinary classes, so the VM's hot
    /// paths test one byte.
    pub flags: u8,
}

/// Bits of [`Class::flags`].
pub mod flags {
    /// An `enum.Enum` subclass: calling, iterating, subscripting, `len` and `in` on
    /// the class go to `modules::enum_` (CPython's `EnumType` metaclass).
    pub const ENUM: u8 = 1;
    /// A frozen dataclass: assigning or deleting an instance attribute raises
    /// `FrozenInstanceError` (CPython's generated `__setattr__`/`__delattr__`).
    pub const FROZEN: u8 = 2;
    /// Derives from `abc.ABC` (or was made with `metaclass=ABCMeta`): abstract
    /// methods are collected when the class is built.
    pub const ABC: u8 = 4;
    /// Has abstract methods left (`__abstractmethods__` non-empty): cannot be called.
    pub const ABSTRACT: u8 = 8;
    /// Derives from `typing.TypedDict`: calling it builds a plain dict.
    pub const TYPED_DICT: u8 = 16;
    /// A `collections.namedtuple` class or a subclass of one: calling it builds an
    /// `Obj::NamedTuple` (`modules::collections`).
    pub const NAMEDTUPLE: u8 = 32;
    /// Written `class P(typing.NamedTuple)`: replaced by a namedtuple class when built.
    pub const NAMEDTUPLE_SYNTAX: u8 = 64;
    /// Defines (or inherits) `__setattr__` or `__delattr__`: attribute stores and
    /// deletions on instances call them.
    pub const ATTR_HOOKS: u8 = 128;
    /// The flags a subclass inherits from its bases.
    pub const INHERITED: u8 =
        ENUM | FROZEN | ABC | TYPED_DICT | NAMEDTUPLE | NAMEDTUPLE_SYNTAX | ATTR_HOOKS;
    /// The flags that make calling the class special.
    pub const ON_CALL: u8 = ENUM | ABSTRACT | TYPED_DICT;
}

/// The value of `name` in an attribute list.
fn lookup(dict: &[(Sym, Value)], name: Sym) -> Option<Value> {
    dict.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
}

/// Binds `name` in an attribute list (in place, or appended).
fn assign(dict: &mut Vec<(Sym, Value)>, name: Sym, v: Value) {
    match dict.iter_mut().find(|(k, _)| *k == name) {
        Some(slot) => slot.1 = v,
        None => dict.push((name, v)),
    }
}

impl Class {
    /// The attribute `name` of this class itself (not its bases).
    pub fn own(&self, name: Sym) -> Option<Value> {
        lookup(&self.dict, name)
    }

    /// Sets attribute `name` of this class.
    pub fn set(&mut self, name: Sym, v: Value) {
        assign(&mut self.dict, name, v)
    }

    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.bases);
        out.extend_from_slice(&self.mro);
        out.extend(self.dict.iter().map(|(_, v)| *v));
    }
}

/// An instance of a user class.
#[derive(Debug)]
pub struct Instance {
    /// Its class.
    pub class: HeapId,
    /// Its attributes (`__dict__`) in assignment order.
    pub dict: Vec<(Sym, Value)>,
}

impl Instance {
    /// Attribute `name` of the instance itself.
    pub fn get(&self, name: Sym) -> Option<Value> {
        lookup(&self.dict, name)
    }

    /// Sets attribute `name`.
    pub fn set(&mut self, name: Sym, v: Value) {
        assign(&mut self.dict, name, v)
    }

    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.push(Value::Ref(self.class));
        out.extend(self.dict.iter().map(|(_, v)| *v));
    }
}
