//! `Decimal(...)`, `Context(...)`, and their methods and attributes.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::context::{Context, Ctx, Rounding, MAX_PREC};
use super::num::{signal, Decimal, Kind};
use super::{alloc, budget, current, get, new_context, set_current};
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The methods of `Decimal`.
pub const METHODS: &[Kn] = &[
    Kn::Quantize,
    Kn::Sqrt,
    Kn::ToIntegralValue,
    Kn::ToIntegral,
    Kn::ToIntegralExact,
    Kn::Normalize,
    Kn::AsTuple,
    Kn::AsIntegerRatio,
    Kn::IsNan,
    Kn::IsQnan,
    Kn::IsSnan,
    Kn::IsZero,
    Kn::IsSigned,
    Kn::IsInfinite,
    Kn::IsFinite,
    Kn::Adjusted,
    Kn::CopyAbs,
    Kn::CopyNegate,
    Kn::CopySign,
    Kn::Compare,
    Kn::Conjugate,
    Kn::FromFloat,
    Kn::Exp,
    Kn::Ln,
    Kn::Log10,
];

/// The methods of `Context` (and of `localcontext()` managers).
pub const CONTEXT_METHODS: &[Kn] = &[Kn::Copy, Kn::DunderEnter, Kn::DunderExit];

/// `Decimal(value="0", context=None)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("Decimal", args).bind(vm, &["value", "context"], 0)?;
    let v = a[0].unwrap_or(Value::Int(0));
    if get(vm, v).is_some() {
        return Ok(v);
    }
    let d = to_decimal(vm, v, true)?;
    alloc(vm, d)
}

/// Converts an operand: ints exactly, decimals as they are; floats only when
/// `allow_float` (the constructor), strings and tuples only in the constructor too.
pub fn to_decimal(vm: &mut Vm, v: Value, constructor: bool) -> PyResult<Decimal> {
    if let Some(d) = get(vm, v) {
        return Ok(d.clone());
    }
    if let Some(i) = vm.to_bigint(v) {
        return Ok(Decimal::from_bigint(&i));
    }
    if !constructor {
        return Err(type_error(format!(
            "conversion from {} to Decimal is not supported",
            vm.type_name(v)
        )));
    }
    if let Value::Float(f) = v {
        return Ok(super::from_f64(f));
    }
    if vm.is_str(v) {
        let s = vm.str_ref(v)?;
        return Decimal::parse(s).ok_or_else(|| signal("ConversionSyntax"));
    }
    if matches!(vm.type_of(v), Ty::Tuple | Ty::List) {
        return from_tuple(vm, v);
    }
    Err(type_error(format!(
        "conversion from {} to Decimal is not supported",
        vm.type_name(v)
    )))
}

/// `Decimal((sign, digits, exponent))`.
fn from_tuple(vm: &mut Vm, v: Value) -> PyResult<Decimal> {
    let items = vm.seq_items(v);
    let bad = || value_error("argument must be a sequence of length 3");
    if items.len() != 3 {
        return Err(bad());
    }
    let neg = match items[0] {
        Value::Int(0) | Value::Bool(false) => false,
        Value::Int(1) | Value::Bool(true) => true,
        _ => return Err(value_error("sign must be an integer with the value 0 or 1")),
    };
    let digits = vm.collect_iterable(items[1])?;
    let mut text = String::with_capacity(digits.len());
    for d in digits {
        match d {
            Value::Int(x @ 0..=9) => text.push(char::from(b'0' + x as u8)),
            _ => return Err(value_error("coefficient must be a tuple of digits")),
        }
    }
    if text.is_empty() {
        text.push('0');
    }
    let coeff = text.parse().map_err(|_| bad())?;
    if vm.is_str(items[2]) {
        let kind = match vm.str_ref(items[2])? {
            "F" => Kind::Inf,
            "n" => Kind::NaN,
            "N" => Kind::SNaN,
            _ => {
                return Err(value_error(
                    "string argument in the third position must be 'F', 'n' or 'N'",
                ))
            }
        };
        let mut d = Decimal::special(neg, kind);
        if kind != Kind::Inf {
            d.coeff = coeff;
        }
        return Ok(d);
    }
    let exp = vm
        .to_bigint(items[2])
        .and_then(|e| e.to_i64())
        .ok_or_else(|| value_error("exponent must be an integer"))?;
    Ok(Decimal::finite(neg, coeff, exp))
}

/// `Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, ...)`.
pub fn construct_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps",
    ];
    let a = ArgParser::new("Context", args).bind(vm, &names, 0)?;
    let mut ctx = Ctx::default();
    for (i, v) in a.iter().enumerate().take(5) {
        if let Some(v) = v.filter(|v| !v.is_none()) {
            set_field(vm, &mut ctx, names[i], v)?;
        }
    }
    Ok(new_context(vm, ctx))
}

/// Sets one context attribute, with CPython's range checks.
fn set_field(vm: &Vm, ctx: &mut Ctx, name: &str, v: Value) -> PyResult<()> {
    if name == "rounding" {
        ctx.rounding = rounding_of(vm, v)?;
        return Ok(());
    }
    let i = vm
        .to_bigint(v)
        .filter(|_| !matches!(v, Value::Float(_)))
        .ok_or_else(|| type_error("an integer is required"))?;
    let i = i.to_i64().unwrap_or(i64::MAX);
    let max = MAX_PREC as i64;
    match name {
        "prec" if (1..=max).contains(&i) => ctx.prec = i as u64,
        "prec" => return Err(value_error("valid range for prec is [1, MAX_PREC]")),
        "Emax" if (0..=max).contains(&i) => ctx.emax = i,
        "Emax" => return Err(value_error("valid range for Emax is [0, MAX_EMAX]")),
        "Emin" if (-max..=0).contains(&i) => ctx.emin = i,
        "Emin" => return Err(value_error("valid range for Emin is [MIN_EMIN, 0]")),
        "capitals" if (0..=1).contains(&i) => ctx.capitals = i == 1,
        "capitals" => return Err(value_error("valid values for capitals are 0 or 1")),
        _ => {}
    }
    Ok(())
}

/// A rounding-mode argument (one of the `ROUND_*` strings).
pub fn rounding_of(vm: &Vm, v: Value) -> PyResult<Rounding> {
    let r = if vm.is_str(v) {
        Rounding::from_name(vm.str_ref(v)?)
    } else {
        None
    };
    r.ok_or_else(|| {
        type_error(
            "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]",
        )
    })
}

/// `ctx.name = v` for a context; `None` when `obj` is not a context.
pub fn set_attr(vm: &mut Vm, obj: Value, name: &str, v: Value) -> Option<PyResult<()>> {
    let Some(Obj::DecimalContext(c)) = heap_obj(vm, obj) else {
        return None;
    };
    let mut ctx = c.ctx.clone();
    let r = match name {
        "prec" | "rounding" | "Emin" | "Emax" | "capitals" => set_field(vm, &mut ctx, name, v),
        "clamp" | "flags" | "traps" => Err(Raise::new(
            Ty::NotImplementedError,
            format!("decimal: setting Context.{name} is not supported"),
        )),
        _ => Err(Raise::new(
            Ty::AttributeError,
            format!("'decimal.Context' object has no attribute '{name}'"),
        )),
    };
    if r.is_ok() {
        if let Some(Obj::DecimalContext(c)) = heap_obj_mut(vm, obj) {
            c.ctx = ctx;
        }
    }
    Some(r)
}

fn heap_obj(vm: &Vm, v: Value) -> Option<&Obj> {
    v.as_ref().map(|id| vm.heap.get(id))
}

fn heap_obj_mut(vm: &mut Vm, v: Value) -> Option<&mut Obj> {
    v.as_ref().map(|id| vm.heap.get_mut(id))
}

/// Data attributes of decimals (`real`, `imag`) and contexts (`prec`, `rounding`...).
pub fn attr(vm: &mut Vm, v: Value, kn: Kn) -> Option<Value> {
    let Value::Ref(id) = v else { return None };
    match vm.heap.get(id) {
        Obj::Decimal(_) => match kn {
            Kn::Real => Some(v),
            Kn::Imag => Some(vm.alloc(Obj::Decimal(Box::new(Decimal::finite(
                false,
                Zero::zero(),
                0,
            ))))),
            _ => None,
        },
        Obj::DecimalContext(c) if c.manager.is_none() => {
            let c = c.ctx.clone();
            match kn {
                Kn::Prec => Some(Value::Int(c.prec as i64)),
                Kn::Rounding => Some(vm.new_str(c.rounding.name())),
                Kn::Emax => Some(Value::Int(c.emax)),
                Kn::Emin => Some(Value::Int(c.emin)),
                Kn::Capitals => Some(Value::Int(c.capitals as i64)),
                Kn::Clamp => Some(Value::Int(0)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Optional `rounding` argument, defaulting to the context's.
fn rounding_arg(vm: &mut Vm, v: Option<Value>, ctx: &Ctx) -> PyResult<Rounding> {
    match v.filter(|v| !v.is_none()) {
        Some(v) => rounding_of(vm, v),
        None => Ok(ctx.rounding),
    }
}

/// Optional `context` argument, defaulting to the current context.
fn context_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Ctx> {
    match v.filter(|v| !v.is_none()) {
        Some(v) => super::context_of(vm, v)
            .cloned()
            .ok_or_else(|| type_error("optional argument must be a context")),
        None => current(vm),
    }
}

fn not_implemented(name: &str) -> Raise {
    Raise::new(
        Ty::NotImplementedError,
        format!("decimal: Decimal.{name}() is not supported in this sandbox"),
    )
}

/// Calls method `kn` of a decimal or context (or a class method of `Decimal`).
pub fn call_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    if matches!(heap_obj(vm, recv), Some(Obj::DecimalContext(_))) {
        return context_method(vm, recv, kn, args);
    }
    if kn == Kn::FromFloat {
        let a = ArgParser::new("from_float", args).positional(1, 1)?;
        let d = match a[0] {
            Value::Float(f) => super::from_f64(f),
            v if vm.is_int(v) => Decimal::from_bigint(&vm.to_bigint(v).expect("int")),
            v => {
                return Err(type_error(format!(
                    "argument must be int or float, not {}",
                    vm.type_name(v)
                )))
            }
        };
        return alloc(vm, d);
    }
    let d = get(vm, recv)
        .cloned()
        .ok_or_else(|| Raise::internal("Decimal method on a non-Decimal"))?;
    let name = kn.as_str();
    match kn {
        Kn::Quantize => {
            let a =
                ArgParser::new("quantize", args).bind(vm, &["exp", "rounding", "context"], 1)?;
            let exp = to_decimal(vm, a[0].expect("required"), false)?;
            let ctx = context_arg(vm, a[2])?;
            let rounding = rounding_arg(vm, a[1], &ctx)?;
            let r = d.quantize(&exp, rounding, &ctx, &mut budget(vm))?;
            alloc(vm, r)
        }
        Kn::ToIntegralValue | Kn::ToIntegral | Kn::ToIntegralExact => {
            let a = ArgParser::new(name, args).bind(vm, &["rounding", "context"], 0)?;
            let ctx = context_arg(vm, a[1])?;
            let rounding = rounding_arg(vm, a[0], &ctx)?;
            let r = d.to_integral(rounding, &mut budget(vm))?;
            alloc(vm, r)
        }
        Kn::Sqrt | Kn::Normalize | Kn::Exp | Kn::Ln | Kn::Log10 => {
            let a = ArgParser::new(name, args).bind(vm, &["context"], 0)?;
            let ctx = context_arg(vm, a[0])?;
            let r = match kn {
                Kn::Sqrt => d.sqrt(&ctx, &mut budget(vm))?,
                Kn::Normalize => d.normalize(&ctx, &mut budget(vm))?,
                _ => return Err(not_implemented(name)),
            };
            alloc(vm, r)
        }
        Kn::CopySign | Kn::Compare => {
            let a = ArgParser::new(name, args).bind(vm, &["other", "context"], 1)?;
            let other = to_decimal(vm, a[0].expect("required"), false)?;
            if kn == Kn::CopySign {
                let mut r = d;
                r.neg = other.neg;
                return alloc(vm, r);
            }
            if d.kind == Kind::SNaN || other.kind == Kind::SNaN {
                return Err(signal("InvalidOperation"));
            }
            let r = match d.cmp_num(&other) {
                None => {
                    let nan = if d.is_nan() { d } else { other };
                    return alloc(vm, nan);
                }
                Some(o) => o as i64,
            };
            alloc(vm, Decimal::from_bigint(&BigInt::from(r)))
        }
        _ => {
            ArgParser::new(name, args).positional(0, 0)?;
            simple(vm, recv, &d, kn)
        }
    }
}

/// The argument-less methods.
fn simple(vm: &mut Vm, recv: Value, d: &Decimal, kn: Kn) -> PyResult<Value> {
    Ok(match kn {
        Kn::IsNan => Value::Bool(d.is_nan()),
        Kn::IsQnan => Value::Bool(d.kind == Kind::NaN),
        Kn::IsSnan => Value::Bool(d.kind == Kind::SNaN),
        Kn::IsZero => Value::Bool(d.is_zero()),
        Kn::IsSigned => Value::Bool(d.neg),
        Kn::IsInfinite => Value::Bool(d.kind == Kind::Inf),
        Kn::IsFinite => Value::Bool(d.is_finite()),
        Kn::Adjusted => Value::Int(d.adjusted()),
        Kn::Conjugate => recv,
        Kn::CopyAbs | Kn::CopyNegate => {
            let mut r = d.clone();
            r.neg = kn == Kn::CopyNegate && !d.neg;
            return alloc(vm, r);
        }
        Kn::AsIntegerRatio => {
            let f = super::to_fraction(d)?;
            let (n, m) = (vm.new_int(f.num), vm.new_int(f.den));
            vm.new_tuple(vec![n, m])
        }
        _ => {
            // as_tuple: DecimalTuple(sign, digits, exponent).
            let digits: Vec<Value> = if d.kind == Kind::Inf {
                vec![Value::Int(0)]
            } else if d.is_nan() && d.coeff.is_zero() {
                vec![]
            } else {
                d.coeff
                    .to_string()
                    .bytes()
                    .map(|b| Value::Int((b - b'0') as i64))
                    .collect()
            };
            let digits = vm.new_tuple(digits);
            let exp = match d.kind {
                Kind::Finite => Value::Int(d.exp),
                Kind::Inf => vm.new_str("F"),
                Kind::NaN => vm.new_str("n"),
                Kind::SNaN => vm.new_str("N"),
            };
            let items = vec![Value::Int(d.neg as i64), digits, exp];
            match super::tuple_class(vm) {
                Some(cls) => vm.call_value(cls, &items, &[])?,
                None => vm.new_tuple(items),
            }
        }
    })
}

fn context_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Some(Obj::DecimalContext(c)) = heap_obj(vm, recv) else {
        return Err(Raise::internal("not a context"));
    };
    let c: Context = (**c).clone();
    match (kn, c.manager) {
        (Kn::Copy, None) => {
            ArgParser::new("copy", args).positional(0, 0)?;
            Ok(new_context(vm, c.ctx))
        }
        (Kn::DunderEnter, Some(m)) => {
            ArgParser::new("__enter__", args).positional(0, 0)?;
            let saved = super::current_value(vm)?;
            if let Some(Obj::DecimalContext(me)) = heap_obj_mut(vm, recv) {
                if let Some(mm) = me.manager.as_mut() {
                    mm[1] = saved;
                }
            }
            set_current(vm, m[0])?;
            Ok(m[0])
        }
        (Kn::DunderExit, Some(m)) => {
            if !matches!(m[1], Value::Undef) {
                set_current(vm, m[1])?;
            }
            Ok(Value::Bool(false))
        }
        _ => Err(crate::error::no_attribute("decimal.Context", kn.as_str())),
    }
}
