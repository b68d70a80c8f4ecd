//! The `statistics` module, ported from CPython 3.11's `statistics.py`: sums and
//! squared deviations are exact fractions of the inputs (as CPython's `_sum`/`_ss`
//! compute them), converted back with one correct rounding, so results match
//! CPython's to the last bit; an all-int input gives an int when the exact result is
//! whole (`mean([1, 2, 3])` is `2`).
//!
//! `StatisticsError` is `ValueError` itself here (CPython's is a subclass): `except
//! statistics.StatisticsError` and `except ValueError` both catch it, and the message
//! is CPython's. `linear_regression` (a named tuple), `NormalDist` (a class) and
//! `Fraction`/`Decimal` data are not supported.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::string::{lt, PySig};
use super::ModuleFn;
use crate::compile::code::BinOp;
use crate::error::{overflow_error, type_error, value_error, PyResult, Raise};
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The module's constants.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![("StatisticsError", Value::Type(Ty::ValueError))]
}

/// `StatisticsError(msg)`.
fn stat_error(msg: impl Into<String>) -> Raise {
    value_error(msg)
}

/// An exact rational, always normalised (`d > 0`, lowest terms).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Frac {
    pub n: BigInt,
    pub d: BigInt,
}

impl Frac {
    pub fn new(n: BigInt, d: BigInt) -> Frac {
        let g = n.gcd(&d);
        let (mut n, mut d) = if g.is_zero() || g.is_one() {
            (n, d)
        } else {
            (n / &g, d / &g)
        };
        if d.is_negative() {
            n = -n;
            d = -d;
        }
        Frac { n, d }
    }

    pub fn int(i: BigInt) -> Frac {
        Frac {
            n: i,
            d: BigInt::one(),
        }
    }

    pub fn add(&self, o: &Frac) -> Frac {
        if self.d == o.d {
            return Frac::new(&self.n + &o.n, self.d.clone());
        }
        Frac::new(&self.n * &o.d + &o.n * &self.d, &self.d * &o.d)
    }

    pub fn sub(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d - &o.n * &self.d, &self.d * &o.d)
    }

    pub fn mul(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.n, &self.d * &o.d)
    }

    /// `self / o` (`o` non-zero).
    pub fn div(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d, &self.d * &o.n)
    }

    pub fn to_f64(&self) -> PyResult<f64> {
        ratio_to_f64(&self.n, &self.d)
    }
}

/// `2**e` as a float, for `-1022 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `x * 2**k` where the result is exactly representable (or overflows).
fn scale(mut x: f64, mut k: i64) -> f64 {
    while k > 1023 {
        x *= pow2(1023);
        k -= 1023;
    }
    while k < -1022 {
        x *= pow2(-1022);
        k += 1022;
    }
    x * pow2(k)
}

/// `n / d` for ints, correctly rounded (round-half-even, subnormals included), as
/// CPython's int true division; `OverflowError` when too large.
pub(super) fn ratio_to_f64(n: &BigInt, d: &BigInt) -> PyResult<f64> {
    if n.is_zero() {
        return Ok(0.0);
    }
    let neg = n.is_negative() != d.is_negative();
    let a = n.abs();
    let b = d.abs();
    if a.bits() <= 53 && b.bits() <= 53 {
        let r = a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0);
        return Ok(if neg { -r } else { r });
    }
    // 2**e <= a/b < 2**(e+1).
    let mut e = a.bits() as i64 - b.bits() as i64;
    let ge = if e >= 0 {
        a >= (&b << e as usize)
    } else {
        (&a << (-e) as usize) >= b
    };
    if !ge {
        e -= 1;
    }
    let too_large = || overflow_error("integer division result too large for a float");
    if e > 1023 {
        return Err(too_large());
    }
    // The last bit kept: 53 significant bits, or the subnormal grid.
    let k = (e - 52).max(-1074);
    let (num, den) = if k >= 0 {
        (a, b << k as usize)
    } else {
        (a << (-k) as usize, b)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let r = scale(q.to_f64().unwrap_or(f64::INFINITY), k);
    if r.is_infinite() {
        return Err(too_large());
    }
    Ok(if neg { -r } else { r })
}

/// `float.as_integer_ratio()` for a finite float.
pub(super) fn float_ratio(f: f64) -> (BigInt, BigInt) {
    if f == 0.0 {
        return (BigInt::zero(), BigInt::one());
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let tz = m.trailing_zeros() as i64;
    if e < 0 {
        let s = tz.min(-e);
        m >>= s;
        e += s;
    }
    let mut n = BigInt::from(m);
    if f < 0.0 {
        n = -n;
    }
    if e >= 0 {
        (n << e as usize, BigInt::one())
    } else {
        (n, BigInt::one() << (-e) as usize)
    }
}

/// `_exact_ratio(x)`.
enum Ratio {
    Exact(BigInt, BigInt),
    /// A NaN or infinity.
    Special(f64),
}

fn exact_ratio(vm: &Vm, v: Value) -> PyResult<Ratio> {
    match v {
        Value::Float(f) if !f.is_finite() => return Ok(Ratio::Special(f)),
        Value::Float(f) => {
            let (n, d) = float_ratio(f);
            return Ok(Ratio::Exact(n, d));
        }
        _ => {}
    }
    match vm.to_bigint(v) {
        Some(i) => Ok(Ratio::Exact(i, BigInt::one())),
        None => Err(type_error(format!(
            "can't convert type '{}' to numerator/denominator",
            vm.type_name(v)
        ))),
    }
}

/// A sum: exact, or the float sum of the NaNs and infinities it met.
enum Total {
    Exact(Frac),
    Special(f64),
}

/// Partial sums keyed by denominator (`_sum`'s `partials`).
#[derive(Default)]
struct Partials(Vec<(BigInt, BigInt)>);

impl Partials {
    fn add(&mut self, d: BigInt, n: BigInt) {
        match self.0.iter_mut().find(|(k, _)| *k == d) {
            Some((_, acc)) => *acc += n,
            None => self.0.push((d, n)),
        }
    }

    fn total(&self, square_den: bool) -> Frac {
        let mut acc = Frac::int(BigInt::zero());
        for (d, n) in &self.0 {
            let den = if square_den { d * d } else { d.clone() };
            acc = acc.add(&Frac::new(n.clone(), den));
        }
        acc
    }
}

/// `_sum(data)`: `(has a float, total, count)` (the type `T` is `float` or `int`).
fn exact_sum(vm: &mut Vm, data: &[Value]) -> PyResult<(bool, Total, usize)> {
    vm.charge(data.len() as u64)?;
    let mut has_float = false;
    let mut partials = Partials::default();
    let mut special: Option<f64> = None;
    for &x in data {
        has_float |= matches!(x, Value::Float(_));
        match exact_ratio(vm, x)? {
            Ratio::Exact(n, d) => partials.add(d, n),
            Ratio::Special(f) => special = Some(special.unwrap_or(0.0) + f),
        }
    }
    let total = match special {
        Some(f) => Total::Special(f),
        None => Total::Exact(partials.total(false)),
    };
    Ok((has_float, total, data.len()))
}

/// `_ss(data, c)`: `(has a float, sum of squared deviations, count)`.
fn exact_ss(vm: &mut Vm, data: &[Value], c: Option<Value>) -> PyResult<(bool, Total, usize)> {
    if let Some(c) = c {
        let mut sq = Vec::with_capacity(data.len());
        for &x in data {
            let d = vm.binary_op(BinOp::Sub, x, c)?;
            sq.push(vm.binary_op(BinOp::Mul, d, d)?);
        }
        return exact_sum(vm, &sq);
    }
    vm.charge(data.len() as u64)?;
    let mut has_float = false;
    let mut sx = Partials::default();
    let mut sxx = Partials::default();
    let mut special: Option<f64> = None;
    for &x in data {
        has_float |= matches!(x, Value::Float(_));
        match exact_ratio(vm, x)? {
            Ratio::Exact(n, d) => {
                sxx.add(d.clone(), &n * &n);
                sx.add(d, n);
            }
            Ratio::Special(f) => special = Some(special.unwrap_or(0.0) + f),
        }
    }
    let count = data.len();
    if count == 0 {
        return Ok((has_float, Total::Exact(Frac::int(BigInt::zero())), 0));
    }
    if let Some(f) = special {
        return Ok((has_float, Total::Special(f), count));
    }
    let sx = sx.total(false);
    let sxx = sxx.total(true);
    let n = Frac::int(BigInt::from(count));
    let ssd = n.mul(&sxx).sub(&sx.mul(&sx)).div(&n);
    Ok((has_float, Total::Exact(ssd), count))
}

/// `_convert(value, T)` for an exact value.
fn convert(vm: &mut Vm, v: &Frac, has_float: bool) -> PyResult<Value> {
    if !has_float && v.d.is_one() {
        return Ok(vm.new_int(v.n.clone()));
    }
    Ok(Value::Float(v.to_f64()?))
}

/// `total / n` converted to `T`.
fn total_over(vm: &mut Vm, total: &Total, n: usize, has_float: bool) -> PyResult<Value> {
    match total {
        Total::Special(f) => Ok(Value::Float(f / n as f64)),
        Total::Exact(t) => {
            let q = t.div(&Frac::int(BigInt::from(n)));
            convert(vm, &q, has_float)
        }
    }
}

/// `_float_sqrt_of_frac(n, m)`: the square root of `n/m`, correctly rounded.
fn float_sqrt_of_frac(n: &BigInt, m: &BigInt) -> PyResult<f64> {
    if n.is_negative() || !m.is_positive() {
        return Err(value_error("math domain error"));
    }
    fn isqrt_rto(n: &BigInt, m: &BigInt) -> BigInt {
        let a = (n / m).sqrt();
        if &(&a * &a * m) != n {
            a | BigInt::one()
        } else {
            a
        }
    }
    let q = Integer::div_floor(&(n.bits() as i64 - m.bits() as i64 - 109), &2);
    if q >= 0 {
        let num = isqrt_rto(n, &(m << (2 * q) as usize)) << q as usize;
        ratio_to_f64(&num, &BigInt::one())
    } else {
        let num = isqrt_rto(&(n << (-2 * q) as usize), m);
        ratio_to_f64(&num, &(BigInt::one() << (-q) as usize))
    }
}

/// `stdev`/`pstdev` from the squared deviations and the divisor.
fn sqrt_of(total: &Total, div: usize) -> PyResult<Value> {
    match total {
        Total::Special(_) => Err(Raise::new(
            Ty::AttributeError,
            "'float' object has no attribute 'numerator'",
        )),
        Total::Exact(ss) => {
            let mss = ss.div(&Frac::int(BigInt::from(div)));
            Ok(Value::Float(float_sqrt_of_frac(&mss.n, &mss.d)?))
        }
    }
}

fn sorted(vm: &mut Vm, data: Value) -> PyResult<Vec<Value>> {
    let mut items = vm.collect_iterable(data)?;
    crate::builtins::sort_values(vm, &mut items, None, false)?;
    Ok(items)
}

/// `math.fsum(values)` (the `math` module's implementation).
fn fsum(vm: &mut Vm, values: Vec<Value>) -> PyResult<f64> {
    let list = vm.new_list(values);
    let r = super::math::call(vm, ModuleFn::MathFsum, Args::positional(vec![list]))?;
    match r {
        Value::Float(f) => Ok(f),
        _ => Err(Raise::internal("fsum returned a non-float")),
    }
}

fn math1(vm: &mut Vm, f: ModuleFn, x: Value) -> PyResult<f64> {
    match super::math::call(vm, f, Args::positional(vec![x]))? {
        Value::Float(f) => Ok(f),
        _ => Err(Raise::internal("math returned a non-float")),
    }
}

fn is_value_error(e: &Raise) -> bool {
    matches!(e, Raise::New(n) if n.ty == Ty::ValueError)
}

/// Items of `data` for functions that take `len(data)` first (sequences).
fn sized_items(vm: &mut Vm, data: Value) -> PyResult<Vec<Value>> {
    vm.py_len(data)?;
    vm.collect_iterable(data)
}

/// Data bound as the single `data` parameter, with an optional second one.
fn bind1(
    vm: &Vm,
    name: &str,
    second: Option<&str>,
    args: Args,
) -> PyResult<(Value, Option<Value>)> {
    let b = match second {
        Some(s) => PySig::new(name, &["data", s], 1).bind(vm, args)?,
        None => PySig::new(name, &["data"], 1).bind(vm, args)?,
    };
    let second = b.args.get(1).copied().flatten().filter(|v| !v.is_none());
    Ok((b.args[0].unwrap_or(Value::None), second))
}

/// Calls `statistics.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    let name = f.name();
    match f {
        StatisticsMean => {
            let (data, _) = bind1(vm, name, None, args)?;
            let items = vm.collect_iterable(data)?;
            let (has_float, total, n) = exact_sum(vm, &items)?;
            if n < 1 {
                return Err(stat_error("mean requires at least one data point"));
            }
            total_over(vm, &total, n, has_float)
        }
        StatisticsFmean => fmean(vm, args),
        StatisticsGeometricMean => {
            let (data, _) = bind1(vm, name, None, args)?;
            let items = vm.collect_iterable(data)?;
            let msg = "geometric mean requires a non-empty dataset containing positive numbers";
            let mut logs = Vec::with_capacity(items.len());
            for x in items {
                match math1(vm, MathLog, x) {
                    Ok(l) => logs.push(Value::Float(l)),
                    Err(e) if is_value_error(&e) => return Err(stat_error(msg)),
                    Err(e) => return Err(e),
                }
            }
            let n = logs.len();
            let total = fsum(vm, logs)?;
            if n == 0 {
                return Err(stat_error(msg));
            }
            Ok(Value::Float(math1(
                vm,
                MathExp,
                Value::Float(total / n as f64),
            )?))
        }
        StatisticsHarmonicMean => harmonic_mean(vm, args),
        StatisticsMedian | StatisticsMedianLow | StatisticsMedianHigh => {
            let (data, _) = bind1(vm, name, None, args)?;
            let data = sorted(vm, data)?;
            let n = data.len();
            if n == 0 {
                return Err(stat_error("no median for empty data"));
            }
            if n % 2 == 1 || f == StatisticsMedianHigh {
                return Ok(data[n / 2]);
            }
            if f == StatisticsMedianLow {
                return Ok(data[n / 2 - 1]);
            }
            let s = vm.binary_op(BinOp::Add, data[n / 2 - 1], data[n / 2])?;
            vm.binary_op(BinOp::TrueDiv, s, Value::Int(2))
        }
        StatisticsMedianGrouped => median_grouped(vm, args),
        StatisticsMode | StatisticsMultimode => {
            let (data, _) = bind1(vm, name, None, args)?;
            let counts = count(vm, data)?;
            let Some(max) = counts.iter().map(|(_, c)| *c).max() else {
                if f == StatisticsMode {
                    return Err(stat_error("no mode for empty data"));
                }
                return Ok(vm.new_list(Vec::new()));
            };
            let modes: Vec<Value> = counts
                .iter()
                .filter(|(_, c)| *c == max)
                .map(|(v, _)| *v)
                .collect();
            if f == StatisticsMode {
                return Ok(modes[0]);
            }
            Ok(vm.new_list(modes))
        }
        StatisticsQuantiles => quantiles(vm, args),
        StatisticsVariance | StatisticsPvariance | StatisticsStdev | StatisticsPstdev => {
            let sample = matches!(f, StatisticsVariance | StatisticsStdev);
            let second = if sample { "xbar" } else { "mu" };
            let (data, c) = bind1(vm, name, Some(second), args)?;
            let items = vm.collect_iterable(data)?;
            let (has_float, ss, n) = exact_ss(vm, &items, c)?;
            let need = if sample { 2 } else { 1 };
            if n < need {
                return Err(stat_error(format!(
                    "{name} requires at least {} data point{}",
                    if sample { "two" } else { "one" },
                    if sample { "s" } else { "" }
                )));
            }
            let div = if sample { n - 1 } else { n };
            if matches!(f, StatisticsStdev | StatisticsPstdev) {
                return sqrt_of(&ss, div);
            }
            total_over(vm, &ss, div, has_float)
        }
        StatisticsCovariance | StatisticsCorrelation => covariance(vm, f, args),
        _ => Err(Raise::internal("not a statistics function")),
    }
}

/// `Counter(data)` in insertion order.
fn count(vm: &mut Vm, data: Value) -> PyResult<Vec<(Value, i64)>> {
    let it = vm.get_iter(data)?;
    let d = vm.alloc(Obj::Dict(Dict::new()));
    let Value::Ref(did) = d else {
        return Err(Raise::internal("dict allocation"));
    };
    while let Some(x) = vm.iter_next(it)? {
        vm.charge(1)?;
        let c = match vm.dict_get(did, x)? {
            Some(Value::Int(c)) => c,
            _ => 0,
        };
        vm.dict_set(did, x, Value::Int(c + 1))?;
    }
    let out = match vm.dict_of(d) {
        Some(dict) => dict
            .iter()
            .map(|e| {
                let c = match e.value {
                    Value::Int(c) => c,
                    _ => 0,
                };
                (e.key, c)
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(out)
}

/// `fmean(data, weights=None)`.
fn fmean(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, weights) = bind1(vm, "fmean", Some("weights"), args)?;
    let items = vm.collect_iterable(data)?;
    let n = items.len();
    let Some(weights) = weights else {
        let total = fsum(vm, items)?;
        if n == 0 {
            return Err(stat_error("fmean requires at least one data point"));
        }
        return Ok(Value::Float(total / n as f64));
    };
    let ws = vm.collect_iterable(weights)?;
    let mut products = Vec::with_capacity(n.min(ws.len()));
    for (x, w) in items.iter().zip(&ws) {
        products.push(vm.binary_op(BinOp::Mul, *x, *w)?);
    }
    let num = fsum(vm, products)?;
    if n != ws.len() {
        return Err(stat_error("data and weights must be the same length"));
    }
    let den = fsum(vm, ws)?;
    if den == 0.0 {
        return Err(stat_error("sum of weights must be non-zero"));
    }
    Ok(Value::Float(num / den))
}

/// `harmonic_mean(data, weights=None)`.
fn harmonic_mean(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, weights) = bind1(vm, "harmonic_mean", Some("weights"), args)?;
    let items = vm.collect_iterable(data)?;
    let errmsg = "harmonic mean does not support negative values";
    let n = items.len();
    if n < 1 {
        return Err(stat_error("harmonic_mean requires at least one data point"));
    }
    if n == 1 && weights.is_none() {
        let x = items[0];
        let real = matches!(x, Value::Float(_)) || vm.is_int(x);
        if !real {
            return Err(type_error("unsupported type"));
        }
        if lt(vm, x, Value::Int(0))? {
            return Err(stat_error(errmsg));
        }
        return Ok(x);
    }
    let (ws, sum_weights) = match weights {
        None => (
            vec![Value::Int(1); n],
            Total::Exact(Frac::int(BigInt::from(n))),
        ),
        Some(w) => {
            let ws = vm.collect_iterable(w)?;
            if ws.len() != n {
                return Err(stat_error("Number of weights does not match data size"));
            }
            for w in &ws {
                if lt(vm, *w, Value::Int(0))? {
                    return Err(stat_error(errmsg));
                }
            }
            let (_, total, _) = exact_sum(vm, &ws)?;
            (ws, total)
        }
    };
    let mut terms = Vec::with_capacity(n);
    for (w, x) in ws.iter().zip(&items) {
        if lt(vm, *x, Value::Int(0))? {
            return Err(stat_error(errmsg));
        }
        if vm.truthy(*w)? {
            match vm.binary_op(BinOp::TrueDiv, *w, *x) {
                Ok(v) => terms.push(v),
                Err(Raise::New(e)) if e.ty == Ty::ZeroDivisionError => return Ok(Value::Int(0)),
                Err(e) => return Err(e),
            }
        } else {
            terms.push(Value::Int(0));
        }
    }
    let (has_float, total, _) = exact_sum(vm, &terms)?;
    let positive = match &total {
        Total::Special(f) => f.is_nan() || *f > 0.0,
        Total::Exact(t) => t.n.is_positive(),
    };
    if !positive {
        return Err(stat_error("Weighted sum must be positive"));
    }
    match (sum_weights, total) {
        (Total::Exact(sw), Total::Exact(t)) => convert(vm, &sw.div(&t), has_float),
        (Total::Exact(sw), Total::Special(f)) => Ok(Value::Float(sw.to_f64()? / f)),
        (Total::Special(sw), Total::Exact(t)) => Ok(Value::Float(sw / t.to_f64()?)),
        (Total::Special(sw), Total::Special(f)) => Ok(Value::Float(sw / f)),
    }
}

/// `float(v)`; a `ValueError` becomes `median_grouped`'s `TypeError`.
fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match crate::builtins::call_type(vm, Ty::Float, Args::positional(vec![v])) {
        Ok(Value::Float(f)) => Ok(f),
        Ok(_) => Err(Raise::internal("float() returned a non-float")),
        Err(e) if is_value_error(&e) => Err(type_error("Value cannot be converted to a float")),
        Err(e) => Err(e),
    }
}

/// `median_grouped(data, interval=1.0)`.
fn median_grouped(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = PySig::new("median_grouped", &["data", "interval"], 1).bind(vm, args)?;
    let data = sorted(vm, b.args[0].unwrap_or(Value::None))?;
    let n = data.len();
    if n == 0 {
        return Err(stat_error("no median for empty data"));
    }
    let x = data[n / 2];
    let list = vm.new_list(data);
    let i = super::bisect::bisect(vm, list, x, 0, None, None, false)?;
    let j = super::bisect::bisect(vm, list, x, i, None, None, true)?;
    let interval = to_float(vm, b.args[1].unwrap_or(Value::Float(1.0)))?;
    let x = to_float(vm, x)?;
    let lower = x - interval / 2.0;
    let cf = i as f64;
    let freq = (j - i) as f64;
    Ok(Value::Float(
        lower + interval * (n as f64 / 2.0 - cf) / freq,
    ))
}

/// `quantiles(data, *, n=4, method='exclusive')`.
fn quantiles(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = PySig::new("quantiles", &["data"], 1)
        .kwonly(&["n", "method"])
        .bind(vm, args)?;
    let nv = b.kwonly[0].unwrap_or(Value::Int(4));
    if lt(vm, nv, Value::Int(1))? {
        return Err(stat_error("n must be at least 1"));
    }
    let data = sorted(vm, b.args[0].unwrap_or(Value::None))?;
    let ld = data.len() as i64;
    if ld < 2 {
        return Err(stat_error("must have at least two data points"));
    }
    let method = b.kwonly[1];
    let method_text = match method {
        None => Some("exclusive".to_string()),
        Some(m) => vm.pystr(m).map(|s| s.s.to_string()),
    };
    let inclusive = match method_text.as_deref() {
        Some("inclusive") => true,
        Some("exclusive") => false,
        _ => {
            let r = vm.repr(method.unwrap_or(Value::None))?;
            return Err(value_error(format!("Unknown method: {r}")));
        }
    };
    let n = vm.expect_i64(nv)?;
    vm.charge(n as u64)?;
    let mut out = Vec::with_capacity(n.max(1) as usize - 1);
    for i in 1..n {
        let (lo, hi, delta) = if inclusive {
            let m = ld - 1;
            let (j, delta) = (i * m).div_mod_floor(&n);
            (j, j + 1, delta)
        } else {
            let m = ld + 1;
            let j = Integer::div_floor(&(i * m), &n).clamp(1, ld - 1);
            let delta = i * m - j * n;
            (j - 1, j, delta)
        };
        let a = vm.binary_op(BinOp::Mul, data[lo as usize], Value::Int(n - delta))?;
        let c = vm.binary_op(BinOp::Mul, data[hi as usize], Value::Int(delta))?;
        let s = vm.binary_op(BinOp::Add, a, c)?;
        out.push(vm.binary_op(BinOp::TrueDiv, s, Value::Int(n))?);
    }
    Ok(vm.new_list(out))
}

/// `covariance(x, y, /)` and `correlation(x, y, /)`.
fn covariance(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    let name = f.name();
    let b = PySig::new(name, &["x", "y"], 2).posonly(2).bind(vm, args)?;
    let xs = sized_items(vm, b.args[0].unwrap_or(Value::None))?;
    let ys = sized_items(vm, b.args[1].unwrap_or(Value::None))?;
    let n = xs.len();
    let what = if f == ModuleFn::StatisticsCovariance {
        "covariance"
    } else {
        "correlation"
    };
    if ys.len() != n {
        return Err(stat_error(format!(
            "{what} requires that both inputs have same number of data points"
        )));
    }
    if n < 2 {
        return Err(stat_error(format!(
            "{what} requires at least two data points"
        )));
    }
    let xbar = Value::Float(fsum(vm, xs.clone())? / n as f64);
    let ybar = Value::Float(fsum(vm, ys.clone())? / n as f64);
    let mut dx = Vec::with_capacity(n);
    let mut dy = Vec::with_capacity(n);
    for (x, y) in xs.iter().zip(&ys) {
        dx.push(vm.binary_op(BinOp::Sub, *x, xbar)?);
        dy.push(vm.binary_op(BinOp::Sub, *y, ybar)?);
    }
    let mut prods = Vec::with_capacity(n);
    for (a, c) in dx.iter().zip(&dy) {
        prods.push(vm.binary_op(BinOp::Mul, *a, *c)?);
    }
    let sxy = fsum(vm, prods)?;
    if f == ModuleFn::StatisticsCovariance {
        return Ok(Value::Float(sxy / (n - 1) as f64));
    }
    let sq = |vm: &mut Vm, ds: &[Value]| -> PyResult<f64> {
        let mut v = Vec::with_capacity(ds.len());
        for d in ds {
            v.push(vm.binary_op(BinOp::Mul, *d, *d)?);
        }
        fsum(vm, v)
    };
    let sxx = sq(vm, &dx)?;
    let syy = sq(vm, &dy)?;
    let den = (sxx * syy).sqrt();
    if den == 0.0 {
        return Err(stat_error("at least one of the inputs is constant"));
    }
    Ok(Value::Float(sxy / den))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> f64 {
        ratio_to_f64(&BigInt::from(n), &BigInt::from(d)).unwrap()
    }

    #[test]
    fn ratios_round_correctly() {
        assert_eq!(r(1, 3), 1.0 / 3.0);
        assert_eq!(r(-7, 2), -3.5);
        let big = BigInt::from(1u64 << 60) * 3 + 1;
        let q = ratio_to_f64(&big, &BigInt::from(3u64 << 7)).unwrap();
        assert_eq!(q, 2f64.powi(53) + 0.0);
        let (n, d) = float_ratio(0.1);
        assert_eq!(ratio_to_f64(&n, &d).unwrap(), 0.1);
        let (n, d) = float_ratio(5e-324);
        assert_eq!(ratio_to_f64(&n, &d).unwrap(), 5e-324);
        let (n, d) = float_ratio(-2.5e300);
        assert_eq!(ratio_to_f64(&n, &d).unwrap(), -2.5e300);
    }

    #[test]
    fn sqrt_of_fraction() {
        let v = float_sqrt_of_frac(&BigInt::from(2), &BigInt::from(1)).unwrap();
        assert_eq!(v, std::f64::consts::SQRT_2);
    }
}
