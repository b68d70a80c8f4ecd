//! The virtual machine: frames over one value stack, the heap, globals, limits.
//!
//! The run loop (`run.rs`) executes instructions of the innermost frame; calls
//! (`call.rs`) push frames. Native functions that call back into Python (a `key=`
//! function of `sorted`) start a nested run loop that stops when its frame returns;
//! only those nestings use the Rust stack, and they are bounded (`MAX_NATIVE_DEPTH`).
//! Operators live in `ops.rs`, attribute access in `attr.rs`, subscripts in
//! `subscript.rs`, iteration in `iter.rs`, conversions to text in `repr.rs`, exceptions
//! in `exc.rs`.

pub mod attr;
pub mod awaiting;
pub mod call;
pub mod class;
pub mod convert;
pub mod dunder;
pub mod exc;
pub mod frame;
pub mod gen;
pub mod iter;
pub mod matching;
pub mod ops;
pub mod percent;
pub mod repr;
pub mod run;
pub mod sched;
pub mod strformat;
pub mod subscript;
pub mod tools;
pub mod userkeys;

use std::time::{Duration, Instant};

use crate::builtins::Builtin;
use crate::error::{LimitError, PyResult, Raise};
use crate::heap::Heap;
use crate::intern::{Interner, Sym};
use crate::types::Ty;
use crate::value::Value;
use frame::Frame;

/// Native -> Python -> native nesting allowed before `RecursionError` (each level uses
/// some Rust stack; 2 MiB test threads hold this comfortably).
pub const MAX_NATIVE_DEPTH: usize = 120;

/// Resource limits of one run. None of them can be caught by the sandboxed code.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Maximum operations (loop iterations and calls) per run.
    pub max_operations: u64,
    /// Maximum wall time per run.
    pub max_duration: Duration,
    /// Maximum heap bytes.
    pub max_memory: usize,
    /// Maximum Python call depth.
    pub max_recursion: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_operations: 10_000_000,
            max_duration: Duration::from_secs(30),
            max_memory: 256 * 1024 * 1024,
            max_recursion: 1000,
        }
    }
}

/// The interpreter: everything a run needs. It is `Send`.
pub struct Vm {
    /// The object arena.
    pub heap: Heap,
    /// Interned identifiers.
    pub interner: Interner,
    /// Module globals, indexed by `Sym` (`Undef` = unbound).
    pub globals: Vec<Value>,
    /// Builtins, indexed by `Sym` (`Undef` = not a builtin).
    builtins: Vec<Value>,
    /// The value stack shared by all frames.
    pub stack: Vec<Value>,
    /// Active frames, innermost last.
    pub frames: Vec<Frame>,
    /// Exceptions currently being handled (`except` bodies), innermost last.
    pub exc_info: Vec<Value>,
    /// What `print` wrote during this run.
    pub logs: String,
    /// Maximum length of `logs`.
    pub max_log_len: usize,
    /// Whether `logs` was truncated.
    pub logs_truncated: bool,
    /// The run's output (value of the last top-level statement).
    pub output: Value,
    /// Limits for the current run.
    pub limits: Limits,
    ops: u64,
    started: Instant,
    /// Native calls currently on the Rust stack (no GC while > 0).
    pub native_depth: usize,
    next_frame_id: u64,
    gc_threshold: usize,
    alarm: usize,
    /// Values the host keeps alive across collections (extra roots).
    pub pinned: Vec<Value>,
    /// Host tools, indexed by `Value::Tool`.
    pub tools: Vec<tools::ToolEntry>,
    /// Native modules imported so far (`import math` twice gives the same object).
    pub modules: Vec<(&'static str, Value)>,
    /// Modules `import` may load; `None` admits every native and host module.
    pub authorized_imports: Option<Vec<String>>,
    /// Modules the host added (`LocalPythonExecutor::add_module`), by name.
    pub host_modules: Vec<(String, Value)>,
    /// Compiled regular expressions (`re`), kept across runs.
    pub re_cache: crate::modules::re::Cache,
    /// Globals that hold tools (indexed by `Sym`): assignment to them is refused.
    pub protected: Vec<bool>,
    /// The event loop: tasks, timers, async tool calls in flight.
    pub sched: sched::Sched,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// A VM with builtins installed and empty globals.
    pub fn new() -> Self {
        let mut vm = Vm {
            heap: Heap::new(),
            interner: Interner::default(),
            globals: Vec::new(),
            builtins: Vec::new(),
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            exc_info: Vec::new(),
            logs: String::new(),
            max_log_len: 50_000,
            logs_truncated: false,
            output: Value::None,
            limits: Limits::default(),
            ops: 0,
            started: Instant::now(),
            native_depth: 0,
            next_frame_id: 0,
            gc_threshold: 1 << 20,
            alarm: 0,
            pinned: Vec::new(),
            tools: Vec::new(),
            modules: Vec::new(),
            authorized_imports: None,
            host_modules: Vec::new(),
            re_cache: crate::modules::re::Cache::default(),
            protected: Vec::new(),
            sched: sched::Sched::default(),
        };
        crate::attrs::intern_known(&mut vm.interner);
        for b in Builtin::ALL {
            let s = vm.interner.intern(b.name());
            vm.set_builtin(s, Value::Builtin(*b));
        }
        for (name, ty) in crate::builtins::TYPE_NAMES {
            let s = vm.interner.intern(name);
            vm.set_builtin(s, Value::Type(*ty));
        }
        for ty in Ty::EXCEPTIONS {
            let s = vm.interner.intern(ty.name());
            vm.set_builtin(s, Value::Type(*ty));
        }
        vm
    }

    fn set_builtin(&mut self, s: Sym, v: Value) {
        let i = s.0 as usize;
        if self.builtins.len() <= i {
            self.builtins.resize(i + 1, Value::Undef);
        }
        self.builtins[i] = v;
    }

    /// The builtin named by `s`, if any.
    pub fn builtin(&self, s: Sym) -> Option<Value> {
        match self.builtins.get(s.0 as usize) {
            Some(Value::Undef) | None => None,
            Some(v) => Some(*v),
        }
    }

    /// The global named by `s`, if bound.
    pub fn global(&self, s: Sym) -> Option<Value> {
        match self.globals.get(s.0 as usize) {
            Some(Value::Undef) | None => None,
            Some(v) => Some(*v),
        }
    }

    /// Binds a global.
    pub fn set_global(&mut self, s: Sym, v: Value) {
        let i = s.0 as usize;
        if self.globals.len() <= i {
            self.globals.resize(i + 1, Value::Undef);
        }
        self.globals[i] = v;
    }

    /// Resets the per-run counters before a run starts.
    pub fn start_run(&mut self, limits: Limits) {
        self.limits = limits;
        self.ops = 0;
        self.started = Instant::now();
        self.logs.clear();
        self.logs_truncated = false;
        self.output = Value::None;
        self.native_depth = 0;
        self.exc_info.clear();
        self.sched.unawaited = 0;
        self.sched.tool_calls = 0;
        self.set_alarm();
    }

    /// Collects if due (and allowed here), enforces the memory limit, and sets the
    /// next `alarm`.
    #[cold]
    fn heap_checkpoint(&mut self) -> PyResult<()> {
        if self.heap.bytes_since_gc > self.gc_threshold && self.native_depth == 0 {
            self.collect_garbage();
        }
        if self.heap.bytes > self.limits.max_memory {
            if self.native_depth == 0 {
                self.collect_garbage();
            }
            if self.heap.bytes > self.limits.max_memory {
                return Err(Raise::limit(LimitError::Memory(self.limits.max_memory)));
            }
        }
        self.set_alarm();
        Ok(())
    }

    fn set_alarm(&mut self) {
        let since = self.heap.bytes_since_gc;
        let to_limit = self.limits.max_memory.saturating_sub(self.heap.bytes);
        let to_gc = if since < self.gc_threshold {
            self.gc_threshold - since
        } else {
            // A collection is due but natives are on the stack: look again soon.
            64 * 1024
        };
        self.alarm = since.saturating_add(to_gc.min(to_limit));
    }

    /// Counts one operation: a loop iteration (backward jump) or a call. Operations,
    /// not instructions, are what `max_operations` bounds, so the default of 10 million
    /// allows a 10-million-iteration loop whatever its body's size.
    ///
    /// This is also where the time limit, the memory limit and the collector are
    /// checked: straight-line code between two operations is bounded by the program's
    /// size, and the allocations that can be large are checked before they happen
    /// (`check_alloc`), so checking here rather than per instruction loses nothing.
    /// Every operation site is a safe point (all live values are on the stack).
    #[inline(always)]
    pub fn count_op(&mut self) -> PyResult<()> {
        self.ops += 1;
        if self.ops > self.limits.max_operations {
            return Err(Raise::limit(LimitError::Operations(
                self.limits.max_operations,
            )));
        }
        if self.ops & 0x3ff == 0 {
            self.check_time()?;
        }
        if self.heap.bytes_since_gc > self.alarm {
            self.heap_checkpoint()?;
        }
        Ok(())
    }

    /// Charges `n` extra operations (for natives that do work proportional to input).
    pub fn charge(&mut self, n: u64) -> PyResult<()> {
        self.ops += n;
        if self.ops > self.limits.max_operations {
            return Err(Raise::limit(LimitError::Operations(
                self.limits.max_operations,
            )));
        }
        self.check_time()
    }

    fn check_time(&self) -> PyResult<()> {
        if self.started.elapsed() > self.limits.max_duration {
            return Err(Raise::limit(LimitError::Time(self.limits.max_duration)));
        }
        Ok(())
    }

    /// Fails before allocating `bytes` more if that would pass the memory limit.
    pub fn check_alloc(&self, bytes: usize) -> PyResult<()> {
        if self.heap.bytes.saturating_add(bytes) > self.limits.max_memory {
            return Err(Raise::limit(LimitError::Memory(self.limits.max_memory)));
        }
        Ok(())
    }

    /// Operations executed in this run.
    pub fn operations(&self) -> u64 {
        self.ops
    }

    /// Collects garbage now. Only call where every live handle is rooted.
    pub fn collect_garbage(&mut self) {
        let mut roots: Vec<Value> = Vec::with_capacity(self.stack.len() + 64);
        roots.extend_from_slice(&self.stack);
        roots.extend(self.globals.iter().copied());
        roots.extend(self.exc_info.iter().copied());
        roots.extend(self.pinned.iter().copied());
        roots.extend(self.modules.iter().map(|(_, v)| *v));
        roots.extend(self.host_modules.iter().map(|(_, v)| *v));
        roots.push(self.output);
        for f in &self.frames {
            frame_roots(f, &mut roots);
        }
        self.sched_roots(&mut roots);
        self.heap.collect(roots);
        // Next collection when the heap has grown by as much again (at least 1 MiB).
        self.gc_threshold = self.heap.bytes.max(1 << 20);
        self.set_alarm();
    }

    /// A fresh frame id.
    pub fn frame_id(&mut self) -> u64 {
        self.next_frame_id += 1;
        self.next_frame_id
    }

    /// Appends to the captured output, truncating at `max_log_len`.
    pub fn write_log(&mut self, s: &str) {
        if self.logs_truncated {
            return;
        }
        let room = self.max_log_len.saturating_sub(self.logs.len());
        if s.len() <= room {
            self.logs.push_str(s);
        } else {
            let mut cut = room;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            self.logs.push_str(&s[..cut]);
            self.logs_truncated = true;
        }
    }
}

/// The values frame `f` keeps alive besides the stack: its code and generator.
fn frame_roots(f: &Frame, roots: &mut Vec<Value>) {
    roots.push(Value::Ref(f.code_id));
    if let Some(gen) = f.kind.generator() {
        roots.push(Value::Ref(gen));
    }
    if let frame::FrameKind::Init { inst, .. } = f.kind {
        roots.push(Value::Ref(inst));
    }
    if let frame::FrameKind::CacheStore { wrapper, key, .. } = f.kind {
        roots.extend([Value::Ref(wrapper), Value::Ref(key)]);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn vm_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<super::Vm>();
    }
}
