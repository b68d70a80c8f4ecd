//! Host tools inside the VM: the tool table, calling a tool from Python (bind, convert,
//! call, convert back), and the conversions between heap values and
//! [`minion_tool::Value`].
//!
//! A tool's `Err` becomes the Python exception it names (`RuntimeError` by default) and
//! a tool's panic is caught and becomes a `RuntimeError`; either way the VM's state is
//! untouched. A call of an async tool returns a lazy call (a coroutine) that starts
//! when awaited, gathered or first used (`vm/awaiting.rs`); its future is then polled
//! by the executor's driver (`vm/sched.rs`). The sync executor polls on its own thread,
//! which works for futures that need no particular runtime (pure computation,
//! `futures` channels, an HTTP client with its own runtime); a future that needs a
//! tokio reactor (`tokio::time::sleep`, tokio sockets) fails there with the panic tokio
//! raises, reported as a `RuntimeError`. Such tools belong in the async executor.

use std::panic::{catch_unwind, AssertUnwindSafe};

use minion_tool::{AnyTool, ToolError, ToolSpec, Value as ToolValue};

use super::call::Args;
use super::Vm;
use crate::error::{Fatal, PyResult, Raise};
use crate::intern::Sym;
use crate::objects::{Dict, LazyCall, LazyKind, Obj};
use crate::types::Ty;
use crate::value::Value;

/// Deepest nesting converted to a boundary value; deeper parts become `Opaque`.
const MAX_EXPORT_DEPTH: usize = 100;

/// A registered tool.
pub struct ToolEntry {
    /// The tool.
    pub tool: AnyTool,
    /// Its spec, read once at registration.
    pub spec: ToolSpec,
    /// Its interned name.
    pub name: Sym,
    /// Whether its name is a global (false for a tool of a host module).
    pub global: bool,
}

impl Vm {
    /// Registers `tool` (replacing a tool of the same name) and binds its name as a
    /// protected global; returns its value.
    pub fn register_tool(&mut self, tool: AnyTool) -> Value {
        let spec = tool.spec();
        let name = self.interner.intern(&spec.name);
        let index = match self.tools.iter().position(|t| t.name == name && t.global) {
            Some(i) => {
                self.tools[i] = ToolEntry {
                    tool,
                    spec,
                    name,
                    global: true,
                };
                i
            }
            None => {
                self.tools.push(ToolEntry {
                    tool,
                    spec,
                    name,
                    global: true,
                });
                self.tools.len() - 1
            }
        };
        let v = Value::Tool(index as u32);
        self.set_global(name, v);
        let i = name.0 as usize;
        if self.protected.len() <= i {
            self.protected.resize(i + 1, false);
        }
        self.protected[i] = true;
        v
    }

    /// Registers `tool` as a member of a host module: callable, but not a global.
    /// Returns its name and value.
    pub fn register_module_tool(&mut self, tool: AnyTool) -> (Sym, Value) {
        let spec = tool.spec();
        let name = self.interner.intern(&spec.name);
        self.tools.push(ToolEntry {
            tool,
            spec,
            name,
            global: false,
        });
        (name, Value::Tool((self.tools.len() - 1) as u32))
    }

    /// Whether global `name` holds a tool and so cannot be reassigned.
    #[inline]
    pub fn is_protected(&self, name: Sym) -> bool {
        self.protected
            .get(name.0 as usize)
            .copied()
            .unwrap_or(false)
    }

    /// The error for assigning to or deleting a tool's name (smolagents' wording).
    #[cold]
    pub fn protected_error(&self, name: Sym) -> Raise {
        let n = self.interner.name(name);
        Raise::new(
            Ty::RuntimeError,
            format!("Cannot assign to name '{n}': doing this would erase the existing tool!"),
        )
    }

    /// The name of tool `index`.
    pub fn tool_name(&self, index: u32) -> &str {
        self.tools
            .get(index as usize)
            .map_or("?", |t| t.spec.name.as_str())
    }

    /// Calls tool `index` with `args` from Python code.
    pub fn call_tool(&mut self, index: u32, args: Args) -> PyResult<Value> {
        let positional: Vec<ToolValue> = args.pos.iter().map(|v| self.export_value(*v)).collect();
        let keywords: Vec<(String, ToolValue)> = args
            .kw
            .iter()
            .map(|(k, v)| (self.interner.name(*k).to_string(), self.export_value(*v)))
            .collect();
        self.invoke_tool(index, positional, keywords)
    }

    /// Calls tool `index` with the positional arguments on the stack from `start` up
    /// (the caller pops them).
    pub fn call_tool_positional(&mut self, index: u32, start: usize) -> PyResult<Value> {
        let positional: Vec<ToolValue> = self.stack[start..]
            .iter()
            .map(|v| self.export_value(*v))
            .collect();
        self.invoke_tool(index, positional, Vec::new())
    }

    fn invoke_tool(
        &mut self,
        index: u32,
        positional: Vec<ToolValue>,
        keywords: Vec<(String, ToolValue)>,
    ) -> PyResult<Value> {
        let Some(entry) = self.tools.get(index as usize) else {
            return Err(Raise::internal("unknown tool"));
        };
        let bound = entry
            .spec
            .bind(positional, keywords)
            .map_err(|e| self.tool_exception(e))?;
        let tool = entry.tool.clone();
        let is_final_answer = entry.spec.name == "final_answer";
        if matches!(tool, AnyTool::Async(_)) {
            // An awaitable that starts when awaited (or, leniently, when first used).
            if !self.sched.strict_await {
                self.sched.unawaited += 1;
            }
            return Ok(self.alloc(Obj::LazyCall(Box::new(LazyCall {
                kind: LazyKind::Tool {
                    tool: index,
                    args: Some(bound),
                },
                started: None,
                awaited: false,
            }))));
        }
        self.count_tool_call()?;
        let outcome = catch_unwind(AssertUnwindSafe(|| match &tool {
            AnyTool::Sync(t) => t.forward(bound),
            AnyTool::Async(_) => unreachable!("async tools return a lazy call above"),
        }));
        let result = match outcome {
            Ok(Ok(v)) => v,
            Ok(Err(e)) => return Err(self.tool_exception(e)),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                let name = self.tool_name(index).to_string();
                return Err(Raise::new(
                    Ty::RuntimeError,
                    format!("tool '{name}' panicked: {what}"),
                ));
            }
        };
        let v = self.import_value(&result)?;
        if is_final_answer {
            return Err(Raise::Fatal(Box::new(Fatal::FinalAnswer(v))));
        }
        Ok(v)
    }

    /// The Python exception for a tool's error: the built-in class it names, else
    /// `RuntimeError` (with the unknown class name kept in the message).
    pub(crate) fn tool_exception(&self, e: ToolError) -> Raise {
        let ty = Ty::EXCEPTIONS
            .iter()
            .copied()
            .find(|t| t.name() == e.exc_type);
        match ty {
            Some(Ty::KeyError) => {
                // `KeyError('x')` prints its argument's repr, as CPython does.
                Raise::new(Ty::KeyError, e.message)
            }
            Some(t) => Raise::new(t, e.message),
            None => Raise::new(Ty::RuntimeError, format!("{}: {}", e.exc_type, e.message)),
        }
    }

    /// Converts a heap value to the boundary value (values without a boundary form,
    /// and anything nested deeper than 100 levels, become `Opaque` with their repr).
    pub fn export_value(&self, v: Value) -> ToolValue {
        self.export_inner(v, 0, &[])
    }

    /// [`export_value`](Self::export_value), with the reprs of user-class instances
    /// computed by their `__repr__` (which runs Python code).
    pub fn export_value_mut(&mut self, v: Value) -> ToolValue {
        let mut found = Vec::new();
        self.find_instances(v, 0, &mut found);
        let mut reprs = Vec::with_capacity(found.len());
        for id in found {
            let r = self.repr_mut(Value::Ref(id)).unwrap_or_default();
            reprs.push((id, r));
        }
        self.export_inner(v, 0, &reprs)
    }

    fn find_instances(&self, v: Value, depth: usize, out: &mut Vec<crate::heap::HeapId>) {
        let Value::Ref(id) = v else {
            return;
        };
        if depth > MAX_EXPORT_DEPTH || out.len() > 10_000 {
            return;
        }
        match self.heap.get(id) {
            Obj::Instance(_) | Obj::NamedTuple(_) => out.push(id),
            Obj::Exception(e) if e.class.is_some() => out.push(id),
            Obj::List(items) => items
                .iter()
                .for_each(|x| self.find_instances(*x, depth + 1, out)),
            Obj::Tuple(items) => items
                .iter()
                .for_each(|x| self.find_instances(*x, depth + 1, out)),
            Obj::Dict(d) => {
                for e in d.iter() {
                    self.find_instances(e.key, depth + 1, out);
                    self.find_instances(e.value, depth + 1, out);
                }
            }
            _ => {}
        }
    }

    fn export_inner(
        &self,
        v: Value,
        depth: usize,
        reprs: &[(crate::heap::HeapId, String)],
    ) -> ToolValue {
        let opaque = |v: Value| ToolValue::Opaque {
            type_name: self.type_name(v).to_string(),
            repr: match v {
                Value::Ref(id) => match reprs.iter().find(|(i, _)| *i == id) {
                    Some((_, r)) => r.clone(),
                    None => self.repr(v).unwrap_or_default(),
                },
                _ => self.repr(v).unwrap_or_default(),
            },
        };
        if depth > MAX_EXPORT_DEPTH {
            return opaque(v);
        }
        let export_all = |items: &[Value]| -> Vec<ToolValue> {
            items
                .iter()
                .map(|x| self.export_inner(*x, depth + 1, reprs))
                .collect()
        };
        match v {
            Value::None | Value::Undef => ToolValue::None,
            Value::Bool(b) => ToolValue::Bool(b),
            Value::Int(i) => ToolValue::Int(i.into()),
            Value::Float(f) => ToolValue::Float(f),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => ToolValue::Str(s.s.to_string()),
                Obj::Bytes(b) => ToolValue::Bytes(b.clone()),
                Obj::Int(i) => ToolValue::Int(i.clone().into()),
                Obj::List(l) => ToolValue::List(export_all(l)),
                Obj::Tuple(t) => ToolValue::Tuple(export_all(t)),
                Obj::Set(d) => ToolValue::Set(
                    d.keys()
                        .map(|x| self.export_inner(x, depth + 1, reprs))
                        .collect(),
                ),
                Obj::FrozenSet(d) => ToolValue::FrozenSet(
                    d.keys()
                        .map(|x| self.export_inner(x, depth + 1, reprs))
                        .collect(),
                ),
                Obj::Dict(d) => {
                    let mut out = minion_tool::Dict::with_capacity(d.len());
                    for e in d.iter() {
                        out.insert(
                            self.export_inner(e.key, depth + 1, reprs),
                            self.export_inner(e.value, depth + 1, reprs),
                        );
                    }
                    ToolValue::Dict(out)
                }
                _ => opaque(v),
            },
            _ => opaque(v),
        }
    }

    /// Converts a boundary value to a heap value. Iterative (an explicit work list, not
    /// the Rust stack), so any nesting depth the host built is fine; an unhashable dict
    /// key or set element is a `TypeError`. No collection runs here (natives are on the
    /// stack, or the host is converting between runs), so the children held in `done`
    /// stay valid.
    pub fn import_value(&mut self, v: &ToolValue) -> PyResult<Value> {
        // Scalars (the common tool result) need no work list.
        match v {
            ToolValue::None => return Ok(Value::None),
            ToolValue::Bool(b) => return Ok(Value::Bool(*b)),
            ToolValue::Float(f) => return Ok(Value::Float(*f)),
            ToolValue::Int(i) => {
                if let Some(small) = i.to_i64() {
                    return Ok(Value::Int(small));
                }
            }
            ToolValue::Str(s) => return Ok(self.new_str(s.as_str())),
            _ => {}
        }
        enum Task<'v> {
            Visit(&'v ToolValue),
            Build(&'v ToolValue),
        }
        let mut tasks = vec![Task::Visit(v)];
        let mut done: Vec<Value> = Vec::new();
        while let Some(task) = tasks.pop() {
            match task {
                Task::Visit(v) => match v {
                    ToolValue::List(items)
                    | ToolValue::Tuple(items)
                    | ToolValue::Set(items)
                    | ToolValue::FrozenSet(items) => {
                        tasks.push(Task::Build(v));
                        tasks.extend(items.iter().rev().map(Task::Visit));
                    }
                    ToolValue::Dict(d) => {
                        tasks.push(Task::Build(v));
                        let kids: Vec<&ToolValue> = d.iter().flat_map(|(k, x)| [k, x]).collect();
                        tasks.extend(kids.into_iter().rev().map(Task::Visit));
                    }
                    ToolValue::None => done.push(Value::None),
                    ToolValue::Bool(b) => done.push(Value::Bool(*b)),
                    ToolValue::Int(i) => {
                        let x = match i.to_i64() {
                            Some(small) => Value::Int(small),
                            None => self.new_int(i.to_bigint()),
                        };
                        done.push(x);
                    }
                    ToolValue::Float(f) => done.push(Value::Float(*f)),
                    ToolValue::Str(s) => {
                        let x = self.new_str(s.as_str());
                        done.push(x);
                    }
                    ToolValue::Bytes(b) => {
                        let x = self.alloc(Obj::Bytes(b.clone()));
                        done.push(x);
                    }
                    ToolValue::Opaque { repr, .. } => {
                        let x = self.new_str(repr.as_str());
                        done.push(x);
                    }
                },
                Task::Build(v) => {
                    let n = match v {
                        ToolValue::Dict(d) => 2 * d.len(),
                        ToolValue::List(items)
                        | ToolValue::Tuple(items)
                        | ToolValue::Set(items)
                        | ToolValue::FrozenSet(items) => items.len(),
                        _ => 0,
                    };
                    let kids = done.split_off(done.len() - n);
                    let x = match v {
                        ToolValue::List(_) => self.new_list(kids),
                        ToolValue::Tuple(_) => self.new_tuple(kids),
                        ToolValue::Dict(_) => {
                            let out = self.alloc(Obj::Dict(Dict::new()));
                            let id = out.as_ref().expect("dict");
                            for kv in kids.chunks_exact(2) {
                                self.dict_set(id, kv[0], kv[1])?;
                            }
                            out
                        }
                        _ => {
                            let s = self.alloc(if matches!(v, ToolValue::FrozenSet(_)) {
                                Obj::FrozenSet(Dict::new_set())
                            } else {
                                Obj::Set(Dict::new_set())
                            });
                            let id = s.as_ref().expect("set");
                            for x in kids {
                                self.set_add(id, x)?;
                            }
                            s
                        }
                    };
                    done.push(x);
                }
            }
        }
        Ok(done.pop().unwrap_or(Value::None))
    }
}
