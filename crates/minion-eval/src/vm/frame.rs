//! Frames: one per active Python call, kept in a `Vec` owned by the VM (a Python call
//! pushes a frame; it never recurses on the Rust stack).

use std::sync::Arc;

use crate::compile::code::Code;
use crate::heap::HeapId;

/// An active exception handler (`try` block).
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// Where the handler code starts.
    pub handler: u32,
    /// Operand stack height (relative to the frame base) to restore.
    pub stack_depth: u32,
    /// Length of the VM's handled-exception stack to restore.
    pub exc_depth: u32,
}

/// What happens to the value a frame returns or yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    /// A call from Python code: the result goes onto the caller's stack.
    Call,
    /// A call from native code: the run loop returns the result.
    Stop,
    /// A generator resumed by `ForIter` in the caller: a yielded value goes onto the
    /// caller's stack; returning ends the loop at `exit`.
    GenForIter {
        /// The generator object.
        gen: HeapId,
        /// The caller's loop exit.
        exit: u32,
    },
    /// A generator resumed by `yield from` in the frame below: a yielded value
    /// suspends that frame too; the return value replaces the iterator on its stack.
    GenDelegate {
        /// The generator object.
        gen: HeapId,
    },
    /// A generator resumed by native code (`next`, `list`...): the run loop returns.
    GenStop {
        /// The generator object.
        gen: HeapId,
    },
    /// A coroutine run by `await` in the frame below: its return value replaces the
    /// coroutine on that frame's stack.
    Await {
        /// The coroutine object.
        gen: HeapId,
    },
    /// `__init__` run by calling a class: returning gives the instance (to the caller's
    /// stack, or, with `stop`, out of the run loop for a native caller).
    Init {
        /// The new instance.
        inst: HeapId,
        /// Whether a native caller waits for the result (like `Stop`).
        stop: bool,
    },
    /// An async generator run by `await anext(agen)` in the frame below: a yielded
    /// value replaces the awaitable on that frame's stack; returning raises
    /// `StopAsyncIteration` there (or gives the default).
    AwaitAnext {
        /// The async generator.
        gen: HeapId,
    },
    /// A function run by its `lru_cache` wrapper: returning stores the result under
    /// the key (held in a cell), then goes on as `Call`, or as `Stop` with `stop`.
    CacheStore {
        /// The wrapper.
        wrapper: HeapId,
        /// A cell holding the cache key.
        key: HeapId,
        /// Whether a native caller waits for the result (like `Stop`).
        stop: bool,
    },
}

impl FrameKind {
    /// The generator or coroutine this frame runs, if any.
    pub fn generator(self) -> Option<HeapId> {
        match self {
            FrameKind::GenForIter { gen, .. }
            | FrameKind::GenStop { gen }
            | FrameKind::GenDelegate { gen }
            | FrameKind::Await { gen }
            | FrameKind::AwaitAnext { gen } => Some(gen),
            FrameKind::Call
            | FrameKind::Stop
            | FrameKind::Init { .. }
            | FrameKind::CacheStore { .. } => None,
        }
    }
}

/// One activation.
#[derive(Debug)]
pub struct Frame {
    /// The code being run. The run loop moves it out while the frame is innermost
    /// (so switching frames costs no reference counting) and puts it back when
    /// control leaves; it is always present when the frame is not running.
    pub code: Option<Arc<Code>>,
    /// Its heap handle (a GC root for the constants).
    pub code_id: HeapId,
    /// Next instruction.
    pub ip: usize,
    /// Index of the first local in the VM stack; `base - 1` holds the callee.
    pub base: usize,
    /// Active `try` blocks.
    pub blocks: Vec<Block>,
    /// How the result is delivered.
    pub kind: FrameKind,
    /// Unique id of this activation (for traceback de-duplication).
    pub id: u64,
}
