//! The run loop: executes the innermost frame's instructions until the frame at a
//! given depth returns or yields, handling exceptions by unwinding to `try` blocks.

use std::sync::Arc;

use super::awaiting::AwaitStep;
use super::frame::{Block, Frame, FrameKind};
use super::gen::GenStep;
use super::Vm;
use crate::compile::code::{BinOp, CmpOp, Code, Instr};
use crate::error::{PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;

/// Why `run_frame` returned.
pub(super) enum Flow {
    /// Another frame is now innermost (a call, return or yield).
    Switch,
    /// The frame at the stop depth ended.
    Exit(Exit),
}

/// How the frame at the run loop's stop depth ended.
#[derive(Debug, Clone, Copy)]
pub enum Exit {
    /// It returned this value.
    Return(Value),
    /// It (a generator) yielded this value.
    Yield(Value),
    /// The task parked; the scheduler resumes it later.
    Park,
}

impl Vm {
    /// Pushes a frame for `code` whose locals (already bound) are the top `nlocals`
    /// stack values, above the callee slot.
    pub fn push_frame(
        &mut self,
        code: Arc<Code>,
        code_id: HeapId,
        base: usize,
        kind: FrameKind,
    ) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_recursion {
            return Err(Raise::limit(crate::error::LimitError::Recursion));
        }
        let id = self.frame_id();
        self.frames.push(Frame {
            code: Some(code),
            code_id,
            ip: 0,
            base,
            blocks: Vec::new(),
            kind,
            id,
        });
        Ok(())
    }

    /// Runs until the frame at index `depth` (which must be on the frame stack)
    /// returns or yields.
    pub fn run_until(&mut self, depth: usize) -> PyResult<Exit> {
        loop {
            match self.execute(depth) {
                Ok(exit) => return Ok(exit),
                Err(raise) => self.handle_raise(raise, depth)?,
            }
        }
    }

    /// Like `run_until`, but first raises `raise` in the innermost frame (`throw()`).
    pub fn run_until_raising(&mut self, depth: usize, raise: Raise) -> PyResult<Exit> {
        self.handle_raise(raise, depth)?;
        self.run_until(depth)
    }

    /// Routes an exception to the innermost handler at or above `depth`, or pops the
    /// frames down to `depth` and returns the error.
    fn handle_raise(&mut self, raise: Raise, depth: usize) -> PyResult<()> {
        if let Raise::Fatal(_) = raise {
            self.unwind_frames(depth);
            return Err(raise);
        }
        let mut exc = self.materialize(raise);
        loop {
            if self.frames.is_empty() {
                return Err(Raise::Obj(exc));
            }
            self.add_traceback(exc);
            let frame = self.frames.last_mut().expect("checked above");
            if let Some(block) = frame.blocks.pop() {
                let base = frame.base;
                frame.ip = block.handler as usize;
                self.stack.truncate(base + block.stack_depth as usize);
                self.exc_info.truncate(block.exc_depth as usize);
                self.exc_info.push(Value::Ref(exc));
                self.stack.push(Value::Ref(exc));
                return Ok(());
            }
            let in_gen = !matches!(
                frame.kind,
                FrameKind::Call
                    | FrameKind::Stop
                    | FrameKind::CacheStore { .. }
                    | FrameKind::Init { .. }
            );
            let at_stop = self.frames.len() - 1 == depth;
            self.pop_frame_on_error();
            if in_gen {
                exc = self.generator_raised(exc);
            }
            if at_stop {
                return Err(Raise::Obj(exc));
            }
        }
    }

    /// Pops every frame above and including `depth` (after a fatal error).
    pub fn unwind_frames(&mut self, depth: usize) {
        while self.frames.len() > depth {
            self.pop_frame_on_error();
        }
    }

    fn pop_frame_on_error(&mut self) {
        let frame = self.frames.pop().expect("a frame to pop");
        self.stack.truncate(frame.base.saturating_sub(1));
        if let Some(gen) = frame.kind.generator() {
            self.finish_generator(gen);
        }
    }

    /// Marks a generator exhausted.
    pub fn finish_generator(&mut self, gen: HeapId) {
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.ip = None;
            g.running = false;
            g.saved_stack.clear();
            g.saved_blocks.clear();
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    fn top(&self) -> Value {
        *self.stack.last().unwrap_or(&Value::None)
    }

    /// Executes instructions until the frame at `depth` exits; errors are returned to
    /// `run_until` for unwinding. The innermost frame's code, base and instruction
    /// pointer live in locals while it runs; they are written back whenever control
    /// leaves the frame (a call, a return, a yield, an error).
    fn execute(&mut self, depth: usize) -> PyResult<Exit> {
        loop {
            let fi = self.frames.len() - 1;
            let frame = &mut self.frames[fi];
            let Some(code) = frame.code.take() else {
                return Err(Raise::internal("frame without code"));
            };
            let (base, id) = (frame.base, frame.id);
            let mut ip = frame.ip;
            let flow = self.run_frame(&code, fi, base, &mut ip, depth);
            if let Some(f) = self.frames.get_mut(fi) {
                if f.id == id {
                    f.ip = ip;
                    f.code = Some(code);
                }
            }
            match flow? {
                Flow::Switch => {}
                Flow::Exit(e) => return Ok(e),
            }
        }
    }

    /// Runs the frame at index `fi` until control leaves it.
    fn run_frame(
        &mut self,
        code: &Code,
        fi: usize,
        base: usize,
        ip: &mut usize,
        depth: usize,
    ) -> PyResult<Flow> {
        let instrs: &[Instr] = &code.instrs;
        loop {
            let at = *ip;
            let Some(&instr) = instrs.get(at) else {
                return Err(Raise::internal("instruction pointer out of range"));
            };
            *ip = at + 1;
            match instr {
                Instr::Nop => {}
                Instr::LoadConst(i) => {
                    let v = code.consts[i as usize];
                    self.stack.push(v);
                }
                Instr::LoadFast(i) => {
                    let v = self.stack[base + i as usize];
                    if let Value::Undef = v {
                        return Err(self.unbound_local(code, i));
                    }
                    self.stack.push(v);
                }
                Instr::StoreFast(i) => {
                    let v = self.pop();
                    self.stack[base + i as usize] = v;
                }
                Instr::DeleteFast(i) => {
                    if let Value::Undef = self.stack[base + i as usize] {
                        return Err(self.unbound_local(code, i));
                    }
                    self.stack[base + i as usize] = Value::Undef;
                }
                Instr::LoadDeref(i) => {
                    let cell = self.stack[base + i as usize];
                    let v = self.cell_get(cell);
                    if let Value::Undef = v {
                        return Err(self.unbound_free(code, i));
                    }
                    self.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = self.pop();
                    let cell = self.stack[base + i as usize];
                    self.cell_set(cell, v);
                }
                Instr::DeleteDeref(i) => {
                    let cell = self.stack[base + i as usize];
                    if let Value::Undef = self.cell_get(cell) {
                        return Err(self.unbound_free(code, i));
                    }
                    self.cell_set(cell, Value::Undef);
                }
                Instr::LoadClosure(i) => {
                    let cell = self.stack[base + i as usize];
                    self.stack.push(cell);
                }
                Instr::LoadGlobal(s) => {
                    let v = match self.global(s).or_else(|| self.builtin(s)) {
                        Some(v) => v,
                        None => {
                            let name = self.interner.name(s).to_string();
                            return Err(Raise::new(
                                Ty::NameError,
                                format!("name '{name}' is not defined"),
                            ));
                        }
                    };
                    self.stack.push(v);
                }
                Instr::StoreGlobal(s) => {
                    let v = self.pop();
                    self.store_global_checked(s, v)?;
                }
                Instr::DeleteGlobal(s) => {
                    if self.is_protected(s) {
                        return Err(self.protected_error(s));
                    }
                    if self.global(s).is_none() {
                        let name = self.interner.name(s).to_string();
                        return Err(Raise::new(
                            Ty::NameError,
                            format!("name '{name}' is not defined"),
                        ));
                    }
                    self.set_global(s, Value::Undef);
                }
                Instr::LoadAttr(s) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let obj = self.pop();
                    let v = self.get_attr(obj, s)?;
                    self.stack.push(v);
                }
                Instr::StoreAttr(s) => {
                    let obj = self.pop();
                    let v = self.pop();
                    self.set_attr(obj, s, v)?;
                }
                Instr::DeleteAttr(s) => {
                    let obj = self.pop();
                    self.del_attr(obj, s)?;
                }
                Instr::Subscript => {
                    if self.sched.unawaited != 0 && self.settle_operands(2)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let key = self.pop();
                    let obj = self.pop();
                    let v = self.get_item(obj, key)?;
                    self.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = self.pop();
                    let obj = self.pop();
                    let v = self.pop();
                    self.set_item(obj, key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = self.pop();
                    let obj = self.pop();
                    self.del_item(obj, key)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { self.pop() } else { Value::None };
                    let stop = self.pop();
                    let start = self.pop();
                    let id = self.heap.alloc(Obj::Slice(start, stop, step));
                    self.stack.push(Value::Ref(id));
                }
                Instr::BinaryOp(op) => {
                    // The operands stay on the stack until the result replaces them, so
                    // the instruction can re-run after a lenient await parks the task.
                    let [.., a, b] = self.stack[..] else {
                        return Err(Raise::internal("BinaryOp on a short stack"));
                    };
                    let v = match int_fast_path(op, a, b) {
                        Some(r) => Value::Int(r),
                        None => {
                            if self.sched.unawaited != 0 && self.settle_operands(2)? {
                                *ip = at;
                                return Ok(Flow::Exit(Exit::Park));
                            }
                            let [.., a, b] = self.stack[..] else {
                                return Err(Raise::internal("BinaryOp on a short stack"));
                            };
                            self.binary_op(op, a, b)?
                        }
                    };
                    self.stack.pop();
                    if let Some(top) = self.stack.last_mut() {
                        *top = v;
                    }
                }
                Instr::BinaryOpLocalConst(op, slot, c) => {
                    let a = self.stack[base + slot as usize];
                    if let Value::Undef = a {
                        return Err(self.unbound_local(code, slot as u32));
                    }
                    let b = code.consts[c as usize];
                    let v = match int_fast_path(op, a, b) {
                        Some(r) => Value::Int(r),
                        None => self.binary_op(op, a, b)?,
                    };
                    self.stack.push(v);
                }
                Instr::InplaceOp(op) => {
                    if self.sched.unawaited != 0 && self.settle_operands(2)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let v = match int_fast_path(op, a, b) {
                        Some(r) => Value::Int(r),
                        None => self.inplace_op(op, a, b)?,
                    };
                    self.stack.push(v);
                }
                Instr::UnaryOp(op) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let a = self.pop();
                    let v = self.unary_op(op, a)?;
                    self.stack.push(v);
                }
                Instr::Compare(op) => {
                    if self.sched.unawaited != 0 && self.settle_operands(2)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let v = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(match op {
                            CmpOp::Lt => x < y,
                            CmpOp::Le => x <= y,
                            CmpOp::Eq => x == y,
                            CmpOp::Ne => x != y,
                            CmpOp::Gt => x > y,
                            CmpOp::Ge => x >= y,
                        }),
                        _ => self.compare(op, a, b)?,
                    };
                    self.stack.push(v);
                }
                Instr::Is(neg) => {
                    let b = self.pop();
                    let a = self.pop();
                    self.stack.push(Value::Bool(a.is(b) != neg));
                }
                Instr::In(neg) => {
                    if self.sched.unawaited != 0 && self.settle_operands(2)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let container = self.pop();
                    let item = self.pop();
                    let r = self.contains(container, item)?;
                    self.stack.push(Value::Bool(r != neg));
                }
                Instr::Pop => {
                    self.stack.pop();
                }
                Instr::Dup => {
                    let v = self.top();
                    self.stack.push(v);
                }
                Instr::Dup2 => {
                    let n = self.stack.len();
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    self.stack.push(a);
                    self.stack.push(b);
                }
                Instr::Rot2 => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - 2);
                }
                Instr::Rot3 => {
                    let n = self.stack.len();
                    self.stack[n - 3..].rotate_right(1);
                }
                Instr::Rot4 => {
                    let n = self.stack.len();
                    self.stack[n - 4..].rotate_right(1);
                }
                Instr::Jump(t) => {
                    if (t as usize) < at {
                        self.count_op()?;
                    }
                    *ip = t as usize
                }
                Instr::PopJumpIfFalse(t) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let v = self.pop();
                    let truth = match v {
                        Value::Bool(b) => b,
                        v => self.truthy_mut(v)?,
                    };
                    if !truth {
                        if (t as usize) < at {
                            self.count_op()?;
                        }
                        *ip = t as usize;
                    }
                }
                Instr::CompareJumpIfFalse(op, t) => {
                    if self.sched.unawaited != 0 && self.settle_operands(2)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let b = self.pop();
                    let a = self.pop();
                    self.compare_jump(op, a, b, t, at, ip)?;
                }
                Instr::CompareLocalConstJumpIfFalse(op, slot, c, t) => {
                    let a = self.stack[base + slot as usize];
                    if let Value::Undef = a {
                        return Err(self.unbound_local(code, slot as u32));
                    }
                    let b = code.consts[c as usize];
                    self.compare_jump(op, a, b, t, at, ip)?;
                }
                Instr::PopJumpIfTrue(t) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let v = self.pop();
                    if self.truthy_mut(v)? {
                        *ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let v = self.top();
                    if self.truthy_mut(v)? {
                        self.stack.pop();
                    } else {
                        *ip = t as usize;
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let v = self.top();
                    if self.truthy_mut(v)? {
                        *ip = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Instr::GetIter => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let v = self.pop();
                    let it = self.get_iter(v)?;
                    self.stack.push(it);
                }
                Instr::ForIter(exit) => {
                    let it = self.top();
                    if let Some(gen) = self.generator_of(it) {
                        if self.resume_generator(
                            gen,
                            Value::None,
                            FrameKind::GenForIter { gen, exit },
                        )? {
                            return Ok(Flow::Switch);
                        }
                        // Exhausted: the iterator was popped; leave the loop.
                        *ip = exit as usize;
                        continue;
                    }
                    match self.iter_next(it)? {
                        Some(v) => self.stack.push(v),
                        None => {
                            self.stack.pop();
                            *ip = exit as usize;
                        }
                    }
                }
                Instr::BuildList(n) => {
                    let items = self.stack.split_off(self.stack.len() - n as usize);
                    let v = self.alloc(Obj::List(items));
                    self.stack.push(v);
                }
                Instr::BuildTuple(n) => {
                    let items = self.stack.split_off(self.stack.len() - n as usize);
                    let v = self.alloc(Obj::Tuple(items.into_boxed_slice()));
                    self.stack.push(v);
                }
                Instr::BuildSet(n) => {
                    let items = self.stack.split_off(self.stack.len() - n as usize);
                    let id = self.heap.alloc(Obj::Set(Dict::new_set()));
                    self.stack.push(Value::Ref(id));
                    for it in items {
                        self.set_add(id, it)?;
                    }
                }
                Instr::BuildMap(n) => {
                    let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                    let id = self.heap.alloc(Obj::Dict(Dict::with_capacity(n as usize)));
                    self.stack.push(Value::Ref(id));
                    for kv in items.chunks(2) {
                        self.dict_set(id, kv[0], kv[1])?;
                    }
                }
                Instr::BuildString(n) => {
                    let items = self.stack.split_off(self.stack.len() - n as usize);
                    let mut s = String::new();
                    for it in items {
                        s.push_str(self.str_ref(it)?);
                    }
                    let v = self.new_str(s);
                    self.stack.push(v);
                }
                Instr::ListAppend(i) => {
                    let v = self.pop();
                    let list = self.stack[self.stack.len() - i as usize];
                    self.list_append(list, v)?;
                }
                Instr::SetAdd(i) => {
                    let v = self.pop();
                    let set = self.stack[self.stack.len() - i as usize];
                    let id = set
                        .as_ref()
                        .ok_or_else(|| Raise::internal("SetAdd on non-set"))?;
                    self.set_add(id, v)?;
                }
                Instr::MapAdd(i) => {
                    let v = self.pop();
                    let k = self.pop();
                    let d = self.stack[self.stack.len() - i as usize];
                    let id = d
                        .as_ref()
                        .ok_or_else(|| Raise::internal("MapAdd on non-dict"))?;
                    self.dict_set(id, k, v)?;
                }
                Instr::ListExtend => {
                    let src = self.pop();
                    let list = self.top();
                    let items = self.collect_iterable(src)?;
                    self.list_extend(list, items)?;
                }
                Instr::SetUpdate => {
                    let src = self.pop();
                    let set = self.top();
                    let id = set
                        .as_ref()
                        .ok_or_else(|| Raise::internal("SetUpdate on non-set"))?;
                    crate::methods::set::update_from(self, id, src)?;
                }
                Instr::DictUpdate(in_call) => {
                    let src = self.pop();
                    let d = self.top();
                    self.dict_update_from(d, src, in_call)?;
                }
                Instr::ListToTuple => {
                    let list = self.pop();
                    let items = self.collect_iterable(list)?;
                    let v = self.alloc(Obj::Tuple(items.into_boxed_slice()));
                    self.stack.push(v);
                }
                Instr::FormatValue(flags) => {
                    if self.sched.unawaited != 0
                        && self.settle_operands(1 + (flags & 4 != 0) as usize)?
                    {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let spec = if flags & 4 != 0 {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let v = self.pop();
                    let s = self.format_field(v, flags & 3, spec)?;
                    self.stack.push(s);
                }
                Instr::UnpackSequence(n) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let seq = self.pop();
                    let items = self.unpack(seq, n as usize)?;
                    self.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(before, after) => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    let seq = self.pop();
                    let items = self.unpack_ex(seq, before as usize, after as usize)?;
                    self.stack.extend(items.into_iter().rev());
                }
                Instr::Call(argc) => {
                    if self.sched.unawaited != 0 && self.settle_call_args(argc as usize, None)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    self.count_op()?;
                    let fpos = self.stack.len() - argc as usize - 1;
                    if self.call_on_stack(fpos, None)? {
                        return Ok(Flow::Switch);
                    }
                    if self.sched.await_request {
                        if let Some(flow) = self.await_requested()? {
                            return Ok(flow);
                        }
                    }
                }
                Instr::CallKw(argc) => {
                    if self.sched.unawaited != 0
                        && self.settle_call_args(argc as usize + 1, None)?
                    {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    self.count_op()?;
                    let names = self.pop();
                    let fpos = self.stack.len() - argc as usize - 1;
                    if self.call_on_stack(fpos, Some(names))? {
                        return Ok(Flow::Switch);
                    }
                    if self.sched.await_request {
                        if let Some(flow) = self.await_requested()? {
                            return Ok(flow);
                        }
                    }
                }
                Instr::CallMethod(name, argc) => {
                    if self.sched.unawaited != 0
                        && self.settle_call_args(argc as usize, Some(name))?
                    {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    self.count_op()?;
                    if self.call_method_on_stack(name, argc as usize, None)? {
                        return Ok(Flow::Switch);
                    }
                    if self.sched.await_request {
                        if let Some(flow) = self.await_requested()? {
                            return Ok(flow);
                        }
                    }
                }
                Instr::CallMethodKw(name, argc) => {
                    if self.sched.unawaited != 0
                        && self.settle_call_args(argc as usize + 1, Some(name))?
                    {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    self.count_op()?;
                    let names = self.pop();
                    if self.call_method_on_stack(name, argc as usize, Some(names))? {
                        return Ok(Flow::Switch);
                    }
                    if self.sched.await_request {
                        if let Some(flow) = self.await_requested()? {
                            return Ok(flow);
                        }
                    }
                }
                Instr::CallEx => {
                    self.count_op()?;
                    let kwargs = self.pop();
                    let args = self.pop();
                    let f = self.pop();
                    let (pos, kw) = self.explode_call_args(args, kwargs)?;
                    let fpos = self.stack.len();
                    self.stack.push(f);
                    self.stack.extend_from_slice(&pos);
                    let names = if kw.is_empty() {
                        None
                    } else {
                        let mut keys = Vec::with_capacity(kw.len());
                        for (k, v) in kw {
                            keys.push(k);
                            self.stack.push(v);
                        }
                        Some(self.alloc(Obj::Tuple(keys.into_boxed_slice())))
                    };
                    if self.call_on_stack(fpos, names)? {
                        return Ok(Flow::Switch);
                    }
                    if self.sched.await_request {
                        if let Some(flow) = self.await_requested()? {
                            return Ok(flow);
                        }
                    }
                }
                Instr::MakeFunction(flags) => {
                    let f = self.make_function(flags)?;
                    self.stack.push(f);
                }
                Instr::Return => {
                    let v = self.pop();
                    let frame = self.frames.pop().expect("returning frame");
                    self.stack.truncate(frame.base - 1);
                    match frame.kind {
                        FrameKind::Call => self.stack.push(v),
                        FrameKind::Stop => return Ok(Flow::Exit(Exit::Return(v))),
                        FrameKind::CacheStore { wrapper, key, stop } => {
                            crate::modules::functools::lru_store(self, wrapper, key, v)?;
                            if stop {
                                return Ok(Flow::Exit(Exit::Return(v)));
                            }
                            self.stack.push(v);
                        }
                        FrameKind::Init { inst, stop } => {
                            if !v.is_none() {
                                return Err(crate::error::type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(v)
                                )));
                            }
                            if stop {
                                return Ok(Flow::Exit(Exit::Return(Value::Ref(inst))));
                            }
                            self.stack.push(Value::Ref(inst));
                        }
                        FrameKind::GenForIter { gen, exit } => {
                            self.finish_generator(gen);
                            self.stack.pop();
                            if let Some(caller) = self.frames.last_mut() {
                                caller.ip = exit as usize;
                            }
                        }
                        FrameKind::GenStop { gen } => {
                            self.finish_generator(gen);
                            return Ok(Flow::Exit(Exit::Return(v)));
                        }
                        FrameKind::GenDelegate { gen } => {
                            // `yield from` in the frame below evaluates to `v`.
                            self.finish_generator(gen);
                            if let Some(top) = self.stack.last_mut() {
                                *top = v;
                            }
                            if let Some(caller) = self.frames.last_mut() {
                                caller.ip += 1;
                            }
                        }
                        FrameKind::Await { gen } => {
                            // `await coro` in the frame below evaluates to `v`.
                            self.finish_generator(gen);
                            if let Some(top) = self.stack.last_mut() {
                                *top = v;
                            }
                        }
                        FrameKind::AwaitAnext { gen } => {
                            self.finish_generator(gen);
                            self.anext_exhausted()?;
                        }
                    }
                    if self.frames.len() <= depth {
                        return Ok(Flow::Exit(Exit::Return(v)));
                    }
                    return Ok(Flow::Switch);
                }
                Instr::YieldValue => {
                    let v = self.pop();
                    return self.suspend_generator(v, *ip);
                }
                Instr::YieldFrom => {
                    let sent = self.pop();
                    if let Some(inner) = self.generator_of(self.top()) {
                        self.check_send(inner, sent)?;
                        let kind = FrameKind::GenDelegate { gen: inner };
                        if self.resume_generator(inner, sent, kind)? {
                            *ip = at;
                            return Ok(Flow::Switch);
                        }
                        // Exhausted: `yield from` evaluates to `None`.
                        self.stack.pop();
                        self.stack.push(Value::None);
                        continue;
                    }
                    match self.yield_from_step(sent)? {
                        GenStep::Yield(v) => return self.suspend_generator(v, at),
                        GenStep::Return(r) => {
                            self.stack.pop();
                            self.stack.push(r);
                        }
                    }
                }
                Instr::SetupExcept(handler) => {
                    let depth_now = (self.stack.len() - base) as u32;
                    let exc_depth = self.exc_info.len() as u32;
                    self.frames[fi].blocks.push(Block {
                        handler,
                        stack_depth: depth_now,
                        exc_depth,
                    });
                }
                Instr::PopBlock => {
                    self.frames[fi].blocks.pop();
                }
                Instr::PopExcept => {
                    self.exc_info.pop();
                }
                Instr::Raise(kind) => return Err(self.do_raise(kind)),
                Instr::Reraise => {
                    let exc = self.pop();
                    return Err(match exc {
                        Value::Ref(id) => Raise::Obj(id),
                        _ => Raise::internal("re-raise of a non-exception"),
                    });
                }
                Instr::CheckExcMatch => {
                    let ty = self.pop();
                    let exc = self.top();
                    let m = self.exception_matches(exc, ty)?;
                    self.stack.push(Value::Bool(m));
                }
                Instr::Await => match self.await_tos()? {
                    AwaitStep::Value => {}
                    AwaitStep::Switch => return Ok(Flow::Switch),
                    AwaitStep::Park => return Ok(Flow::Exit(Exit::Park)),
                },
                Instr::LoadName(s) => {
                    let v = self.load_name(base, s)?;
                    self.stack.push(v);
                }
                Instr::StoreName(s) => {
                    let v = self.pop();
                    self.store_name(base, s, Some(v))?;
                }
                Instr::DeleteName(s) => self.store_name(base, s, None)?,
                Instr::NewNamespace => {
                    let ns = self.alloc(Obj::Namespace(Box::new((String::new(), Vec::new()))));
                    self.stack.push(ns);
                }
                Instr::BuildClass(s) => {
                    let ns = self.pop();
                    let bases = self.pop();
                    let cls = self.build_class(s, bases, ns, Value::None)?;
                    self.stack.push(cls);
                }
                Instr::BuildClassKw(s) => {
                    let ns = self.pop();
                    let kwargs = self.pop();
                    let bases = self.pop();
                    let cls = self.build_class(s, bases, ns, kwargs)?;
                    self.stack.push(cls);
                }
                Instr::GetAiter => {
                    let v = self.top();
                    if !self.is_async_generator(v) {
                        let t = self.type_name(v).to_string();
                        return Err(crate::error::type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {t}"
                        )));
                    }
                }
                Instr::AsyncForIter(exit) => {
                    let it = self.top();
                    let Value::Ref(gen) = it else {
                        return Err(Raise::internal("async for over a non-generator"));
                    };
                    if self.resume_generator(
                        gen,
                        Value::None,
                        FrameKind::GenForIter { gen, exit },
                    )? {
                        return Ok(Flow::Switch);
                    }
                    *ip = exit as usize;
                }
                Instr::SetOutput => {
                    if self.sched.unawaited != 0 && self.settle_operands(1)? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    self.output = self.pop();
                }
                Instr::Unsupported(i) => {
                    let what = code.consts[i as usize];
                    let what = self.str_ref(what)?.to_string();
                    return Err(crate::error::unsupported(&what));
                }
                Instr::LoadExit(s) => {
                    let obj = self.pop();
                    match self.get_attr(obj, s) {
                        Ok(v) => self.stack.push(v),
                        Err(e) if self.is_attribute_error(&e) => {
                            let kind = if self.interner.name(s) == "__aexit__" {
                                "asynchronous context manager"
                            } else {
                                "context manager"
                            };
                            return Err(crate::error::type_error(format!(
                                "'{}' object does not support the {kind} protocol",
                                self.type_name(obj)
                            )));
                        }
                        Err(e) => return Err(e),
                    }
                }
                Instr::ImportName(s) => {
                    let name = self.interner.name(s).to_string();
                    let m = crate::modules::import(self, &name)?;
                    self.stack.push(m);
                }
                Instr::ImportFrom(s) => {
                    let m = self.top();
                    let v = crate::modules::import_from(self, m, s)?;
                    self.stack.push(v);
                }
                Instr::ImportStar => {
                    let m = self.pop();
                    for (k, v) in crate::modules::public_names(self, m) {
                        self.store_global_checked(k, v)?;
                    }
                }
                Instr::Rotate(n) => {
                    let len = self.stack.len();
                    self.stack[len - n as usize..].rotate_right(1);
                }
                Instr::Match(op) => {
                    if self.sched.unawaited != 0 && self.settle_operands(op.operands())? {
                        *ip = at;
                        return Ok(Flow::Exit(Exit::Park));
                    }
                    self.match_op(op)?;
                }
            }
        }
    }

    /// Suspends the innermost (generator) frame, yielding `v`; it resumes at `resume`.
    fn suspend_generator(&mut self, v: Value, resume: usize) -> PyResult<Flow> {
        let mut resume = resume;
        loop {
            let frame = self.frames.pop().expect("yielding frame");
            let saved = self.stack.split_off(frame.base);
            self.stack.pop(); // the callee slot
            let gen = match frame.kind {
                FrameKind::GenForIter { gen, .. }
                | FrameKind::GenStop { gen }
                | FrameKind::GenDelegate { gen }
                | FrameKind::AwaitAnext { gen } => gen,
                _ => return Err(Raise::internal("yield outside a generator frame")),
            };
            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                g.ip = Some(resume);
                g.saved_stack = saved;
                g.saved_blocks = frame.blocks;
                g.running = false;
            }
            match frame.kind {
                FrameKind::GenForIter { .. } => {
                    self.stack.push(v);
                    return Ok(Flow::Switch);
                }
                FrameKind::AwaitAnext { .. } => {
                    // `await anext(agen)` evaluates to the yielded value.
                    if let Some(top) = self.stack.last_mut() {
                        *top = v;
                    }
                    return Ok(Flow::Switch);
                }
                FrameKind::GenDelegate { .. } => {
                    // The delegating frame (paused at its `YieldFrom`) yields `v` too.
                    resume = self.frames.last().map_or(0, |f| f.ip);
                }
                _ => return Ok(Flow::Exit(Exit::Yield(v))),
            }
        }
    }

    /// The fused compare-and-branch: jump to `target` when `a op b` is falsy
    /// (`at` is the instruction's own index, for counting backward jumps).
    #[inline(always)]
    fn compare_jump(
        &mut self,
        op: CmpOp,
        a: Value,
        b: Value,
        target: u32,
        at: usize,
        ip: &mut usize,
    ) -> PyResult<()> {
        let truth = match (a, b) {
            (Value::Int(x), Value::Int(y)) => match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            },
            _ => {
                let r = self.compare(op, a, b)?;
                self.truthy(r)?
            }
        };
        if !truth {
            if (target as usize) < at {
                self.count_op()?;
            }
            *ip = target as usize;
        }
        Ok(())
    }

    fn unbound_local(&self, code: &Code, slot: u32) -> Raise {
        let name = self.slot_name(code, slot);
        Raise::new(
            Ty::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_free(&self, code: &Code, slot: u32) -> Raise {
        let name = self.slot_name(code, slot);
        Raise::new(
            Ty::NameError,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }

    fn slot_name(&self, code: &Code, slot: u32) -> String {
        code.slot_names
            .get(slot as usize)
            .map(|s| self.interner.name(*s).to_string())
            .unwrap_or_default()
    }

    fn cell_get(&self, cell: Value) -> Value {
        match cell {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Cell(v) => *v,
                _ => Value::Undef,
            },
            _ => Value::Undef,
        }
    }

    fn cell_set(&mut self, cell: Value, v: Value) {
        if let Value::Ref(id) = cell {
            if let Obj::Cell(slot) = self.heap.get_mut(id) {
                *slot = v;
            }
        }
    }

    fn store_global_checked(&mut self, s: crate::intern::Sym, v: Value) -> PyResult<()> {
        if self.is_protected(s) {
            return Err(self.protected_error(s));
        }
        self.set_global(s, v);
        Ok(())
    }
}

/// Small-int arithmetic the run loop does without a call; `None` means "take the
/// general path" (other types, overflow, division by zero or negative divisors).
#[inline(always)]
fn int_fast_path(op: BinOp, a: Value, b: Value) -> Option<i64> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        // With a positive divisor Rust's Euclidean ops equal Python's floor ops.
        BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
        BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}
