//! `bytes` methods (being filled in).

use crate::attrs::Kn;
use crate::error::{unsupported, PyResult};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `bytes`.
pub const METHODS: &[Kn] = &[];

/// Calls a `bytes` method.
pub fn call(_vm: &mut Vm, _recv: Value, kn: Kn, _args: Args) -> PyResult<Value> {
    Err(unsupported(&format!("method '{}'", kn.as_str())))
}
