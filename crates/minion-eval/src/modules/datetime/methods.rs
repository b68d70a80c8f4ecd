//! Attributes and instance methods of datetime-module values, and the dispatch of
//! method calls through a type (`datetime.now()`, `date.strftime(d, fmt)`).

use super::construct::{
    bind, call_class_method, class_attr, class_methods, int_arg, timestamp, tz_arg, tz_or_none,
};
use super::format::{ctime, isoformat, strftime};
use super::value::{
    delta_parts, dt_from_us, dt_us, struct_time_of, Date, DtObj, Fields, SeqKind, Time, Tz,
};
use super::{alloc, cal, get, is_type};
use crate::builtins::ArgParser;
use crate::error::{no_attribute, type_error, PyResult, Raise};
use crate::intern::Sym;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

const DATE_METHODS: &[&str] = &[
    "replace",
    "isoformat",
    "strftime",
    "weekday",
    "isoweekday",
    "isocalendar",
    "toordinal",
    "ctime",
    "timetuple",
    "__format__",
];
const DATETIME_METHODS: &[&str] = &[
    "date",
    "time",
    "timetz",
    "timestamp",
    "astimezone",
    "utcoffset",
    "tzname",
    "dst",
    "utctimetuple",
];
const TIME_METHODS: &[&str] = &[
    "replace",
    "isoformat",
    "strftime",
    "utcoffset",
    "tzname",
    "dst",
    "__format__",
];
const TZ_METHODS: &[&str] = &["utcoffset", "tzname", "dst", "fromutc"];

fn instance_methods(ty: Ty, name: &str) -> bool {
    match ty {
        Ty::Date => DATE_METHODS.contains(&name),
        Ty::DateTime => DATE_METHODS.contains(&name) || DATETIME_METHODS.contains(&name),
        Ty::Time => TIME_METHODS.contains(&name),
        Ty::TimeDelta => name == "total_seconds",
        Ty::TimeZone => TZ_METHODS.contains(&name),
        _ => false,
    }
}

/// Whether `name` is a method (or class method) of datetime-module type `ty`.
pub fn has_method(vm: &Vm, ty: Ty, name: Sym) -> bool {
    let name = vm.interner.name(name);
    instance_methods(ty, name) || class_methods(ty).contains(&name)
}

/// `obj.name` for datetime-module values and types (`None` when there is no such
/// data attribute; methods are found by [`has_method`]).
pub fn get_attr(vm: &mut Vm, obj: Value, name: Sym) -> PyResult<Option<Value>> {
    let n = vm.interner.name(name).to_string();
    if let Value::Type(t) = obj {
        return Ok(if is_type(t) {
            class_attr(vm, t, &n)
        } else {
            None
        });
    }
    let Some(d) = get(vm, obj) else {
        return Ok(None);
    };
    let date_attr = |d: &Date| match n.as_str() {
        "year" => Some(d.y),
        "month" => Some(d.m as i64),
        "day" => Some(d.d as i64),
        _ => None,
    };
    let time_attr = |t: &Time| match n.as_str() {
        "hour" => Some(t.h as i64),
        "minute" => Some(t.mi as i64),
        "second" => Some(t.s as i64),
        "microsecond" => Some(t.us as i64),
        "fold" => Some(0),
        _ => None,
    };
    let tz = match d {
        DtObj::Time(_, tz) | DtObj::DateTime(_, _, tz) if n == "tzinfo" => Some(tz.clone()),
        _ => None,
    };
    if let Some(tz) = tz {
        return Ok(Some(tz_or_none(vm, tz.as_ref())));
    }
    let v = match d {
        DtObj::Date(d) => date_attr(d),
        DtObj::DateTime(d, t, _) => date_attr(d).or_else(|| time_attr(t)),
        DtObj::Time(t, _) => time_attr(t),
        DtObj::Delta(us) => {
            let (days, secs, micros) = delta_parts(*us);
            match n.as_str() {
                "days" => Some(days),
                "seconds" => Some(secs),
                "microseconds" => Some(micros),
                _ => None,
            }
        }
        DtObj::Seq(kind, items) => {
            let names: &[&str] = match kind {
                SeqKind::IsoCal => &["year", "week", "weekday"],
                SeqKind::StructTime => &[
                    "tm_year",
                    "tm_mon",
                    "tm_mday",
                    "tm_hour",
                    "tm_min",
                    "tm_sec",
                    "tm_wday",
                    "tm_yday",
                    "tm_isdst",
                    "tm_gmtoff",
                ],
            };
            if *kind == SeqKind::StructTime && n == "tm_zone" {
                return Ok(Some(vm.new_str("UTC")));
            }
            names
                .iter()
                .position(|x| *x == n)
                .map(|i| items.get(i).copied().unwrap_or(0))
        }
        _ => None,
    };
    Ok(v.map(Value::Int))
}

/// Calls method `name` on `recv` (a value, or one of the module's types).
pub fn call_method(vm: &mut Vm, recv: Value, name: Sym, mut args: Args) -> PyResult<Value> {
    let n = vm.interner.name(name).to_string();
    let recv = match recv {
        Value::Type(t) => {
            if class_methods(t).contains(&n.as_str()) {
                return call_class_method(vm, t, &n, args);
            }
            if args.pos.is_empty() {
                return Err(type_error(format!(
                    "unbound method {}.{n}() needs an argument",
                    t.name()
                )));
            }
            let r = args.pos.remove(0);
            if !vm.type_of(r).is_subtype(t) {
                return Err(type_error(format!(
                    "descriptor '{n}' for '{}' objects doesn't apply to a '{}' object",
                    t.name(),
                    vm.type_name(r)
                )));
            }
            r
        }
        v => v,
    };
    let Some(d) = get(vm, recv).cloned() else {
        return Err(no_attribute(vm.type_name(recv), &n));
    };
    let ty = vm.type_of(recv);
    if !instance_methods(ty, &n) {
        if class_methods(ty).contains(&n.as_str()) {
            return call_class_method(vm, ty, &n, args);
        }
        return Err(no_attribute(vm.type_name(recv), &n));
    }
    let fname = format!("{}.{n}", ty.name().trim_start_matches("datetime."));
    match (n.as_str(), &d) {
        ("strftime" | "__format__", _) => {
            let a = ArgParser::new(&n, args).positional(1, 1)?;
            if !vm.is_str(a[0]) {
                return Err(type_error(format!(
                    "{n}() argument 1 must be str, not {}",
                    vm.type_name(a[0])
                )));
            }
            let fmt = vm.str_ref(a[0])?.to_string();
            // Rendering is linear in the format (at most ~25 bytes per directive).
            vm.charge(fmt.len() as u64 / 64)?;
            let s = if n == "__format__" {
                super::format::format_value(vm, recv, &fmt)?
            } else {
                strftime(&Fields::of(&d).expect("date or time"), &fmt)
            };
            vm.check_alloc(s.len())?;
            Ok(vm.new_str(s))
        }
        ("isoformat", _) => {
            let (sep, spec) = match d {
                DtObj::DateTime(..) => {
                    let a = ArgParser::new("isoformat", args).bind(vm, &["sep", "timespec"], 0)?;
                    (a[0], a[1])
                }
                DtObj::Time(..) => {
                    let a = ArgParser::new("isoformat", args).bind(vm, &["timespec"], 0)?;
                    (None, a[0])
                }
                _ => {
                    ArgParser::new(&fname, args).positional(0, 0)?;
                    (None, None)
                }
            };
            let sep = match sep {
                None => 'T',
                Some(v) => {
                    let s = if vm.is_str(v) { vm.str_ref(v)? } else { "" };
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => c,
                        _ => {
                            let what = if vm.is_str(v) {
                                "str".to_string()
                            } else {
                                vm.type_name(v).to_string()
                            };
                            return Err(type_error(format!(
                                "isoformat() argument 1 must be a unicode character, not {what}"
                            )));
                        }
                    }
                }
            };
            let spec = match spec {
                None => "auto".to_string(),
                Some(v) => vm.str_ref(v)?.to_string(),
            };
            let s = isoformat(&d, sep, &spec)?;
            Ok(vm.new_str(s))
        }
        ("replace", _) => replace(vm, &d, args),
        ("weekday" | "isoweekday" | "toordinal", DtObj::Date(day) | DtObj::DateTime(day, ..)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            let ord = day.ord();
            Ok(Value::Int(match n.as_str() {
                "weekday" => cal::weekday(ord) as i64,
                "isoweekday" => cal::weekday(ord) as i64 + 1,
                _ => ord,
            }))
        }
        ("isocalendar", DtObj::Date(day) | DtObj::DateTime(day, ..)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            let (y, w, wd) = cal::iso_calendar(day.y, day.ord());
            Ok(alloc(vm, DtObj::Seq(SeqKind::IsoCal, Box::new([y, w, wd]))))
        }
        ("ctime", _) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            let s = ctime(&Fields::of(&d).expect("date"));
            Ok(vm.new_str(s))
        }
        ("timetuple" | "utctimetuple", DtObj::Date(day)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            let items = struct_time_of(day, &Time::default(), -1);
            Ok(alloc(vm, DtObj::Seq(SeqKind::StructTime, items)))
        }
        ("timetuple", DtObj::DateTime(day, t, _)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            let items = struct_time_of(day, t, -1);
            Ok(alloc(vm, DtObj::Seq(SeqKind::StructTime, items)))
        }
        ("utctimetuple", DtObj::DateTime(day, t, tz)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            let us = dt_us(day, t) - tz.as_ref().map_or(0, |z| z.off as i128);
            let (day, t) = dt_from_us(us)?;
            let items = struct_time_of(&day, &t, 0);
            Ok(alloc(vm, DtObj::Seq(SeqKind::StructTime, items)))
        }
        ("date", DtObj::DateTime(day, ..)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            Ok(alloc(vm, DtObj::Date(*day)))
        }
        ("time" | "timetz", DtObj::DateTime(_, t, tz)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            let tz = if n == "timetz" { tz.clone() } else { None };
            Ok(alloc(vm, DtObj::Time(*t, tz)))
        }
        ("timestamp", DtObj::DateTime(day, t, tz)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            Ok(Value::Float(timestamp(day, t, tz.as_ref())))
        }
        ("astimezone", DtObj::DateTime(day, t, tz)) => {
            let a = ArgParser::new("astimezone", args).bind(vm, &["tz"], 0)?;
            let target = match a[0] {
                None | Some(Value::None) => Tz::new(0, Some("UTC".into())),
                Some(v) => match tz_arg(vm, Some(v))? {
                    Some(tz) => tz,
                    None => unreachable!("None handled above"),
                },
            };
            let utc = dt_us(day, t) - tz.as_ref().map_or(0, |z| z.off as i128);
            let (day, t) = dt_from_us(utc + target.off as i128)?;
            Ok(alloc(vm, DtObj::DateTime(day, t, Some(target))))
        }
        ("utcoffset" | "tzname" | "dst", DtObj::DateTime(_, _, tz) | DtObj::Time(_, tz)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            zone_info(vm, &n, tz.as_ref())
        }
        ("total_seconds", DtObj::Delta(us)) => {
            ArgParser::new(&fname, args).positional(0, 0)?;
            Ok(Value::Float(super::value::us_to_secs(*us)))
        }
        (_, DtObj::TimeZone(tz)) => {
            let a = ArgParser::new(&n, args).positional(1, 1)?;
            let dt = match get(vm, a[0]) {
                Some(DtObj::DateTime(day, t, _)) => Some((*day, *t)),
                _ if a[0].is_none() && n != "fromutc" => None,
                _ if n == "fromutc" => {
                    return Err(type_error(
                        "fromutc: argument must be a datetime".to_string(),
                    ))
                }
                _ => {
                    return Err(type_error(format!(
                        "{n}(dt) argument must be a datetime instance or None, not {}",
                        vm.type_name(a[0])
                    )))
                }
            };
            if n == "fromutc" {
                let (day, t) = dt.expect("checked");
                let (day, t) = dt_from_us(dt_us(&day, &t) + tz.off as i128)?;
                return Ok(alloc(vm, DtObj::DateTime(day, t, Some(tz.clone()))));
            }
            zone_info(vm, &n, Some(tz))
        }
        _ => Err(no_attribute(vm.type_name(recv), &n)),
    }
}

/// `utcoffset()`, `tzname()` or `dst()` under zone `tz` (`None` for naive values;
/// fixed offsets have no DST, so `dst()` is `None` as CPython's `timezone.dst`).
fn zone_info(vm: &mut Vm, what: &str, tz: Option<&Tz>) -> PyResult<Value> {
    let Some(tz) = tz else { return Ok(Value::None) };
    Ok(match what {
        "utcoffset" => alloc(vm, DtObj::Delta(tz.off as i128)),
        "tzname" => {
            let s = tz.tzname();
            vm.new_str(s)
        }
        _ => Value::None,
    })
}

/// `replace(...)` of a date, time or datetime.
fn replace(vm: &mut Vm, d: &DtObj, args: Args) -> PyResult<Value> {
    const DT: [&str; 9] = [
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
    let get_i = |vm: &Vm, v: Option<Value>, dflt: i64| v.map_or(Ok(dflt), |v| int_arg(vm, v));
    let new_tz = |vm: &Vm, v: Option<Value>, old: &Option<Tz>| match v {
        None => Ok(old.clone()),
        Some(v) => tz_arg(vm, Some(v)),
    };
    let obj = match d {
        DtObj::Date(day) => {
            let a = bind(vm, "replace()", args, &DT[..3], 0, 3)?;
            DtObj::Date(Date::new(
                get_i(vm, a[0], day.y)?,
                get_i(vm, a[1], day.m as i64)?,
                get_i(vm, a[2], day.d as i64)?,
            )?)
        }
        DtObj::DateTime(day, t, tz) => {
            let a = bind(vm, "replace()", args, &DT, 0, 8)?;
            let nd = Date::new(
                get_i(vm, a[0], day.y)?,
                get_i(vm, a[1], day.m as i64)?,
                get_i(vm, a[2], day.d as i64)?,
            )?;
            let nt = Time::new(
                get_i(vm, a[3], t.h as i64)?,
                get_i(vm, a[4], t.mi as i64)?,
                get_i(vm, a[5], t.s as i64)?,
                get_i(vm, a[6], t.us as i64)?,
            )?;
            DtObj::DateTime(nd, nt, new_tz(vm, a[7], tz)?)
        }
        DtObj::Time(t, tz) => {
            let a = bind(vm, "replace()", args, &DT[3..], 0, 5)?;
            let nt = Time::new(
                get_i(vm, a[0], t.h as i64)?,
                get_i(vm, a[1], t.mi as i64)?,
                get_i(vm, a[2], t.s as i64)?,
                get_i(vm, a[3], t.us as i64)?,
            )?;
            DtObj::Time(nt, new_tz(vm, a[4], tz)?)
        }
        _ => return Err(Raise::internal("replace on a non-date value")),
    };
    Ok(alloc(vm, obj))
}
