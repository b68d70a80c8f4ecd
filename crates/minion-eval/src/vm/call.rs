//! Calls: binding arguments to parameters, pushing frames for Python functions,
//! invoking natives, creating generators, and calling back into Python from natives.

use std::sync::Arc;

use super::frame::FrameKind;
use super::run::Exit;
use super::{Vm, MAX_NATIVE_DEPTH};
use crate::compile::code::Code;
use crate::error::{type_error, LimitError, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::{Dict, Function, Generator, Obj};
use crate::value::Value;

/// Positional values and `(name, value)` keyword pairs of an expanded `CallEx`.
pub type ExplodedArgs = (Vec<Value>, Vec<(Value, Value)>);

/// Arguments of a native call.
#[derive(Debug, Default, Clone)]
pub struct Args {
    /// Positional arguments.
    pub pos: Vec<Value>,
    /// Keyword arguments in call order.
    pub kw: Vec<(Sym, Value)>,
}

impl Args {
    /// Positional-only arguments.
    pub fn positional(pos: Vec<Value>) -> Self {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
}

impl Vm {
    /// Calls `f` from native code and returns its result (runs a nested loop for Python
    /// functions).
    pub fn call_value(&mut self, f: Value, pos: &[Value], kw: &[(Sym, Value)]) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(Raise::limit(LimitError::Recursion));
        }
        let fpos = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(pos);
        let names = if kw.is_empty() {
            None
        } else {
            let mut keys = Vec::with_capacity(kw.len());
            for &(k, v) in kw {
                let name = self.interner.name(k).to_string();
                keys.push(self.new_str(name));
                self.stack.push(v);
            }
            Some(self.alloc(Obj::Tuple(keys.into_boxed_slice())))
        };
        if self.call_at(fpos, names, FrameKind::Stop)? {
            let depth = self.frames.len() - 1;
            self.native_depth += 1;
            let r = self.run_until(depth);
            self.native_depth -= 1;
            match r? {
                Exit::Return(v) | Exit::Yield(v) => Ok(v),
                Exit::Park => Err(Raise::internal("a nested run parked")),
            }
        } else {
            Ok(self.stack.pop().unwrap_or(Value::None))
        }
    }

    /// `Call`/`CallKw`: the callee is at `fpos`, its arguments above it. Returns
    /// whether a Python frame was pushed (its result arrives when it returns).
    pub fn call_on_stack(&mut self, fpos: usize, kwnames: Option<Value>) -> PyResult<bool> {
        self.call_at(fpos, kwnames, FrameKind::Call)
    }

    /// Calls the callee at `fpos`. Returns `true` if a Python frame was pushed (its
    /// result arrives later), `false` if the result is already on the stack.
    fn call_at(&mut self, fpos: usize, kwnames: Option<Value>, kind: FrameKind) -> PyResult<bool> {
        let f = self.stack[fpos];
        if let Value::Ref(id) = f {
            match self.heap.get(id) {
                Obj::Function(func) => {
                    let (code, code_id) = (func.code.clone(), func.code_id);
                    return self.call_function(id, code, code_id, fpos, kwnames, kind);
                }
                Obj::BoundMethod(recv, func) => {
                    let (recv, func) = (*recv, *func);
                    self.stack[fpos] = func;
                    self.stack.insert(fpos + 1, recv);
                    return self.call_at(fpos, kwnames, kind);
                }
                Obj::Class(_) => return self.call_class(id, fpos, kwnames, kind),
                Obj::FuncTool(t) if matches!(kind, FrameKind::Call | FrameKind::Stop) => {
                    if let crate::modules::functools::FuncTool::Lru(_) = **t {
                        return self.call_lru(id, fpos, kwnames, kind);
                    }
                }
                Obj::Instance(_) => {
                    let Some(call) = self.dunder_of(f, "__call__") else {
                        return Err(self.not_callable(f));
                    };
                    self.stack[fpos] = call;
                    self.stack.insert(fpos + 1, f);
                    return self.call_at(fpos, kwnames, kind);
                }
                _ => {}
            }
        }
        if let (Value::Tool(t), None) = (f, kwnames) {
            // Tools take exported arguments; skip the intermediate `Args`.
            let r = self.call_tool_positional(t, fpos + 1);
            self.stack.truncate(fpos);
            self.stack.push(r?);
            return Ok(false);
        }
        let args = self.take_args(fpos + 1, kwnames)?;
        self.stack.truncate(fpos);
        let r = self.call_native(f, args)?;
        self.stack.push(r);
        Ok(false)
    }

    /// Calls the `lru_cache` wrapper `id` (at `fpos`, arguments above). On a miss
    /// with a plain Python function, the function runs in a frame of its own whose
    /// return fills the cache, so memoised recursion nests frames, not native calls.
    fn call_lru(
        &mut self,
        id: HeapId,
        fpos: usize,
        kwnames: Option<Value>,
        kind: FrameKind,
    ) -> PyResult<bool> {
        use crate::modules::functools::{lru_lookup, LruLookup};
        let args = self.take_args(fpos + 1, kwnames)?;
        self.stack.truncate(fpos);
        let (func, key) = match lru_lookup(self, id, &args)? {
            LruLookup::Hit(v) => {
                self.stack.push(v);
                return Ok(false);
            }
            LruLookup::Miss { func, key } => (func, key),
        };
        let plain = matches!(func, Value::Ref(f) if matches!(self.heap.get(f),
            Obj::Function(f) if !f.code.kind.is_resumable()));
        let key = match key {
            Some(k) if plain => k,
            Some(k) => {
                // Anything else callable: a nested call, then store.
                let v = self.call_value(func, &args.pos, &args.kw)?;
                let cell = self.alloc(Obj::Cell(k));
                let Value::Ref(cell) = cell else {
                    return Err(Raise::internal("cell handle"));
                };
                crate::modules::functools::lru_store(self, id, cell, v)?;
                self.stack.push(v);
                return Ok(false);
            }
            None => {
                // Not cached (`maxsize=0`): an ordinary call.
                let v = self.call_value(func, &args.pos, &args.kw)?;
                self.stack.push(v);
                return Ok(false);
            }
        };
        self.stack.push(func);
        self.stack.extend_from_slice(&args.pos);
        let names = if args.kw.is_empty() {
            None
        } else {
            let mut keys = Vec::with_capacity(args.kw.len());
            for &(k, v) in &args.kw {
                let name = self.interner.name(k).to_string();
                keys.push(self.new_str(name));
                self.stack.push(v);
            }
            Some(self.alloc(Obj::Tuple(keys.into_boxed_slice())))
        };
        let Value::Ref(cell) = self.alloc(Obj::Cell(key)) else {
            return Err(Raise::internal("cell handle"));
        };
        let store = FrameKind::CacheStore {
            wrapper: id,
            key: cell,
            stop: kind == FrameKind::Stop,
        };
        self.call_at(fpos, names, store)
    }

    /// Pops the arguments above `start` into an `Args`.
    fn take_args(&mut self, start: usize, kwnames: Option<Value>) -> PyResult<Args> {
        let mut pos = self.stack.split_off(start);
        let mut kw = Vec::new();
        if let Some(Value::Ref(names)) = kwnames {
            let names: Vec<Value> = match self.heap.get(names) {
                Obj::Tuple(t) => t.to_vec(),
                _ => return Err(Raise::internal("keyword names are not a tuple")),
            };
            let vals = pos.split_off(pos.len() - names.len());
            for (n, v) in names.into_iter().zip(vals) {
                let s = self.str_ref(n)?.to_string();
                kw.push((self.interner.intern(&s), v));
            }
        }
        Ok(Args { pos, kw })
    }

    /// Calls a native callable (builtin function, type, bound native method).
    pub fn call_native(&mut self, f: Value, args: Args) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(Raise::limit(LimitError::Recursion));
        }
        self.native_depth += 1;
        let r = match f {
            Value::Builtin(b) => crate::builtins::call_builtin(self, b, args),
            Value::Tool(t) => self.call_tool(t, args),
            Value::ModuleFn(m) => crate::modules::call(self, m, args),
            Value::Type(t) => crate::builtins::call_type(self, t, args),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::NativeMethod(recv, name) => {
                    let (recv, name) = (*recv, *name);
                    crate::methods::call_method(self, recv, name, args)
                }
                Obj::Function(_) | Obj::BoundMethod(..) | Obj::Class(_) | Obj::Instance(_) => {
                    self.native_depth -= 1;
                    let r = self.call_value(f, &args.pos, &args.kw);
                    return r;
                }
                Obj::FuncTool(_) => crate::modules::functools::call_object(self, id, args),
                _ => Err(self.not_callable(f)),
            },
            _ => Err(self.not_callable(f)),
        };
        self.native_depth -= 1;
        r
    }

    /// Calls class `cls` (at `fpos`, arguments above): a new instance, initialised
    /// by `__init__` in a frame of its own. Returns whether a frame was pushed.
    fn call_class(
        &mut self,
        cls: HeapId,
        fpos: usize,
        kwnames: Option<Value>,
        kind: FrameKind,
    ) -> PyResult<bool> {
        if self.class_flags(cls) & crate::objects::class::flags::ON_CALL != 0 {
            // Enum lookup by value, abstract classes, `TypedDict` (`modules::pyclass`).
            let args = self.take_args(fpos + 1, kwnames)?;
            self.stack.truncate(fpos);
            let v = crate::modules::class_call(self, cls, args)?;
            self.stack.push(v);
            return Ok(false);
        }
        if self.class_flags(cls) & crate::objects::class::flags::NAMEDTUPLE != 0 {
            let args = self.take_args(fpos + 1, kwnames)?;
            self.stack.truncate(fpos);
            let v = crate::modules::collections::construct_namedtuple(self, cls, args)?;
            self.stack.push(v);
            return Ok(false);
        }
        let exc_base = match self.heap.get(cls) {
            Obj::Class(c) => c.exc_base,
            _ => None,
        };
        let inst = match exc_base {
            // A user exception is an exception object that knows its class; its
            // `args` are the call's positional arguments (`BaseException.__new__`).
            Some(ty) => {
                let args = self.stack[fpos + 1..].to_vec();
                let names = match kwnames {
                    Some(Value::Ref(n)) => match self.heap.get(n) {
                        Obj::Tuple(t) => t.len(),
                        _ => 0,
                    },
                    _ => 0,
                };
                let pos = args[..args.len() - names].to_vec();
                let mut e = crate::objects::Exception::new(ty, pos);
                e.class = Some(cls);
                self.alloc(Obj::Exception(Box::new(e)))
            }
            None => self.new_instance(cls),
        };
        let init = self
            .class_lookup(cls, crate::attrs::Kn::DunderInit.sym())
            .filter(
                |v| matches!(v, Value::Ref(i) if matches!(self.heap.get(*i), Obj::Function(_))),
            );
        let Some(init) = init else {
            if self.stack.len() > fpos + 1 && exc_base.is_none() {
                let name = self.class_name(Value::Ref(cls)).to_string();
                return Err(type_error(format!("{name}() takes no arguments")));
            }
            self.stack.truncate(fpos);
            self.stack.push(inst);
            return Ok(false);
        };
        let Value::Ref(inst_id) = inst else {
            return Err(Raise::internal("instance is not a heap value"));
        };
        self.stack[fpos] = init;
        self.stack.insert(fpos + 1, inst);
        let init_kind = FrameKind::Init {
            inst: inst_id,
            stop: kind == FrameKind::Stop,
        };
        let Value::Ref(fid) = init else {
            return Err(Raise::internal("__init__ is not a function"));
        };
        let (code, code_id) = match self.heap.get(fid) {
            Obj::Function(f) => (f.code.clone(), f.code_id),
            _ => return Err(Raise::internal("__init__ is not a function")),
        };
        if code.kind.is_resumable() {
            return Err(type_error("__init__() should return None, not 'generator'"));
        }
        self.call_function(fid, code, code_id, fpos, kwnames, init_kind)
    }

    fn not_callable(&self, f: Value) -> Raise {
        type_error(format!("'{}' object is not callable", self.type_name(f)))
    }

    /// `CallMethod`: `obj.name(*args)`; native methods of built-in types are called
    /// without allocating a bound method. Returns whether a Python frame was pushed.
    pub fn call_method_on_stack(
        &mut self,
        name: Sym,
        argc: usize,
        kwnames: Option<Value>,
    ) -> PyResult<bool> {
        let rpos = self.stack.len() - argc - 1;
        let recv = self.stack[rpos];
        if crate::methods::has_native_methods(self, recv) {
            let args = self.take_args(rpos + 1, kwnames)?;
            self.stack.truncate(rpos);
            if self.native_depth >= MAX_NATIVE_DEPTH {
                return Err(Raise::limit(LimitError::Recursion));
            }
            self.native_depth += 1;
            let r = crate::methods::call_method(self, recv, name, args);
            self.native_depth -= 1;
            self.stack.push(r?);
            return Ok(false);
        }
        // A plain method of an instance's class: call it without a bound method.
        if let Some(cls) = self.class_of(recv) {
            let shadowed = matches!(self.heap.get(recv.as_ref().expect("instance")), Obj::Instance(i) if i.get(name).is_some());
            if !shadowed {
                if let Some(f @ Value::Ref(fid)) = self.class_lookup(cls, name) {
                    if matches!(self.heap.get(fid), Obj::Function(_)) {
                        self.stack.insert(rpos, f);
                        return self.call_on_stack(rpos, kwnames);
                    }
                }
            }
        }
        let f = self.get_attr(recv, name)?;
        self.stack[rpos] = f;
        self.call_on_stack(rpos, kwnames)
    }

    fn call_function(
        &mut self,
        fid: HeapId,
        code: Arc<Code>,
        code_id: HeapId,
        fpos: usize,
        kwnames: Option<Value>,
        kind: FrameKind,
    ) -> PyResult<bool> {
        let argc = self.stack.len() - fpos - 1;
        let simple = code.simple_call && kwnames.is_none() && argc == code.argcount as usize;
        if simple {
            self.stack.resize(fpos + 1 + code.nlocals(), Value::Undef);
        } else {
            let args = self.take_args(fpos + 1, kwnames)?;
            let locals = self.bind_args(fid, &code, args)?;
            self.stack.truncate(fpos + 1);
            self.stack.extend_from_slice(&locals);
        }
        if code.kind.is_resumable() {
            let saved = self.stack.split_off(fpos + 1);
            self.stack.truncate(fpos);
            let qualname = code.qualname.clone();
            let g = self.alloc(Obj::Generator(Box::new(Generator {
                code,
                code_id,
                ip: Some(0),
                saved_stack: saved,
                saved_blocks: Vec::new(),
                running: false,
                qualname,
            })));
            self.stack.push(g);
            return Ok(false);
        }
        self.push_frame(code, code_id, fpos + 1, kind)?;
        Ok(true)
    }

    /// Binds `args` to the parameters of function `fid`, CPython's rules and messages.
    fn bind_args(&mut self, fid: HeapId, code: &Code, args: Args) -> PyResult<Vec<Value>> {
        let (defaults, kwdefaults, closure, qualname) = match self.heap.get(fid) {
            Obj::Function(f) => (
                f.defaults.clone(),
                f.kwdefaults.clone(),
                f.closure.clone(),
                f.qualname.clone(),
            ),
            _ => return Err(Raise::internal("callee is not a function")),
        };
        let nargs = code.argcount as usize;
        let nkwonly = code.kwonly as usize;
        let mut locals = vec![Value::Undef; code.nlocals()];
        let npos = args.pos.len().min(nargs);
        locals[..npos].copy_from_slice(&args.pos[..npos]);
        let mut slot = nargs + nkwonly;
        if code.varargs {
            let extra = args.pos[npos..].to_vec();
            locals[slot] = self.alloc(Obj::Tuple(extra.into_boxed_slice()));
            slot += 1;
        } else if args.pos.len() > nargs {
            let given = args.pos.len();
            let takes = if defaults.is_empty() {
                format!("{nargs} positional argument{}", plural(nargs))
            } else {
                format!(
                    "from {} to {nargs} positional arguments",
                    nargs - defaults.len()
                )
            };
            let kw_given = args.kw.len();
            let extra = if kw_given > 0 {
                format!(
                    " positional argument{} (and {kw_given} keyword-only argument{})",
                    plural(given),
                    plural(kw_given)
                )
            } else {
                String::new()
            };
            let was = if given == 1 && extra.is_empty() {
                "was"
            } else {
                "were"
            };
            return Err(type_error(if extra.is_empty() {
                format!("{qualname}() takes {takes} but {given} {was} given")
            } else {
                format!("{qualname}() takes {takes} but {given}{extra} were given")
            }));
        }
        let kwargs_dict = if code.varkw {
            let d = self.alloc(Obj::Dict(Dict::new()));
            locals[slot] = d;
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = vec![];
        for (name, v) in args.kw {
            let idx = code.slot_names[..nargs + nkwonly]
                .iter()
                .position(|&s| s == name);
            match idx {
                Some(i) if i >= code.posonly as usize => {
                    if !matches!(locals[i], Value::Undef) {
                        return Err(type_error(format!(
                            "{qualname}() got multiple values for argument '{}'",
                            self.interner.name(name)
                        )));
                    }
                    locals[i] = v;
                }
                other => match kwargs_dict {
                    Some(d) => {
                        let k = self.new_str(self.interner.name(name).to_string());
                        self.dict_set(d.as_ref().expect("dict"), k, v)?;
                    }
                    None if other.is_some() => {
                        posonly_as_kw.push(self.interner.name(name).to_string());
                    }
                    None => {
                        return Err(type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{}'",
                            self.interner.name(name)
                        )))
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        let first_default = nargs - defaults.len();
        let mut missing = vec![];
        for i in 0..nargs {
            if matches!(locals[i], Value::Undef) {
                if i >= first_default {
                    locals[i] = defaults[i - first_default];
                } else {
                    missing.push(self.interner.name(code.slot_names[i]).to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        let kwonly = nargs..nargs + nkwonly;
        for (slot, &name) in locals[kwonly.clone()]
            .iter_mut()
            .zip(&code.slot_names[kwonly])
        {
            if matches!(*slot, Value::Undef) {
                match kwdefaults.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => *slot = *v,
                    None => missing.push(self.interner.name(name).to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        for &c in &code.cell_slots {
            let v = locals[c as usize];
            locals[c as usize] = self.alloc(Obj::Cell(v));
        }
        for (i, &s) in code.free_slots.iter().enumerate() {
            locals[s as usize] = closure.get(i).copied().unwrap_or(Value::Undef);
        }
        Ok(locals)
    }

    /// `MakeFunction`: pops what the compiler pushed and builds the function.
    pub fn make_function(&mut self, flags: u32) -> PyResult<Value> {
        let qualname = self.stack.pop().unwrap_or(Value::None);
        let code_v = self.stack.pop().unwrap_or(Value::None);
        let closure = if flags & 4 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let Value::Ref(code_id) = code_v else {
            return Err(Raise::internal("MakeFunction without code"));
        };
        let Obj::Code(code) = self.heap.get(code_id) else {
            return Err(Raise::internal("MakeFunction without code"));
        };
        let code = code.clone();
        let qualname = self.str_ref(qualname)?.to_string();
        let defaults = match defaults {
            Some(d) => self.collect_iterable(d)?,
            None => vec![],
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Ref(d)) => {
                let pairs: Vec<(Value, Value)> = match self.heap.get(d) {
                    Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                    _ => vec![],
                };
                let mut out = vec![];
                for (k, v) in pairs {
                    let name = self.str_ref(k)?.to_string();
                    out.push((self.interner.intern(&name), v));
                }
                out
            }
            _ => vec![],
        };
        let closure = match closure {
            Some(c) => self.collect_iterable(c)?,
            None => vec![],
        };
        let name = self.interner.intern(&code.name);
        let f = Function {
            code,
            code_id,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            attrs: Vec::new(),
        };
        Ok(self.alloc(Obj::Function(Box::new(f))))
    }

    /// The generator behind `v`, if it is one.
    pub fn generator_of(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Generator(g) if g.code.kind == crate::compile::code::CodeKind::Generator => {
                    Some(id)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The generator, coroutine or async generator behind `v`, if it is one.
    pub fn resumable_of(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Generator(_)) => Some(id),
            _ => None,
        }
    }

    /// Pushes a frame resuming generator `gen` (sending `sent` as the value of the
    /// `yield` it stopped at). For `GenForIter`, an exhausted generator ends the loop.
    pub fn resume_generator(
        &mut self,
        gen: HeapId,
        sent: Value,
        kind: FrameKind,
    ) -> PyResult<bool> {
        let Obj::Generator(g) = self.heap.get_mut(gen) else {
            return Err(Raise::internal("resume of a non-generator"));
        };
        if g.running {
            return Err(crate::error::value_error("generator already executing"));
        }
        let Some(ip) = g.ip else {
            if let FrameKind::GenForIter { exit, .. } = kind {
                self.stack.pop();
                if let Some(f) = self.frames.last_mut() {
                    f.ip = exit as usize;
                }
            }
            return Ok(false);
        };
        g.running = true;
        let saved = std::mem::take(&mut g.saved_stack);
        let blocks = std::mem::take(&mut g.saved_blocks);
        let code = g.code.clone();
        let code_id = g.code_id;
        self.stack.push(Value::None);
        let base = self.stack.len();
        self.stack.extend(saved);
        if ip > 0 {
            self.stack.push(sent);
        }
        self.push_frame(code, code_id, base, kind)?;
        let f = self.frames.last_mut().expect("just pushed");
        f.ip = ip;
        f.blocks = blocks;
        Ok(true)
    }

    /// `next(gen)` from native code: `None` when the generator is exhausted.
    pub fn next_generator(&mut self, gen: HeapId) -> PyResult<Option<Value>> {
        Ok(match self.gen_send(gen, Value::None)? {
            super::gen::GenStep::Yield(v) => Some(v),
            super::gen::GenStep::Return(_) => None,
        })
    }

    /// Expands `CallEx` operands into positional values and keyword pairs.
    pub fn explode_call_args(&mut self, args: Value, kwargs: Value) -> PyResult<ExplodedArgs> {
        let pos = self.collect_iterable(args)?;
        let kw = match kwargs {
            Value::None => vec![],
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => return Err(type_error("argument after ** must be a mapping")),
            },
            _ => return Err(type_error("argument after ** must be a mapping")),
        };
        for (k, _) in &kw {
            if !self.is_str(*k) {
                return Err(type_error("keywords must be strings"));
            }
        }
        Ok((pos, kw))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as in CPython's messages.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
