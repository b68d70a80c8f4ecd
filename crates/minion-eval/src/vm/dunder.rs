//! The data model for user classes: the operators, `repr`/`str`, truth, `len`,
//! iteration, subscripts and `in` call the instance's dunder methods.
//!
//! These run where the VM can call Python (`&mut self`): the operators, `print`,
//! `str()`, `repr()`, f-strings, `len()`, `iter()`, the run loop's truth tests.
//! Containers holding instances are rendered element by element so their `__repr__`
//! shows in `print([p, q])`. Not yet honoured: `__hash__`/`__eq__` for dict keys and
//! set members (instances hash by identity), `__lt__` inside `sorted()` and `min()`.

use super::Vm;
use crate::compile::code::{BinOp, CmpOp, UnOp};
use crate::error::{type_error, PyResult};
use crate::objects::Obj;
use crate::value::Value;

/// How deep `repr_mut` descends into containers looking for instances.
const MAX_REPR_DEPTH: usize = 50;

fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
    }
}

impl Vm {
    /// Whether `v` is an instance of a user class.
    #[inline]
    pub fn is_instance(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Obj::Instance(_)))
    }

    /// Whether operators on `v` look for dunders first: instances, and namedtuple
    /// instances (whose class may be a user subclass defining operators).
    #[inline]
    pub fn has_operator_dunders(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Obj::Instance(_) | Obj::NamedTuple(_)))
    }

    /// `a op b` (or `a op= b`) through the operands' dunders; `None` when neither
    /// defines one (or both return `NotImplemented`).
    pub(super) fn user_binary(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let (name, rname, iname) = binop_names(op);
        if inplace {
            if let Some(v) = self.try_dunder(a, iname, b)? {
                return Ok(Some(v));
            }
        }
        if let Some(v) = self.try_dunder(a, name, b)? {
            return Ok(Some(v));
        }
        self.try_dunder(b, rname, a)
    }

    /// `obj.name(arg)` if `obj`'s class defines it and it does not return
    /// `NotImplemented`.
    fn try_dunder(&mut self, obj: Value, name: &str, arg: Value) -> PyResult<Option<Value>> {
        Ok(self
            .call_dunder(obj, name, &[arg])?
            .filter(|v| !matches!(v, Value::Builtin(crate::builtins::Builtin::NotImplemented))))
    }

    /// `a op b` for comparisons involving an instance; `None` to fall back (identity
    /// for `==`/`!=`, a `TypeError` for orderings).
    pub(super) fn user_compare(
        &mut self,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        let (name, reflected) = cmp_names(op);
        if let Some(v) = self.try_dunder(a, name, b)? {
            return Ok(Some(v));
        }
        if let Some(v) = self.try_dunder(b, reflected, a)? {
            return Ok(Some(v));
        }
        if op == CmpOp::Ne {
            // The default `__ne__` inverts `__eq__`.
            if let Some(v) = self.user_compare(CmpOp::Eq, a, b)? {
                let t = self.truthy_mut(v)?;
                return Ok(Some(Value::Bool(!t)));
            }
        }
        Ok(None)
    }

    /// `a == b`, calling `__eq__` when either is an instance.
    pub fn eq_mut(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.has_operator_dunders(a) || self.has_operator_dunders(b) {
            let r = self.compare(CmpOp::Eq, a, b)?;
            return self.truthy_mut(r);
        }
        self.eq(a, b)
    }

    /// `-a`, `+a`, `~a` through `__neg__`, `__pos__`, `__invert__`.
    pub(super) fn user_unary(&mut self, op: UnOp, a: Value) -> PyResult<Option<Value>> {
        let name = match op {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            UnOp::Invert => "__invert__",
            UnOp::Not => return Ok(None),
        };
        self.call_dunder(a, name, &[])
    }

    /// Truth of `v`, honouring `__bool__` and `__len__` of instances.
    pub fn truthy_mut(&mut self, v: Value) -> PyResult<bool> {
        if !self.is_instance(v) {
            return self.truthy(v);
        }
        if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(other)
                ))),
            };
        }
        if let Some(n) = self.user_len(v)? {
            return Ok(n > 0);
        }
        Ok(true)
    }

    /// `len(v)` through `__len__`; `None` when `v` is not an instance.
    pub fn user_len(&mut self, v: Value) -> PyResult<Option<usize>> {
        if !self.is_instance(v) {
            return Ok(None);
        }
        let Some(r) = self.call_dunder(v, "__len__", &[])? else {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            )));
        };
        match r {
            Value::Int(n) if n >= 0 => Ok(Some(n as usize)),
            Value::Int(_) => Err(crate::error::value_error("__len__() should return >= 0")),
            other => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(other)
            ))),
        }
    }

    /// `repr(v)`, calling `__repr__` of instances (also inside containers).
    pub fn repr_mut(&mut self, v: Value) -> PyResult<String> {
        self.render_mut(v, false, 0)
    }

    /// `str(v)`, calling `__str__` (else `__repr__`) of instances.
    pub fn str_mut(&mut self, v: Value) -> PyResult<String> {
        self.render_mut(v, true, 0)
    }

    pub(crate) fn render_mut(&mut self, v: Value, as_str: bool, depth: usize) -> PyResult<String> {
        if depth > MAX_REPR_DEPTH || !self.holds_instance(v, 0) {
            return if as_str { self.str_of(v) } else { self.repr(v) };
        }
        let Value::Ref(id) = v else {
            return self.repr(v);
        };
        let items: Vec<Value>;
        let (open, close) = match self.heap.get(id) {
            Obj::Exception(e) if e.class.is_some() => return self.user_text(v, as_str, false),
            // A built-in exception whose arguments are instances (`KeyError(Cell(7, 7))`).
            Obj::Exception(e) => {
                let (ty, args) = (e.ty, e.args.clone());
                let mut parts = Vec::with_capacity(args.len());
                for a in &args {
                    parts.push(self.render_mut(*a, false, depth + 1)?);
                }
                return Ok(match (as_str, args.as_slice()) {
                    (true, []) => String::new(),
                    (true, [a]) if ty != crate::types::Ty::KeyError => {
                        self.render_mut(*a, true, depth + 1)?
                    }
                    (true, [_]) => parts.remove(0),
                    (true, _) => format!("({})", parts.join(", ")),
                    (false, _) => format!("{}({})", ty.name(), parts.join(", ")),
                });
            }
            Obj::NamedTuple(t)
                if self.dunder_of(v, "__repr__").is_none()
                    && (!as_str || self.dunder_of(v, "__str__").is_none()) =>
            {
                // The default namedtuple repr, with the fields' own `__repr__`.
                let items = t.items.to_vec();
                let mut parts = Vec::with_capacity(items.len());
                for x in items {
                    parts.push(self.render_mut(x, false, depth + 1)?);
                }
                let Obj::NamedTuple(t) = self.heap.get(id) else {
                    return self.repr(v);
                };
                return Ok(crate::modules::collections::repr::namedtuple(
                    self, t, &parts,
                ));
            }
            Obj::Instance(_) | Obj::NamedTuple(_) => return self.user_text(v, as_str, true),
            Obj::List(l) => {
                items = l.clone();
                ("[", "]")
            }
            Obj::Tuple(t) => {
                items = t.to_vec();
                ("(", if t.len() == 1 { ",)" } else { ")" })
            }
            Obj::Dict(d) if d.kind().is_some() => return self.render_tagged_dict_mut(id, depth),
            Obj::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                let mut out = String::from("{");
                for (i, (k, x)) in pairs.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.render_mut(k, false, depth + 1)?);
                    out.push_str(": ");
                    out.push_str(&self.render_mut(x, false, depth + 1)?);
                }
                out.push('}');
                return Ok(out);
            }
            Obj::Set(d) => {
                items = d.keys().collect();
                ("{", "}")
            }
            Obj::FrozenSet(d) => {
                items = d.keys().collect();
                ("frozenset({", "})")
            }
            _ => return self.repr(v),
        };
        let mut out = String::from(open);
        for (i, x) in items.into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.render_mut(x, false, depth + 1)?);
        }
        out.push_str(close);
        Ok(out)
    }

    /// `str()`/`repr()` of a user-class object through its `__str__`/`__repr__`
    /// (`__str__` falls back to `__repr__` for instances; user exceptions fall back to
    /// the built-in `str`). Without either: the default rendering.
    fn user_text(&mut self, v: Value, as_str: bool, str_falls_back: bool) -> PyResult<String> {
        let mut r = if as_str {
            self.call_dunder(v, "__str__", &[])?
        } else {
            self.call_dunder(v, "__repr__", &[])?
        };
        if r.is_none() && as_str && str_falls_back {
            r = self.call_dunder(v, "__repr__", &[])?;
        }
        match r {
            Some(s) if self.is_str(s) => Ok(self.str_ref(s)?.to_string()),
            Some(other) => Err(type_error(format!(
                "__{}__ returned non-string (type {})",
                if as_str { "str" } else { "repr" },
                self.type_name(other)
            ))),
            None if as_str => self.str_of(v),
            None => self.repr(v),
        }
    }

    /// Whether `v` is or (shallowly) contains an instance with a `__repr__`/`__str__`.
    pub(super) fn holds_instance(&self, v: Value, depth: usize) -> bool {
        let Value::Ref(id) = v else {
            return false;
        };
        if depth > 3 {
            return false;
        }
        match self.heap.get(id) {
            Obj::Instance(_) | Obj::NamedTuple(_) => true,
            Obj::Exception(e) => {
                e.class.is_some() || e.args.iter().any(|x| self.holds_instance(*x, depth + 1))
            }
            Obj::List(l) => l.iter().any(|x| self.holds_instance(*x, depth + 1)),
            Obj::Tuple(t) => t.iter().any(|x| self.holds_instance(*x, depth + 1)),
            Obj::Dict(d) => d.iter().any(|e| {
                self.holds_instance(e.key, depth + 1) || self.holds_instance(e.value, depth + 1)
            }),
            Obj::Set(d) | Obj::FrozenSet(d) => d.keys().any(|k| self.holds_instance(k, depth + 1)),
            _ => false,
        }
    }
}
