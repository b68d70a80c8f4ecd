//! The compiler: AST -> [`Code`] objects, after [`scope`] analysis.
//!
//! `stmt.rs` and `expr.rs` hold the code generation for statements and expressions;
//! this file holds the per-code-object state (`Unit`), name resolution and the entry
//! point [`compile_module`]. Jumps are emitted with a placeholder and patched.

pub mod code;
mod expr;
mod pattern;
pub mod scope;
mod stmt;

use std::sync::Arc;

use hashbrown::HashMap;
use minion_parser::{ast, LineIndex};

use crate::heap::{Heap, HeapId};
use crate::intern::{Interner, Sym};
use crate::objects::{Obj, PyStr};
use crate::value::Value;
use code::{Code, CodeKind, Instr};
use scope::{Scope, ScopeKey, ScopeTable};

/// A compile-time error (a `SyntaxError` the parser cannot see, e.g. `'return' outside
/// function`), with the byte offset it points at.
#[derive(Debug)]
pub struct CompileError {
    /// CPython's message.
    pub message: String,
    /// Byte offset into the source.
    pub offset: u32,
}

/// How a statement inside a loop or `try` must be unwound by `break`/`continue`/`return`.
enum FBlock<'a> {
    Loop {
        is_for: bool,
        start: u32,
        breaks: Vec<usize>,
    },
    TryExcept,
    FinallyTry(&'a [ast::Stmt]),
    FinallyEnd,
    Handler(Option<String>),
    /// The body of `with` / `async with`: leaving it early calls (and for `async
    /// with` awaits) `__exit__(None, None, None)` (the bound exit is on the stack).
    With {
        /// Whether it is `async with`.
        is_async: bool,
    },
}

/// One code object under construction.
struct Unit<'a> {
    kind: CodeKind,
    scope: Option<&'a Scope>,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    /// The most recent jump target set by `patch_to` (fusion must not skip it).
    label_at: Option<u32>,
    consts: Vec<Value>,
    str_consts: HashMap<String, u32>,
    slots: HashMap<String, u32>,
    slot_names: Vec<Sym>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    first_line: u32,
    /// Whether `await` may appear here (module level, `async def`, and comprehensions
    /// inside those).
    can_await: bool,
}

/// The compiler state for one module.
pub struct Compiler<'a> {
    heap: &'a mut Heap,
    interner: &'a mut Interner,
    table: &'a ScopeTable,
    lines: &'a LineIndex,
    source: Arc<str>,
    unit: Unit<'a>,
}

/// Compiles a parsed module. Returns the module's code and its heap handle (the handle
/// roots the code's constants).
pub fn compile_module(
    body: &[ast::Stmt],
    source: Arc<str>,
    lines: &LineIndex,
    heap: &mut Heap,
    interner: &mut Interner,
) -> Result<(Arc<Code>, HeapId), CompileError> {
    let table = ScopeTable::analyze(body).map_err(|e| CompileError {
        message: e.message,
        offset: e.offset,
    })?;
    let mut c = Compiler {
        heap,
        interner,
        table: &table,
        lines,
        source,
        unit: Unit::new(
            CodeKind::Module,
            None,
            "<module>".into(),
            "<module>".into(),
            1,
        ),
    };
    let n = body.len();
    c.setup_annotations(body);
    for (i, s) in body.iter().enumerate() {
        c.stmt_top(s, i + 1 == n)?;
    }
    c.emit(Instr::LoadConst(0));
    c.emit(Instr::Return);
    Ok(c.finish_unit(0, 0, 0, false, false))
}

impl<'a> Unit<'a> {
    fn new(
        kind: CodeKind,
        scope: Option<&'a Scope>,
        name: String,
        qualname: String,
        line: u32,
    ) -> Self {
        Unit {
            kind,
            scope,
            name,
            qualname,
            instrs: Vec::new(),
            lines: Vec::new(),
            label_at: None,
            // Constant 0 is always None (the implicit return value).
            consts: vec![Value::None],
            str_consts: HashMap::new(),
            slots: HashMap::new(),
            slot_names: Vec::new(),
            fblocks: Vec::new(),
            can_await: kind == CodeKind::Module,
            line,
            first_line: line,
        }
    }
}

/// Where a name lives in the current scope.
enum NameLoc {
    Fast(u32),
    Deref(u32),
    Global(Sym),
    /// A class body's name (its namespace, then globals and builtins).
    Name(Sym),
}

impl<'a> Compiler<'a> {
    fn emit(&mut self, i: Instr) -> usize {
        // Peephole: `Compare` directly followed by `PopJumpIfFalse` (an `if`/`while`
        // test) becomes one instruction, unless a jump lands between the two.
        if let (Instr::PopJumpIfFalse(t), Some(&Instr::Compare(op))) = (i, self.unit.instrs.last())
        {
            if self.unit.label_at != Some(self.here()) {
                let at = self.unit.instrs.len() - 1;
                // ... and with `LoadFast` + `LoadConst` before it (`n < 2`), one more.
                if at >= 2 {
                    if let (Instr::LoadFast(s), Instr::LoadConst(c)) =
                        (self.unit.instrs[at - 2], self.unit.instrs[at - 1])
                    {
                        let no_label_inside =
                            self.unit.label_at.is_none_or(|l| (l as usize) < at - 1);
                        if no_label_inside && s <= u16::MAX as u32 && c <= u16::MAX as u32 {
                            self.unit.instrs.truncate(at - 1);
                            self.unit.lines.truncate(at - 1);
                            self.unit.instrs[at - 2] =
                                Instr::CompareLocalConstJumpIfFalse(op, s as u16, c as u16, t);
                            return at - 2;
                        }
                    }
                }
                self.unit.instrs[at] = Instr::CompareJumpIfFalse(op, t);
                return at;
            }
        }
        // Peephole: `LoadFast(s)`, `LoadConst(c)`, `BinaryOp(op)` (`n - 1`, `i * 2`)
        // becomes one instruction, unless a jump lands on the `LoadConst` or here.
        if let Instr::BinaryOp(op) = i {
            let n = self.unit.instrs.len();
            if n >= 2 {
                if let (Instr::LoadFast(s), Instr::LoadConst(c)) =
                    (self.unit.instrs[n - 2], self.unit.instrs[n - 1])
                {
                    let no_label_inside = self.unit.label_at.is_none_or(|l| (l as usize) < n - 1);
                    if no_label_inside && s <= u16::MAX as u32 && c <= u16::MAX as u32 {
                        self.unit.instrs.pop();
                        self.unit.lines.pop();
                        self.unit.instrs[n - 2] = Instr::BinaryOpLocalConst(op, s as u16, c as u16);
                        return n - 2;
                    }
                }
            }
        }
        self.unit.instrs.push(i);
        self.unit.lines.push(self.unit.line);
        self.unit.instrs.len() - 1
    }

    fn here(&self) -> u32 {
        self.unit.instrs.len() as u32
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        use Instr::*;
        self.unit.label_at = Some(target);
        self.unit.instrs[at] = match self.unit.instrs[at] {
            CompareJumpIfFalse(op, _) => CompareJumpIfFalse(op, target),
            CompareLocalConstJumpIfFalse(op, s, c, _) => {
                CompareLocalConstJumpIfFalse(op, s, c, target)
            }
            Jump(_) => Jump(target),
            PopJumpIfFalse(_) => PopJumpIfFalse(target),
            PopJumpIfTrue(_) => PopJumpIfTrue(target),
            JumpIfFalseOrPop(_) => JumpIfFalseOrPop(target),
            JumpIfTrueOrPop(_) => JumpIfTrueOrPop(target),
            ForIter(_) => ForIter(target),
            AsyncForIter(_) => AsyncForIter(target),
            SetupExcept(_) => SetupExcept(target),
            other => other,
        };
    }

    fn set_line(&mut self, node: &impl ast::Ranged) {
        self.unit.line = self.lines.line(u32::from(node.range().start()));
    }

    fn error(&self, message: impl Into<String>, node: &impl ast::Ranged) -> CompileError {
        CompileError {
            message: message.into(),
            offset: u32::from(node.range().start()),
        }
    }

    fn sym(&mut self, name: &str) -> Sym {
        self.interner.intern(name)
    }

    fn add_const(&mut self, v: Value) -> u32 {
        self.unit.consts.push(v);
        self.unit.consts.len() as u32 - 1
    }

    fn str_const(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.unit.str_consts.get(s) {
            return i;
        }
        let id = self.heap.alloc(Obj::Str(PyStr::new(s)));
        let i = self.add_const(Value::Ref(id));
        self.unit.str_consts.insert(s.to_string(), i);
        i
    }

    fn load_str(&mut self, s: &str) {
        let i = self.str_const(s);
        self.emit(Instr::LoadConst(i));
    }

    fn slot(&mut self, name: &str) -> u32 {
        if let Some(&s) = self.unit.slots.get(name) {
            return s;
        }
        let s = self.unit.slot_names.len() as u32;
        let sym = self.sym(name);
        self.unit.slot_names.push(sym);
        self.unit.slots.insert(name.to_string(), s);
        s
    }

    fn resolve(&mut self, name: &str) -> NameLoc {
        let Some(scope) = self.unit.scope else {
            return NameLoc::Global(self.sym(name));
        };
        if scope.globals.contains(name) {
            return NameLoc::Global(self.sym(name));
        }
        if scope.frees.iter().any(|n| n == name) || scope.cells.contains(name) {
            return NameLoc::Deref(self.slot(name));
        }
        if self.unit.kind == CodeKind::ClassBody {
            return NameLoc::Name(self.sym(name));
        }
        if scope.is_local(name) {
            return NameLoc::Fast(self.slot(name));
        }
        NameLoc::Global(self.sym(name))
    }

    fn load_name(&mut self, name: &str) {
        match self.resolve(name) {
            NameLoc::Fast(s) => self.emit(Instr::LoadFast(s)),
            NameLoc::Deref(s) => self.emit(Instr::LoadDeref(s)),
            NameLoc::Global(s) => self.emit(Instr::LoadGlobal(s)),
            NameLoc::Name(s) => self.emit(Instr::LoadName(s)),
        };
    }

    fn store_name(&mut self, name: &str) {
        match self.resolve(name) {
            NameLoc::Fast(s) => self.emit(Instr::StoreFast(s)),
            NameLoc::Deref(s) => self.emit(Instr::StoreDeref(s)),
            NameLoc::Global(s) => self.emit(Instr::StoreGlobal(s)),
            NameLoc::Name(s) => self.emit(Instr::StoreName(s)),
        };
    }

    fn delete_name(&mut self, name: &str) {
        match self.resolve(name) {
            NameLoc::Fast(s) => self.emit(Instr::DeleteFast(s)),
            NameLoc::Deref(s) => self.emit(Instr::DeleteDeref(s)),
            NameLoc::Global(s) => self.emit(Instr::DeleteGlobal(s)),
            NameLoc::Name(s) => self.emit(Instr::DeleteName(s)),
        };
    }

    /// Starts compiling the child scope opened by the node with `key`; returns the
    /// parent unit to restore with [`Compiler::end_child`].
    fn begin_child(&mut self, key: ScopeKey, kind: CodeKind, name: &str) -> Unit<'a> {
        let table: &'a ScopeTable = self.table;
        let scope = table.get(key);
        let qualname = match self.unit.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::ClassBody => format!("{}.{}", self.unit.qualname, name),
            _ => format!("{}.<locals>.{}", self.unit.qualname, name),
        };
        let mut unit = Unit::new(
            kind,
            Some(scope),
            name.to_string(),
            qualname,
            self.unit.line,
        );
        // Slots: parameters, then the rest is allocated on first use; frees last is not
        // required since slots are addressed by index.
        std::mem::swap(&mut self.unit, &mut unit);
        for p in &scope.params {
            self.slot(p);
        }
        for f in &scope.frees {
            self.slot(f);
        }
        unit
    }

    /// Finishes the child unit, restores `parent`, and emits the code constant plus the
    /// closure tuple; returns the number of free variables (closure size).
    fn end_child(
        &mut self,
        parent: Unit<'a>,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        varargs: bool,
        varkw: bool,
    ) -> (u32, u32) {
        let scope = self.unit.scope.expect("child units have a scope");
        let frees: Vec<String> = scope.frees.clone();
        let (code, code_id) = self.finish_unit(argcount, posonly, kwonly, varargs, varkw);
        let qualname = code.qualname.clone();
        self.unit = parent;
        for f in &frees {
            match self.resolve(f) {
                NameLoc::Deref(s) => {
                    self.emit(Instr::LoadClosure(s));
                }
                _ => {
                    // Scope analysis guarantees the parent holds it in a cell.
                    let s = self.slot(f);
                    self.emit(Instr::LoadClosure(s));
                }
            }
        }
        if !frees.is_empty() {
            self.emit(Instr::BuildTuple(frees.len() as u32));
        }
        let ci = self.add_const(Value::Ref(code_id));
        self.emit(Instr::LoadConst(ci));
        self.load_str(&qualname);
        (frees.len() as u32, 0)
    }

    fn finish_unit(
        &mut self,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        varargs: bool,
        varkw: bool,
    ) -> (Arc<Code>, HeapId) {
        let u = &mut self.unit;
        let (cell_slots, free_slots) = match u.scope {
            Some(scope) => {
                let cells = scope
                    .cells
                    .iter()
                    .filter_map(|n| u.slots.get(n).copied())
                    .collect();
                let frees = scope
                    .frees
                    .iter()
                    .filter_map(|n| u.slots.get(n).copied())
                    .collect();
                (cells, frees)
            }
            None => (vec![], vec![]),
        };
        let mut cell_slots: Vec<u32> = cell_slots;
        cell_slots.sort_unstable();
        let simple_call =
            kwonly == 0 && !varargs && !varkw && cell_slots.is_empty() && free_slots.is_empty();
        let code = Arc::new(Code {
            simple_call,
            name: std::mem::take(&mut u.name),
            qualname: std::mem::take(&mut u.qualname),
            kind: u.kind,
            instrs: std::mem::take(&mut u.instrs),
            lines: std::mem::take(&mut u.lines),
            consts: std::mem::take(&mut u.consts),
            slot_names: std::mem::take(&mut u.slot_names),
            argcount,
            posonly,
            kwonly,
            varargs,
            varkw,
            cell_slots,
            free_slots,
            first_line: u.first_line,
            source: self.source.clone(),
        });
        let id = self.heap.alloc(Obj::Code(code.clone()));
        (code, id)
    }
}
