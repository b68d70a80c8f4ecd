//! `number` methods (being filled in).

use crate::attrs::Kn;
use crate::error::{unsupported, PyResult};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `number`.
pub const INT_METHODS: &[Kn] = &[];

/// Methods of `float`.
pub const FLOAT_METHODS: &[Kn] = &[];

/// Calls a `number` method.
pub fn call(_vm: &mut Vm, _recv: Value, kn: Kn, _args: Args) -> PyResult<Value> {
    Err(unsupported(&format!("method '{}'", kn.as_str())))
}
