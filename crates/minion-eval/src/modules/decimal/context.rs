//! Decimal contexts: precision, rounding and exponent range. The current context is
//! per executor: it lives in the `decimal` module object (so two executors never share
//! it, unlike a host-global), replaced by `setcontext` and by `localcontext()` blocks.

use crate::value::Value;

/// Largest precision and exponent bound CPython accepts on 64-bit platforms.
pub const MAX_PREC: u64 = 999_999_999_999_999_999;

/// A rounding mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// `ROUND_DOWN` (towards zero).
    Down,
    /// `ROUND_HALF_UP`.
    HalfUp,
    /// `ROUND_HALF_EVEN` (the default).
    HalfEven,
    /// `ROUND_CEILING`.
    Ceiling,
    /// `ROUND_FLOOR`.
    Floor,
    /// `ROUND_UP` (away from zero).
    Up,
    /// `ROUND_HALF_DOWN`.
    HalfDown,
    /// `ROUND_05UP`.
    Up05,
}

impl Rounding {
    /// Every mode, with the string value of its module constant.
    pub const ALL: &'static [(Rounding, &'static str)] = &[
        (Rounding::Down, "ROUND_DOWN"),
        (Rounding::HalfUp, "ROUND_HALF_UP"),
        (Rounding::HalfEven, "ROUND_HALF_EVEN"),
        (Rounding::Ceiling, "ROUND_CEILING"),
        (Rounding::Floor, "ROUND_FLOOR"),
        (Rounding::Up, "ROUND_UP"),
        (Rounding::HalfDown, "ROUND_HALF_DOWN"),
        (Rounding::Up05, "ROUND_05UP"),
    ];

    /// The mode named `s` (a constant's value).
    pub fn from_name(s: &str) -> Option<Rounding> {
        Self::ALL.iter().find(|(_, n)| *n == s).map(|(r, _)| *r)
    }

    /// The constant's value.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(r, _)| *r == self)
            .map(|(_, n)| *n)
            .unwrap_or("ROUND_HALF_EVEN")
    }
}

/// The arithmetic settings of a context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ctx {
    /// Significant digits of results.
    pub prec: u64,
    /// How results are rounded.
    pub rounding: Rounding,
    /// Largest adjusted exponent.
    pub emax: i64,
    /// Smallest adjusted exponent of a normal number.
    pub emin: i64,
    /// `E` (true) or `e` in exponents.
    pub capitals: bool,
}

impl Default for Ctx {
    /// `decimal.DefaultContext`.
    fn default() -> Self {
        Ctx {
            prec: 28,
            rounding: Rounding::HalfEven,
            emax: 999_999,
            emin: -999_999,
            capitals: true,
        }
    }
}

/// A `decimal.Context` object, or the manager `localcontext()` returns (which holds
/// the context it installs and, while its block runs, the one it replaced).
#[derive(Debug, Clone)]
pub struct Context {
    /// The settings.
    pub ctx: Ctx,
    /// For a `localcontext()` manager: `[context to install, context saved]`
    /// (`Undef` until entered).
    pub manager: Option<Box<[Value; 2]>>,
}

impl Context {
    /// The values this object keeps alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        if let Some(m) = &self.manager {
            out.extend_from_slice(&m[..]);
        }
    }

    /// `repr(ctx)`, as CPython (traps and flags as the default context has them).
    pub fn repr(&self) -> String {
        if self.manager.is_some() {
            return "<decimal.ContextManager object>".to_string();
        }
        let c = &self.ctx;
        format!(
            "Context(prec={}, rounding={}, Emin={}, Emax={}, capitals={}, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])",
            c.prec,
            c.rounding.name(),
            c.emin,
            c.emax,
            c.capitals as u8
        )
    }
}
