//! `decimal`: `Decimal` as CPython 3.11's (`_decimal`/`_pydecimal`): arbitrary
//! precision decimal floating point with context rounding.
//!
//! | file | job |
//! |---|---|
//! | `num.rs` | the number and its arithmetic |
//! | `context.rs` | rounding modes, contexts, the per-executor current context |
//! | `methods.rs` | `Decimal` and `Context` methods and attributes, the constructor |
//! | `format.rs` | `format(d, spec)` |
//!
//! Operators, comparisons and hashing with ints, floats and Fractions are in
//! `modules/exact.rs`. Not implemented (they raise `NotImplementedError`): non-integer
//! powers, `exp`, `ln`, `log10`;
//! only `InvalidOperation`, `DivisionByZero` and `Overflow` trap, and no flags are kept.

pub mod context;
mod format;
mod methods;
pub mod num;

use num_bigint::BigInt;
use num_traits::Zero;

pub use context::{Context, Ctx, Rounding};
pub use format::format as format_decimal;
pub use methods::{
    attr, call_method, construct, construct_context, set_attr, CONTEXT_METHODS, METHODS,
};
pub use num::Decimal;

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The module entry holding the current context.
const CURRENT: &str = "__decimal_context__";

/// The module's constants and classes.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("Decimal", Value::Type(Ty::Decimal)),
        ("Context", Value::Type(Ty::DecimalContext)),
        ("DecimalException", Value::Type(Ty::DecimalException)),
        ("InvalidOperation", Value::Type(Ty::InvalidOperation)),
        ("DivisionByZero", Value::Type(Ty::DecimalDivisionByZero)),
        ("Overflow", Value::Type(Ty::DecimalOverflow)),
        ("MAX_PREC", Value::Int(context::MAX_PREC as i64)),
        ("MAX_EMAX", Value::Int(context::MAX_PREC as i64)),
        ("MIN_EMIN", Value::Int(-(context::MAX_PREC as i64))),
    ];
    for (_, name) in Rounding::ALL {
        out.push((name, vm.new_str(*name)));
    }
    let ctx = new_context(vm, Ctx::default());
    out.push((CURRENT, ctx));
    // `as_tuple()` returns this namedtuple class, as CPython's does.
    let (name, fields) = (
        vm.new_str("DecimalTuple"),
        vm.new_str("sign digits exponent"),
    );
    let (module_kw, module) = (vm.interner.intern("module"), vm.new_str("decimal"));
    let args = Args {
        pos: vec![name, fields],
        kw: vec![(module_kw, module)],
    };
    if let Ok(cls) = super::call(vm, ModuleFn::CollectionsNamedtuple, args) {
        out.push(("DecimalTuple", cls));
    }
    out
}

/// The `DecimalTuple` class, if the module has one.
pub fn tuple_class(vm: &mut Vm) -> Option<Value> {
    let module = super::load(vm, "decimal")?;
    let sym = vm.interner.intern("DecimalTuple");
    match vm.heap.get(module.as_ref()?) {
        Obj::Namespace(ns) => ns.1.iter().find(|(k, _)| *k == sym).map(|(_, v)| *v),
        _ => None,
    }
}

/// Allocates a `Context` object.
pub fn new_context(vm: &mut Vm, ctx: Ctx) -> Value {
    vm.alloc(Obj::DecimalContext(Box::new(Context {
        ctx,
        manager: None,
    })))
}

/// Calls a `decimal` module function.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::DecimalGetcontext => {
            ArgParser::new("getcontext", args).positional(0, 0)?;
            current_value(vm)
        }
        ModuleFn::DecimalSetcontext => {
            let a = ArgParser::new("setcontext", args).positional(1, 1)?;
            if !is_plain_context(vm, a[0]) {
                return Err(type_error("argument must be a context"));
            }
            set_current(vm, a[0])?;
            Ok(Value::None)
        }
        _ => {
            let a = ArgParser::new("localcontext", args).bind(vm, &["ctx"], 0)?;
            let base = match a[0].filter(|v| !v.is_none()) {
                Some(v) if is_plain_context(vm, v) => v,
                Some(_) => return Err(type_error("optional argument must be a context")),
                None => current_value(vm)?,
            };
            let ctx = context_of(vm, base).cloned().unwrap_or_default();
            let copy = new_context(vm, ctx);
            Ok(vm.alloc(Obj::DecimalContext(Box::new(Context {
                ctx: Ctx::default(),
                manager: Some(Box::new([copy, Value::Undef])),
            }))))
        }
    }
}

fn is_plain_context(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::DecimalContext(c) if c.manager.is_none()))
}

/// The settings of a context object.
pub fn context_of(vm: &Vm, v: Value) -> Option<&Ctx> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::DecimalContext(c) => Some(&c.ctx),
            _ => None,
        },
        _ => None,
    }
}

/// The current context object of this executor.
pub fn current_value(vm: &mut Vm) -> PyResult<Value> {
    let module =
        super::load(vm, "decimal").ok_or_else(|| Raise::internal("decimal failed to load"))?;
    let sym = vm.interner.intern(CURRENT);
    if let Value::Ref(mid) = module {
        if let Obj::Namespace(ns) = vm.heap.get(mid) {
            if let Some((_, v)) = ns.1.iter().find(|(k, _)| *k == sym) {
                return Ok(*v);
            }
        }
    }
    Err(Raise::internal("decimal context missing"))
}

/// Installs `ctx` as the current context.
pub fn set_current(vm: &mut Vm, ctx: Value) -> PyResult<()> {
    let module =
        super::load(vm, "decimal").ok_or_else(|| Raise::internal("decimal failed to load"))?;
    let sym = vm.interner.intern(CURRENT);
    if let Value::Ref(mid) = module {
        if let Obj::Namespace(ns) = vm.heap.get_mut(mid) {
            if let Some(slot) = ns.1.iter_mut().find(|(k, _)| *k == sym) {
                slot.1 = ctx;
                return Ok(());
            }
        }
    }
    Err(Raise::internal("decimal context missing"))
}

/// The current context's settings.
pub fn current(vm: &mut Vm) -> PyResult<Ctx> {
    let v = current_value(vm)?;
    Ok(context_of(vm, v).cloned().unwrap_or_default())
}

/// The decimal behind `v`, if it is one.
pub fn get(vm: &Vm, v: Value) -> Option<&Decimal> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Decimal(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Allocates a decimal value.
pub fn alloc(vm: &mut Vm, d: Decimal) -> PyResult<Value> {
    vm.check_alloc((d.coeff.bits() / 8) as usize)?;
    Ok(vm.alloc(Obj::Decimal(Box::new(d))))
}

/// The budget closure for `vm`: a digit costs half a byte of memory, and a thousand
/// digits one operation.
pub fn budget(vm: &mut Vm) -> impl FnMut(u64) -> PyResult<()> + '_ {
    move |digits| {
        vm.check_alloc((digits / 2) as usize)?;
        vm.charge(digits / 1000)
    }
}

/// The exact value of a finite decimal as a fraction (`Fraction(Decimal)`).
pub fn to_fraction(d: &Decimal) -> PyResult<super::fractions::Fraction> {
    use super::fractions::Fraction;
    match d.kind {
        num::Kind::Inf => {
            return Err(crate::error::overflow_error(
                "cannot convert Infinity to integer ratio",
            ))
        }
        num::Kind::NaN | num::Kind::SNaN => {
            return Err(crate::error::value_error(
                "cannot convert NaN to integer ratio",
            ))
        }
        num::Kind::Finite => {}
    }
    // 10**exp must fit the int size cap, as any int result must (`ops::MAX_INT_BITS`).
    let max_bits = crate::vm::ops::MAX_INT_BITS;
    if d.exp.unsigned_abs() as f64 * std::f64::consts::LOG2_10 > max_bits as f64 {
        return Err(Raise::limit(crate::error::LimitError::IntTooLarge(
            max_bits,
        )));
    }
    let c = BigInt::from_biguint(
        if d.neg {
            num_bigint::Sign::Minus
        } else {
            num_bigint::Sign::Plus
        },
        d.coeff.clone(),
    );
    let p = num_traits::pow(BigInt::from(10), d.exp.unsigned_abs() as usize);
    if d.exp >= 0 {
        Ok(Fraction::from_int(c * p))
    } else if c.is_zero() {
        Ok(Fraction::from_int(BigInt::zero()))
    } else {
        Fraction::new(c, p)
    }
}

/// The exact decimal value of a float (`Decimal(0.1)`).
pub fn from_f64(f: f64) -> Decimal {
    if f.is_nan() {
        return Decimal::special(f.is_sign_negative(), num::Kind::NaN);
    }
    if f.is_infinite() {
        return Decimal::special(f < 0.0, num::Kind::Inf);
    }
    let neg = f.is_sign_negative();
    let Ok((n, d)) = super::fractions::float_ratio(f.abs()) else {
        return Decimal::special(neg, num::Kind::NaN);
    };
    // d is a power of two 2**k: n / 2**k == n * 5**k / 10**k.
    let k = d.bits() - 1;
    let coeff = n.magnitude() * num_traits::pow(num_bigint::BigUint::from(5u32), k as usize);
    Decimal::finite(neg, coeff, -(k as i64))
}
