//! Attribute access on built-in values. Only the attributes listed here exist; every
//! other name (notably any other `__dunder__`) is an `AttributeError`, which is what
//! keeps sandboxed code from walking to interpreter internals.

use super::Vm;
use crate::attrs::Kn;
use crate::error::{no_attribute, PyResult, Raise};
use crate::intern::Sym;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// `obj.name`.
    pub fn get_attr(&mut self, obj: Value, name: Sym) -> PyResult<Value> {
        if crate::attrs::is_forbidden(name) {
            return Err(self.attr_error(obj, name));
        }
        if let Some(v) = self.user_get_attr(obj, name)? {
            return Ok(v);
        }
        if name == Kn::DunderClass.sym() {
            return Ok(self.class_value_of(obj));
        }
        if let Some(v) = self.data_attr(obj, name)? {
            return Ok(v);
        }
        if crate::methods::has_method(self, obj, name) {
            return Ok(self.alloc(Obj::NativeMethod(obj, name)));
        }
        Err(self.attr_error(obj, name))
    }

    fn attr_error(&self, obj: Value, name: Sym) -> Raise {
        let attr = self.interner.name(name);
        match obj {
            Value::Type(t) => Raise::new(
                Ty::AttributeError,
                format!("type object '{}' has no attribute '{attr}'", t.name()),
            ),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Namespace(ns) => Raise::new(
                    Ty::AttributeError,
                    format!("module '{}' has no attribute '{attr}'", ns.0),
                ),
                _ => no_attribute(self.type_name(obj), attr),
            },
            _ => no_attribute(self.type_name(obj), attr),
        }
    }

    /// Attributes that are values rather than methods.
    fn data_attr(&mut self, obj: Value, name: Sym) -> PyResult<Option<Value>> {
        if crate::modules::datetime::is_type(self.type_of(obj))
            || matches!(obj, Value::Type(t) if crate::modules::datetime::is_type(t))
        {
            if let Some(v) = crate::modules::datetime::get_attr(self, obj, name)? {
                return Ok(Some(v));
            }
        }
        if let Value::Ref(id) = obj {
            if let Obj::Namespace(ns) = self.heap.get(id) {
                return Ok(ns.1.iter().find(|(k, _)| *k == name).map(|(_, v)| *v));
            }
            if let Obj::Template(t) = self.heap.get(id) {
                let t = *t;
                return Ok((self.interner.name(name) == "template").then_some(t));
            }
            if let Obj::Uuid(n) = self.heap.get(id) {
                let (n, attr) = (*n, self.interner.name(name).to_string());
                return Ok(crate::modules::uuid::attr(self, n, &attr));
            }
            if matches!(
                self.heap.get(id),
                Obj::Fraction(_) | Obj::Decimal(_) | Obj::DecimalContext(_)
            ) {
                let Some(kn) = Kn::of(name) else {
                    return Ok(None);
                };
                return Ok(crate::modules::fractions::attr(self, obj, kn)
                    .or_else(|| crate::modules::decimal::attr(self, obj, kn)));
            }
            if let Obj::Queue(q) = self.heap.get(id) {
                let attr = self.interner.name(name);
                return Ok(crate::modules::queue::attr(q, attr));
            }
            if let Obj::Hasher(h) = self.heap.get(id) {
                let h = (**h).clone();
                let attr = self.interner.name(name).to_string();
                return Ok(crate::modules::hashlib::attr(self, &h, &attr));
            }
            match self.heap.get(id) {
                Obj::FuncTool(_) => return crate::modules::functools::get_attr(self, id, name),
                Obj::Function(f) => {
                    if let Some(v) = f.attr(name) {
                        return Ok(Some(v));
                    }
                }
                _ => {}
            }
        }
        if let Value::ModuleFn(m) = obj {
            if let Some(v) = crate::modules::itertools::fn_attr(m, self.interner.name(name)) {
                return Ok(Some(v));
            }
        }
        let Some(kn) = Kn::of(name) else {
            return Ok(None);
        };
        if let Value::Ref(id) = obj {
            if matches!(kn, Kn::Maxlen | Kn::DefaultFactory | Kn::Maps | Kn::Parents) {
                if let Some(v) = crate::modules::collections::data_attr(self, id, kn) {
                    return Ok(Some(v));
                }
            }
        }
        Ok(match obj {
            Value::Int(_) | Value::Bool(_) => match kn {
                Kn::Real | Kn::Numerator => Some(match obj {
                    Value::Bool(b) => Value::Int(b as i64),
                    v => v,
                }),
                Kn::Imag => Some(Value::Int(0)),
                Kn::Denominator => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match kn {
                Kn::Real => Some(Value::Float(f)),
                Kn::Imag => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Type(t) => match kn {
                // `datetime.date` is named `date` in module `datetime`.
                Kn::DunderName | Kn::DunderQualname => {
                    let short = t.name().rsplit('.').next().unwrap_or(t.name());
                    Some(self.new_str(short))
                }
                Kn::DunderModule => {
                    let module = t.name().rsplit_once('.').map_or(t.module(), |(m, _)| m);
                    Some(self.new_str(module))
                }
                _ => None,
            },
            Value::Tool(t) => match kn {
                Kn::DunderName | Kn::DunderQualname => {
                    let name = self.tool_name(t).to_string();
                    Some(self.new_str(name))
                }
                _ => None,
            },
            Value::Builtin(b) => match kn {
                Kn::DunderName | Kn::DunderQualname => Some(self.new_str(b.name())),
                _ => None,
            },
            Value::ModuleFn(m) => match kn {
                Kn::DunderName | Kn::DunderQualname => Some(self.new_str(m.name())),
                Kn::DunderModule => Some(self.new_str(m.module())),
                _ => None,
            },
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Exception(e) => match kn {
                    Kn::Args => {
                        let args = e.args.clone();
                        Some(self.new_tuple(args))
                    }
                    Kn::DunderCause => Some(e.cause),
                    Kn::DunderContext => Some(e.context),
                    Kn::DunderSuppressContext => Some(Value::Bool(e.suppress_context)),
                    Kn::DunderTraceback => Some(Value::None),
                    Kn::DunderNotes => e.attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v),
                    Kn::Value if e.ty.is_subtype(Ty::StopIteration) => {
                        Some(e.args.first().copied().unwrap_or(Value::None))
                    }
                    _ => None,
                },
                Obj::RePattern(_) | Obj::ReMatch(_) => {
                    return crate::modules::re::data_attr(self, obj, kn)
                }
                Obj::Slice(a, b, c) => match kn {
                    Kn::Start => Some(*a),
                    Kn::Stop => Some(*b),
                    Kn::Step => Some(*c),
                    _ => None,
                },
                Obj::Range(a, b, c) => match kn {
                    Kn::Start => Some(Value::Int(*a)),
                    Kn::Stop => Some(Value::Int(*b)),
                    Kn::Step => Some(Value::Int(*c)),
                    _ => None,
                },
                Obj::Int(_) => match kn {
                    Kn::Real | Kn::Numerator => Some(obj),
                    Kn::Imag => Some(Value::Int(0)),
                    Kn::Denominator => Some(Value::Int(1)),
                    _ => None,
                },
                Obj::Function(f) => match kn {
                    Kn::DunderName => {
                        let n = self.interner.name(f.name).to_string();
                        Some(self.new_str(n))
                    }
                    Kn::DunderQualname => {
                        let n = f.qualname.clone();
                        Some(self.new_str(n))
                    }
                    Kn::DunderModule => Some(self.new_str("__main__")),
                    Kn::DunderDoc => Some(Value::None),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: Value, name: Sym, v: Value) -> PyResult<()> {
        if crate::attrs::is_forbidden(name) {
            return Err(self.attr_error(obj, name));
        }
        if self.user_set_attr(obj, name, Some(v))? {
            return Ok(());
        }
        if let Value::Ref(id) = obj {
            if matches!(self.heap.get(id), Obj::Function(_)) {
                crate::modules::functools::set_function_attr(self, id, name, Some(v))?;
                return Ok(());
            }
            if matches!(self.heap.get(id), Obj::DecimalContext(_)) {
                let attr = self.interner.name(name).to_string();
                if let Some(r) = crate::modules::decimal::set_attr(self, obj, &attr, v) {
                    return r;
                }
            }
            if let Obj::Exception(e) = self.heap.get_mut(id) {
                match Kn::of(name) {
                    Some(Kn::DunderCause) => {
                        e.cause = v;
                        e.suppress_context = true;
                        return Ok(());
                    }
                    Some(Kn::DunderContext) => {
                        e.context = v;
                        return Ok(());
                    }
                    Some(Kn::DunderSuppressContext) => {
                        e.suppress_context = !matches!(v, Value::Bool(false) | Value::None);
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        let attr = self.interner.name(name).to_string();
        Err(match obj {
            Value::Type(t) => Raise::new(
                Ty::TypeError,
                format!(
                    "cannot set '{attr}' attribute of immutable type '{}'",
                    t.name()
                ),
            ),
            _ => no_attribute(self.type_name(obj), &attr),
        })
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: Sym) -> PyResult<()> {
        if crate::attrs::is_forbidden(name) {
            return Err(self.attr_error(obj, name));
        }
        if self.user_set_attr(obj, name, None)? {
            return Ok(());
        }
        if let Value::Ref(id) = obj {
            if matches!(self.heap.get(id), Obj::Function(_))
                && crate::modules::functools::set_function_attr(self, id, name, None)?
            {
                return Ok(());
            }
        }
        let attr = self.interner.name(name).to_string();
        Err(no_attribute(self.type_name(obj), &attr))
    }
}
