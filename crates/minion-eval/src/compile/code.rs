//! Code objects and the instruction set the compiler emits and the VM runs.
//!
//! Operands are `u32`: constant-table indices, local-slot indices, interned-name ids
//! (`Sym`) or jump targets (instruction indices). Stack effects are noted as
//! `[before] -> [after]`, top of stack rightmost.

use std::sync::Arc;

use crate::intern::Sym;
use crate::value::Value;

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator's symbol, as in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Rich comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator's symbol, as in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// One VM instruction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    /// No operation.
    Nop,
    /// `[] -> [consts[i]]`.
    LoadConst(u32),
    /// `[] -> [locals[i]]`; `UnboundLocalError` if unbound.
    LoadFast(u32),
    /// `[v] -> []`, `locals[i] = v`.
    StoreFast(u32),
    /// Unbinds `locals[i]`.
    DeleteFast(u32),
    /// `[] -> [cell.value]` for the cell in slot `i`.
    LoadDeref(u32),
    /// `[v] -> []` into the cell in slot `i`.
    StoreDeref(u32),
    /// Empties the cell in slot `i`.
    DeleteDeref(u32),
    /// `[] -> [globals[name] or builtins[name]]`.
    LoadGlobal(Sym),
    /// `[v] -> []`, `globals[name] = v`.
    StoreGlobal(Sym),
    /// Unbinds a global.
    DeleteGlobal(Sym),
    /// `[obj] -> [obj.name]`.
    LoadAttr(Sym),
    /// `[obj] -> [obj.__exit__]` (or `__aexit__`) at the start of a `with`: a missing
    /// method is CPython's TypeError about the context manager protocol.
    LoadExit(Sym),
    /// `[v, obj] -> []`, `obj.name = v`.
    StoreAttr(Sym),
    /// `[obj] -> []`, `del obj.name`.
    DeleteAttr(Sym),
    /// `[obj, args*argc] -> [obj.name(*args)]` without materialising a bound method.
    CallMethod(Sym, u32),
    /// `[obj, args*argc, kwnames] -> [result]`: like `CallMethod` with keywords.
    CallMethodKw(Sym, u32),
    /// `[obj, key] -> [obj[key]]`.
    Subscript,
    /// `[v, obj, key] -> []`, `obj[key] = v`.
    StoreSubscr,
    /// `[obj, key] -> []`.
    DeleteSubscr,
    /// `[a, b] -> [slice(a, b)]` (2) or `[a, b, c] -> [slice(a, b, c)]` (3).
    BuildSlice(u32),
    /// `[a, b] -> [a op b]`.
    BinaryOp(BinOp),
    /// `[] -> [locals[slot] op consts[c]]`: `LoadFast` + `LoadConst` + `BinaryOp` fused.
    BinaryOpLocalConst(BinOp, u16, u16),
    /// `[a, b] -> [a op= b]` (in place for mutable containers).
    InplaceOp(BinOp),
    /// `[a] -> [op a]`.
    UnaryOp(UnOp),
    /// `[a, b] -> [a op b]`.
    Compare(CmpOp),
    /// `[a, b] -> [a is b]` (negated when true).
    Is(bool),
    /// `[a, b] -> [a in b]` (negated when true).
    In(bool),
    /// `[v] -> []`.
    Pop,
    /// `[v] -> [v, v]`.
    Dup,
    /// `[a, b] -> [a, b, a, b]`.
    Dup2,
    /// `[a, b] -> [b, a]`.
    Rot2,
    /// `[a, b, c] -> [c, a, b]`.
    Rot3,
    /// `[a, b, c, d] -> [d, a, b, c]`.
    Rot4,
    /// Jump to the target.
    Jump(u32),
    /// `[v] -> []`, jump if falsy.
    PopJumpIfFalse(u32),
    /// `[a, b] -> []`, jump if `a op b` is falsy (`Compare` + `PopJumpIfFalse` fused).
    CompareJumpIfFalse(CmpOp, u32),
    /// `[] -> []`, jump if `locals[slot] op consts[c]` is falsy (`LoadFast` +
    /// `LoadConst` + `CompareJumpIfFalse` fused: `while i < 10`, `if n < 2`).
    CompareLocalConstJumpIfFalse(CmpOp, u16, u16, u32),
    /// `[v] -> []`, jump if truthy.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []`.
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if truthy, else `[v] -> []`.
    JumpIfTrueOrPop(u32),
    /// `[v] -> [iter(v)]`.
    GetIter,
    /// `[it] -> [it, next(it)]`, or `[it] -> []` and jump when exhausted.
    ForIter(u32),
    /// `[items*n] -> [list]`.
    BuildList(u32),
    /// `[items*n] -> [tuple]`.
    BuildTuple(u32),
    /// `[items*n] -> [set]`.
    BuildSet(u32),
    /// `[k, v]*n -> [dict]`.
    BuildMap(u32),
    /// `[strs*n] -> [str]` (f-strings).
    BuildString(u32),
    /// `[list, ..., v] -> [list, ...]`: appends to the list `i` below the top.
    ListAppend(u32),
    /// `[set, ..., v] -> [set, ...]`.
    SetAdd(u32),
    /// `[dict, ..., k, v] -> [dict, ...]`.
    MapAdd(u32),
    /// `[list, iterable] -> [list]`: extends (for `[*a, *b]`).
    ListExtend,
    /// `[set, iterable] -> [set]`.
    SetUpdate,
    /// `[dict, mapping] -> [dict]`: `{**a}`; in calls, duplicates are a `TypeError`.
    DictUpdate(bool),
    /// `[list] -> [tuple]`.
    ListToTuple,
    /// `[v] -> [str]` or `[v, spec] -> [str]`: f-string field. Bits 0-1: conversion
    /// (0 none, 1 `!s`, 2 `!r`, 3 `!a`); bit 2: a spec is on the stack.
    FormatValue(u32),
    /// `[seq] -> [items*n]` (last item on top... first item on top, as CPython).
    UnpackSequence(u32),
    /// `[seq] -> [...]`: star unpacking, `before` items, a list, `after` items.
    UnpackEx(u16, u16),
    /// `[f, args*n] -> [result]`.
    Call(u32),
    /// `[f, args*n, kwnames-tuple] -> [result]`: the last `len(kwnames)` args are keyword.
    CallKw(u32),
    /// `[f, args-tuple, kwargs-dict-or-None] -> [result]`.
    CallEx,
    /// `[code, qualname, defaults?, kwdefaults?, closure?] -> [function]`; bit 0 defaults
    /// tuple, bit 1 kwdefaults dict, bit 2 closure tuple.
    MakeFunction(u32),
    /// `[] -> [cell in slot i]` (to build a closure tuple).
    LoadClosure(u32),
    /// `[v] -> returns v to the caller`.
    Return,
    /// Pushes an exception handler at the target; the stack depth is recorded.
    SetupExcept(u32),
    /// Pops the innermost handler.
    PopBlock,
    /// Ends an `except` body: restores the exception being handled before it.
    PopExcept,
    /// `raise` forms: 0 re-raise the exception being handled, 1 `[exc] -> raise exc`,
    /// 2 `[exc, cause] -> raise exc from cause`.
    Raise(u32),
    /// `[exc] -> raise exc again` keeping its traceback (end of `finally`/no match).
    Reraise,
    /// `[exc, type] -> [exc, matches]`.
    CheckExcMatch,
    /// `[v] -> []`: remember `v` as the run's output (last top-level statement).
    SetOutput,
    /// `[v] -> [result of awaiting v]` (see `vm/awaiting.rs`): runs a coroutine, or
    /// parks the task until a future completes; a plain value is its own result
    /// unless `strict_await`.
    Await,
    /// `[v] -> [v]`: checks that `async for` can iterate `v` (an async generator).
    GetAiter,
    /// `[] -> [v]`: a name of a class body (its namespace, then globals, builtins).
    LoadName(Sym),
    /// `[v] -> []`: binds a name in the class body's namespace.
    StoreName(Sym),
    /// `[] -> []`: unbinds a name of the class body's namespace.
    DeleteName(Sym),
    /// `[] -> [ns]`: a fresh class namespace (the argument of a class body).
    NewNamespace,
    /// `[bases, ns] -> [class]`: makes the class named by the symbol.
    BuildClass(Sym),
    /// `[bases, kwargs, ns] -> [class]`: `BuildClass` with class keyword arguments
    /// (passed to `__init_subclass__`).
    BuildClassKw(Sym),
    /// `[agen] -> [agen, value]` or, when it is exhausted, `[]` and jump: one step of
    /// `async for`.
    AsyncForIter(u32),
    /// `[v] -> yield v to the resumer; [] -> [sent value]` on resume.
    YieldValue,
    /// `[it, sent] -> [it]`, yield the next value of `it` (sending `sent` to a
    /// generator), resuming at this instruction with `[it, sent]`; when `it` is done,
    /// `[it, sent] -> [return value]`.
    YieldFrom,
    /// Raises a `NotImplementedError` naming a construct the VM does not support yet;
    /// the operand indexes a str constant with the construct's name.
    Unsupported(u32),
    /// `[] -> [module]`: imports the module named by the symbol (a leading `.` marks a
    /// relative import) through `modules::import` (allow-list, cache).
    ImportName(Sym),
    /// `[module] -> [module, attr]`: `from module import attr`; `ImportError` if absent.
    ImportFrom(Sym),
    /// `[module] -> []`: `from module import *` binds the module's public names as globals.
    ImportStar,
    /// `[a1, ..., an] -> [an, a1, ..., an-1]`: moves the top below `n - 1` items (`Rot2`
    /// .. `Rot4` generalised; `match` keeps captured values under its work items).
    Rotate(u32),
    /// One step of a `match` pattern (see [`MatchOp`] and `vm/matching.rs`).
    Match(MatchOp),
}

/// The pattern-matching steps of the `match` statement (CPython 3.11's `MATCH_*`,
/// `GET_LEN` and 3.10's `COPY_DICT_WITHOUT_KEYS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchOp {
    /// `[subject] -> [subject, bool]`: is it a sequence for patterns (list, tuple,
    /// range, deque...; never str, bytes or bytearray)?
    Sequence,
    /// `[subject] -> [subject, bool]`: is it a mapping (dict and dict-likes)?
    Mapping,
    /// `[subject] -> [subject, len(subject)]`.
    GetLen,
    /// `[subject, keys] -> [subject, keys, values]`: the values of the keys (a tuple),
    /// or `None` when one is missing; duplicate keys are a `ValueError`.
    Keys,
    /// `[subject, keys] -> [rest]`: a new dict of the subject's items without `keys`.
    DictWithoutKeys,
    /// `[subject, class, names] -> [attributes or None]`: `isinstance`, then the
    /// operand's number of positional sub-patterns through `__match_args__`, then the
    /// keyword attributes `names` (a tuple of str).
    Class(u32),
}

/// What kind of scope a code object was compiled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// Top-level module code: names are globals.
    Module,
    /// A `def` or `lambda`.
    Function,
    /// A list/set/dict comprehension body.
    Comprehension,
    /// A generator expression or generator function: calling it makes a generator.
    Generator,
    /// An `async def` without `yield`: calling it makes a coroutine.
    Coroutine,
    /// An `async def` with `yield` (or an async generator expression).
    AsyncGenerator,
    /// A class body: called once with the class namespace, returns it.
    ClassBody,
}

impl CodeKind {
    /// Whether calling such code creates a suspended frame object instead of running.
    pub fn is_resumable(self) -> bool {
        matches!(
            self,
            CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator
        )
    }
}

/// A compiled function, lambda, comprehension or module body.
#[derive(Debug)]
pub struct Code {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// What kind of scope this is.
    pub kind: CodeKind,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// The constant table.
    pub consts: Vec<Value>,
    /// Names of the local slots: parameters first, then other locals, then cell and free
    /// variables.
    pub slot_names: Vec<Sym>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters (a prefix of `argcount`).
    pub posonly: u32,
    /// Keyword-only parameters (after the positional ones).
    pub kwonly: u32,
    /// Whether there is a `*args` slot (after the keyword-only ones).
    pub varargs: bool,
    /// Whether there is a `**kwargs` slot (after `*args`).
    pub varkw: bool,
    /// Slots holding cells created on entry (locals captured by inner functions).
    pub cell_slots: Vec<u32>,
    /// Slots filled from the closure on entry, in closure order.
    pub free_slots: Vec<u32>,
    /// The line `def` appeared on.
    pub first_line: u32,
    /// Whether a call with exactly `argcount` positional arguments can use them as
    /// the locals directly (no keyword-only, `*args`, `**kwargs`, cells or frees).
    pub simple_call: bool,
    /// The source this code was compiled from (for tracebacks).
    pub source: Arc<str>,
}

impl Code {
    /// Number of local slots.
    pub fn nlocals(&self) -> usize {
        self.slot_names.len()
    }

    /// Number of parameter slots.
    pub fn nparams(&self) -> usize {
        (self.argcount + self.kwonly) as usize + self.varargs as usize + self.varkw as usize
    }
}
