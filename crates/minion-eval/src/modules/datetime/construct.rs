//! Constructors (`date(...)`, `timedelta(...)`...), class attributes (`min`, `max`,
//! `resolution`, `timezone.utc`) and class methods (`now`, `fromtimestamp`,
//! `strptime`, `combine`...).

use std::time::{SystemTime, UNIX_EPOCH};

use num_traits::ToPrimitive;

use super::value::{
    delta, div_half_even, dt_from_us, dt_us, Date, DtObj, Time, Tz, EPOCH_US, MAX_DELTA_DAYS,
    US_PER_DAY, US_PER_SEC,
};
use super::{alloc, cal, get, parse, tz_value, utc_singleton};
use crate::error::{overflow_error, type_error, unsupported, value_error, PyResult};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Binds constructor arguments with the wording CPython's C constructors use
/// (`function missing required argument 'day' (pos 3)`). Parameters from `kw_only`
/// on are keyword-only.
pub(super) fn bind(
    vm: &Vm,
    fname: &str,
    args: Args,
    params: &[&str],
    required: usize,
    kw_only: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; params.len()];
    let positional = if kw_only < params.len() {
        " positional"
    } else {
        ""
    };
    let given = if positional.is_empty() {
        args.pos.len() + args.kw.len()
    } else {
        args.pos.len()
    };
    if given > kw_only {
        return Err(type_error(format!(
            "{fname} takes at most {kw_only}{positional} arguments ({given} given)"
        )));
    }
    for (i, v) in args.pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    // CPython reports a missing required argument before a bad keyword.
    let mut bad_keyword = None;
    for (k, v) in &args.kw {
        let name = vm.interner.name(*k);
        match params.iter().position(|p| *p == name) {
            Some(i) if out[i].is_some() => {
                bad_keyword.get_or_insert(format!(
                    "argument for {fname} given by name ('{name}') and position ({})",
                    i + 1
                ));
            }
            Some(i) => out[i] = Some(*v),
            None => {
                let fname = if fname == "function" {
                    "this function"
                } else {
                    fname
                };
                bad_keyword.get_or_insert(format!(
                    "'{name}' is an invalid keyword argument for {fname}"
                ));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(type_error(format!(
                "{fname} missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
    }
    match bad_keyword {
        Some(msg) => Err(type_error(msg)),
        None => Ok(out),
    }
}

/// An int argument (`TypeError` for floats and other types, as CPython).
pub(super) fn int_arg(vm: &Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ if vm.is_int(v) => Err(overflow_error("Python int too large to convert to C long")),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// A `tzinfo` argument: `None` or a `timezone`.
pub(super) fn tz_arg(vm: &Vm, v: Option<Value>) -> PyResult<Option<Tz>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match get(vm, v) {
            Some(DtObj::TimeZone(tz)) => Ok(Some(Tz {
                src: Some(v),
                ..tz.clone()
            })),
            Some(DtObj::TzInfo) => Err(unsupported("tzinfo instances other than timezone")),
            _ => Err(type_error(format!(
                "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

fn opt_int(vm: &Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    v.map_or(Ok(default), |v| int_arg(vm, v))
}

/// Calls a datetime-module type.
pub fn construct(vm: &mut Vm, ty: Ty, args: Args) -> PyResult<Value> {
    let obj = match ty {
        Ty::Date => {
            let a = bind(vm, "function", args, &["year", "month", "day"], 3, 3)?;
            DtObj::Date(Date::new(
                int_arg(vm, a[0].expect("required"))?,
                int_arg(vm, a[1].expect("required"))?,
                int_arg(vm, a[2].expect("required"))?,
            )?)
        }
        Ty::Time => {
            let p = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];
            let a = bind(vm, "function", args, &p, 0, 5)?;
            let t = Time::new(
                opt_int(vm, a[0], 0)?,
                opt_int(vm, a[1], 0)?,
                opt_int(vm, a[2], 0)?,
                opt_int(vm, a[3], 0)?,
            )?;
            fold_arg(vm, a[5])?;
            DtObj::Time(t, tz_arg(vm, a[4])?)
        }
        Ty::DateTime => {
            let p = [
                "year",
                "month",
                "day",
                "hour",
                "minute",
                "second",
                "microsecond",
                "tzinfo",
                "fold",
            ];
            let a = bind(vm, "function", args, &p, 3, 8)?;
            let d = Date::new(
                int_arg(vm, a[0].expect("required"))?,
                int_arg(vm, a[1].expect("required"))?,
                int_arg(vm, a[2].expect("required"))?,
            )?;
            let t = Time::new(
                opt_int(vm, a[3], 0)?,
                opt_int(vm, a[4], 0)?,
                opt_int(vm, a[5], 0)?,
                opt_int(vm, a[6], 0)?,
            )?;
            fold_arg(vm, a[8])?;
            DtObj::DateTime(d, t, tz_arg(vm, a[7])?)
        }
        Ty::TimeDelta => timedelta(vm, args)?,
        Ty::TimeZone => {
            let a = crate::builtins::ArgParser::new("timezone", args).bind(
                vm,
                &["offset", "name"],
                1,
            )?;
            let off = match a[0].and_then(|v| get(vm, v)) {
                Some(DtObj::Delta(us)) => *us,
                _ => {
                    return Err(type_error(format!(
                        "timezone() argument 1 must be datetime.timedelta, not {}",
                        vm.type_name(a[0].expect("required"))
                    )))
                }
            };
            let name = match a[1] {
                None => None,
                Some(v) if vm.is_str(v) => Some(Box::from(vm.str_ref(v)?)),
                Some(v) => {
                    return Err(type_error(format!(
                        "timezone() argument 2 must be str, not {}",
                        vm.type_name(v)
                    )))
                }
            };
            if off.abs() >= US_PER_DAY {
                let r = super::format::repr(&DtObj::Delta(off));
                return Err(value_error(format!("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {r}.")));
            }
            let tz = Tz::new(off as i64, name);
            if tz.is_utc_singleton() {
                return Ok(utc_singleton(vm));
            }
            DtObj::TimeZone(tz)
        }
        Ty::TzInfo => {
            crate::builtins::ArgParser::new("tzinfo", args).positional(0, 0)?;
            DtObj::TzInfo
        }
        _ => {
            return Err(type_error(format!(
                "cannot create '{}' instances",
                ty.name()
            )))
        }
    };
    Ok(alloc(vm, obj))
}

fn fold_arg(vm: &Vm, v: Option<Value>) -> PyResult<()> {
    match opt_int(vm, v, 0)? {
        0 | 1 => Ok(()),
        _ => Err(value_error("fold must be either 0 or 1")),
    }
}

/// `timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)`:
/// integer parts are summed exactly, fractional parts as a float of microseconds that
/// is rounded half-to-even at the end (CPython's result for ordinary inputs).
fn timedelta(vm: &mut Vm, args: Args) -> PyResult<DtObj> {
    const UNITS: [(&str, i128); 7] = [
        ("days", US_PER_DAY),
        ("seconds", US_PER_SEC),
        ("microseconds", 1),
        ("milliseconds", 1000),
        ("minutes", 60 * US_PER_SEC),
        ("hours", 3600 * US_PER_SEC),
        ("weeks", 7 * US_PER_DAY),
    ];
    let names: Vec<&str> = UNITS.iter().map(|u| u.0).collect();
    if args.pos.len() > 7 {
        return Err(type_error(format!(
            "__new__() takes at most 7 arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = bind(vm, "__new__()", args, &names, 0, 7)?;
    // Bounds chosen so the exact sum cannot overflow i128 before the range check.
    let limit: i128 = 1 << 100;
    let mut exact: i128 = 0;
    let mut frac: f64 = 0.0;
    for (v, (name, unit)) in a.iter().zip(UNITS) {
        let Some(v) = *v else { continue };
        match v {
            Value::Float(f) => {
                if f.is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(overflow_error("cannot convert float infinity to integer"));
                }
                let ip = f.trunc();
                if ip.abs() > 1e20 {
                    return Err(overflow_error(format!(
                        "days={}; must have magnitude <= 999999999",
                        (ip * unit as f64 / US_PER_DAY as f64) as i128
                    )));
                }
                exact += ip as i128 * unit;
                frac += (f - ip) * unit as f64;
            }
            _ if vm.is_int(v) => {
                let i = vm.to_bigint(v).expect("int").to_i128().unwrap_or(limit);
                if i.abs() >= limit / unit {
                    return Err(overflow_error("Python int too large to convert to C int"));
                }
                exact += i * unit;
            }
            _ => {
                return Err(type_error(format!(
                    "unsupported type for timedelta {name} component: {}",
                    vm.type_name(v)
                )))
            }
        }
        if exact.abs() > limit {
            return Err(overflow_error(format!(
                "days={}; must have magnitude <= 999999999",
                exact.div_euclid(US_PER_DAY)
            )));
        }
    }
    // Half-to-even over the exact part's parity plus the fraction, so that the sum
    // rounds as one number (CPython rounds the total microseconds once).
    let parity = exact.rem_euclid(2);
    let us = exact - parity + round_half_even(parity as f64 + frac) as i128;
    delta(us)
}

/// Class attributes: `min`, `max`, `resolution`, and `timezone.utc/min/max`.
pub fn class_attr(vm: &mut Vm, ty: Ty, name: &str) -> Option<Value> {
    let max_day = Date {
        y: 9999,
        m: 12,
        d: 31,
    };
    let min_day = Date { y: 1, m: 1, d: 1 };
    let max_time = Time {
        h: 23,
        mi: 59,
        s: 59,
        us: 999_999,
    };
    let obj = match (ty, name) {
        (Ty::Date, "min") => DtObj::Date(min_day),
        (Ty::Date, "max") => DtObj::Date(max_day),
        (Ty::Date, "resolution") => DtObj::Delta(US_PER_DAY),
        (Ty::DateTime, "min") => DtObj::DateTime(min_day, Time::default(), None),
        (Ty::DateTime, "max") => DtObj::DateTime(max_day, max_time, None),
        (Ty::DateTime | Ty::Time | Ty::TimeDelta, "resolution") => DtObj::Delta(1),
        (Ty::Time, "min") => DtObj::Time(Time::default(), None),
        (Ty::Time, "max") => DtObj::Time(max_time, None),
        (Ty::TimeDelta, "min") => DtObj::Delta(-MAX_DELTA_DAYS * US_PER_DAY),
        (Ty::TimeDelta, "max") => DtObj::Delta((MAX_DELTA_DAYS + 1) * US_PER_DAY - 1),
        (Ty::TimeZone, "utc") => return Some(utc_singleton(vm)),
        (Ty::TimeZone, "min") => DtObj::TimeZone(Tz::new(-(86_340 * US_PER_SEC as i64), None)),
        (Ty::TimeZone, "max") => DtObj::TimeZone(Tz::new(86_340 * US_PER_SEC as i64, None)),
        _ => return None,
    };
    Some(alloc(vm, obj))
}

/// The class methods of `ty`.
pub fn class_methods(ty: Ty) -> &'static [&'static str] {
    match ty {
        Ty::Date => &[
            "today",
            "fromtimestamp",
            "fromordinal",
            "fromisoformat",
            "fromisocalendar",
        ],
        Ty::DateTime => &[
            "today",
            "now",
            "utcnow",
            "fromtimestamp",
            "utcfromtimestamp",
            "fromordinal",
            "fromisoformat",
            "fromisocalendar",
            "strptime",
            "combine",
        ],
        Ty::Time => &["fromisoformat"],
        _ => &[],
    }
}

/// The host clock as microseconds since the Unix epoch.
fn clock_us() -> i128 {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    d.as_micros() as i128
}

/// A datetime `unix_us` microseconds after the epoch, shifted into `tz` when given.
fn from_unix_us(vm: &mut Vm, ty: Ty, unix_us: i128, tz: Option<Tz>) -> PyResult<Value> {
    let local = unix_us + EPOCH_US + tz.as_ref().map_or(0, |t| t.off as i128);
    let days = local.div_euclid(US_PER_DAY);
    if !(1..=cal::MAX_ORDINAL as i128).contains(&days) {
        let (y, _, _) = cal::ord_to_ymd(days as i64);
        return Err(value_error(format!("year {y} is out of range")));
    }
    let (d, t) = dt_from_us(local)?;
    Ok(alloc(
        vm,
        if ty == Ty::Date {
            DtObj::Date(d)
        } else {
            DtObj::DateTime(d, t, tz)
        },
    ))
}

/// A timestamp argument as microseconds since the epoch (CPython rounds the fraction
/// half-to-even).
fn timestamp_us(vm: &Vm, v: Value) -> PyResult<i128> {
    let out_of_range = || overflow_error("timestamp out of range for platform time_t");
    match v {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            let ip = f.trunc();
            if ip.abs() >= 9.2e18 {
                return Err(out_of_range());
            }
            let r = round_half_even((f - ip) * 1e6);
            Ok(ip as i128 * US_PER_SEC + r as i128)
        }
        _ if vm.is_int(v) => {
            let i = vm
                .to_bigint(v)
                .expect("int")
                .to_i64()
                .ok_or_else(out_of_range)?;
            Ok(i as i128 * US_PER_SEC)
        }
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn str_arg<'a>(vm: &'a Vm, fname: &str, n: usize, v: Value) -> PyResult<&'a str> {
    if !vm.is_str(v) {
        return Err(type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            vm.type_name(v)
        )));
    }
    vm.str_ref(v)
}

/// Calls class method `name` of `ty`.
pub fn call_class_method(vm: &mut Vm, ty: Ty, name: &str, args: Args) -> PyResult<Value> {
    use crate::builtins::ArgParser;
    let tname = if ty == Ty::Date { "date" } else { "datetime" };
    match name {
        "today" | "utcnow" => {
            ArgParser::new(&format!("{tname}.{name}"), args).positional(0, 0)?;
            from_unix_us(vm, ty, clock_us(), None)
        }
        "now" => {
            let a = ArgParser::new("now", args).bind(vm, &["tz"], 0)?;
            let tz = tz_arg(vm, a[0])?;
            from_unix_us(vm, ty, clock_us(), tz)
        }
        "fromtimestamp" | "utcfromtimestamp" => {
            let a = if name == "fromtimestamp" && ty == Ty::DateTime {
                ArgParser::new(name, args).bind(vm, &["timestamp", "tz"], 1)?
            } else {
                ArgParser::new(name, args)
                    .positional(1, 1)?
                    .into_iter()
                    .map(Some)
                    .collect()
            };
            let us = timestamp_us(vm, a[0].expect("required"))?;
            let tz = tz_arg(vm, a.get(1).copied().flatten())?;
            from_unix_us(vm, ty, us, tz)
        }
        "fromordinal" => {
            let a = ArgParser::new("fromordinal", args).positional(1, 1)?;
            let n = int_arg(vm, a[0])?;
            if n < 1 {
                return Err(value_error("ordinal must be >= 1"));
            }
            if n > cal::MAX_ORDINAL {
                return Err(value_error(format!("year {} is out of range", n / 365 + 1)));
            }
            let d = Date::from_ord(n)?;
            Ok(alloc(
                vm,
                if ty == Ty::Date {
                    DtObj::Date(d)
                } else {
                    DtObj::DateTime(d, Time::default(), None)
                },
            ))
        }
        "fromisocalendar" => {
            let a = bind(
                vm,
                "fromisocalendar()",
                args,
                &["year", "week", "day"],
                3,
                3,
            )?;
            let y = int_arg(vm, a[0].expect("required"))?;
            let w = int_arg(vm, a[1].expect("required"))?;
            let d = int_arg(vm, a[2].expect("required"))?;
            if !(1..=9999).contains(&y) {
                return Err(value_error(format!("Year is out of range: {y}")));
            }
            if !cal::week_ok(y, w) {
                return Err(value_error(format!("Invalid week: {w}")));
            }
            if !(1..=7).contains(&d) {
                return Err(value_error(format!("Invalid day: {d} (range is [1, 7])")));
            }
            let date = Date::from_ord(cal::iso_to_ord(y, w, d))?;
            Ok(alloc(
                vm,
                if ty == Ty::Date {
                    DtObj::Date(date)
                } else {
                    DtObj::DateTime(date, Time::default(), None)
                },
            ))
        }
        "fromisoformat" => {
            let a = ArgParser::new("fromisoformat", args).positional(1, 1)?;
            if !vm.is_str(a[0]) {
                return Err(type_error("fromisoformat: argument must be str"));
            }
            let s = vm.str_ref(a[0])?.to_string();
            let obj = parse::fromisoformat(ty, &s)?;
            Ok(match obj {
                DtObj::DateTime(d, t, Some(tz)) if tz.is_utc_singleton() => {
                    alloc(vm, DtObj::DateTime(d, t, Some(tz)))
                }
                o => alloc(vm, o),
            })
        }
        "strptime" => {
            let a = ArgParser::new("strptime", args).positional(2, 2)?;
            let s = str_arg(vm, "strptime", 1, a[0])?.to_string();
            let f = str_arg(vm, "strptime", 2, a[1])?.to_string();
            let p = parse::strptime_fields(vm, &s, &f)?;
            let d = Date::new(p.date.0, p.date.1, p.date.2)?;
            let t = Time::new(p.time.0, p.time.1, p.time.2, p.time.3)?;
            Ok(alloc(vm, DtObj::DateTime(d, t, p.tz)))
        }
        "combine" => {
            let a = ArgParser::new("combine", args).bind(vm, &["date", "time", "tzinfo"], 2)?;
            let (dv, tv) = (a[0].expect("required"), a[1].expect("required"));
            let d = match get(vm, dv) {
                Some(DtObj::Date(d) | DtObj::DateTime(d, ..)) => *d,
                _ => {
                    return Err(type_error(format!(
                        "combine() argument 1 must be datetime.date, not {}",
                        vm.type_name(dv)
                    )))
                }
            };
            let (t, tz) = match get(vm, tv) {
                Some(DtObj::Time(t, tz)) => (*t, tz.clone()),
                _ => {
                    return Err(type_error(format!(
                        "combine() argument 2 must be datetime.time, not {}",
                        vm.type_name(tv)
                    )))
                }
            };
            let tz = match a[2] {
                Some(v) => tz_arg(vm, Some(v))?,
                None => tz,
            };
            Ok(alloc(vm, DtObj::DateTime(d, t, tz)))
        }
        _ => Err(crate::error::Raise::internal("not a datetime class method")),
    }
}

/// `datetime.timestamp()`: naive values are local time, which is UTC here.
pub fn timestamp(d: &Date, t: &Time, tz: Option<&Tz>) -> f64 {
    let us = dt_us(d, t) - EPOCH_US - tz.map_or(0, |t| t.off as i128);
    super::value::us_to_secs(us)
}

/// `tz_value` for methods that return the zone of a value.
pub(super) fn tz_or_none(vm: &mut Vm, tz: Option<&Tz>) -> Value {
    match tz {
        Some(t) => tz_value(vm, t),
        None => Value::None,
    }
}

/// Rounds a float to the nearest integer, ties to even.
pub(super) fn round_half_even(x: f64) -> f64 {
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        x.round()
    }
}

/// Round-half-even of `num / den` re-exported for the operators.
pub(super) fn half_even(num: i128, den: i128) -> i128 {
    div_half_even(num, den)
}
