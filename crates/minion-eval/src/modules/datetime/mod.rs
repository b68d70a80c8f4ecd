//! The `datetime` module, native: `date`, `time`, `datetime`, `timedelta`, `timezone`
//! (fixed offsets) and `tzinfo`, plus the tuple-like `IsoCalendarDate` and
//! `time.struct_time` values.
//!
//! | file | job |
//! |---|---|
//! | `cal.rs` | proleptic Gregorian maths (ordinals, ISO weeks) |
//! | `value.rs` | the heap payload (`DtObj`) and conversions to and from microseconds |
//! | `construct.rs` | constructors, class attributes and class methods (`now`, `strptime`...) |
//! | `methods.rs` | attributes and instance methods |
//! | `ops.rs` | arithmetic, comparison, hashing, truth |
//! | `format.rs` | `repr`, `str`, `isoformat`, `strftime`, `__format__` |
//! | `parse.rs` | `strptime` and `fromisoformat` |
//!
//! The sandbox has no local time zone: local time is UTC (a naive `now()` is the UTC
//! wall clock, `astimezone()` converts to `timezone(timedelta(0), 'UTC')`).
//! Calendar maths is written here rather than taken from `chrono`: it is a page of
//! code, and CPython's exact rules (ordinals, `%`-directives as glibc renders them,
//! `_strptime`'s regex semantics) would need wrapping anyway.

mod cal;
mod construct;
mod format;
mod methods;
mod ops;
mod parse;
mod timefns;
mod value;

pub use construct::construct;
pub use format::{format_value, repr, str_of};
pub use methods::{call_method, get_attr, has_method};
pub use ops::{binary_op, both_deltas, eq, eq_tuple, hash, partial_cmp, unary_op};
pub use timefns::call as time_call;
pub use value::DtObj;

pub(crate) use parse::strptime_fields;

use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::Vm;

/// Whether `t` is one of this module's types (they dispatch here).
pub fn is_type(t: Ty) -> bool {
    matches!(
        t,
        Ty::Date
            | Ty::DateTime
            | Ty::Time
            | Ty::TimeDelta
            | Ty::TimeZone
            | Ty::TzInfo
            | Ty::IsoCalendarDate
            | Ty::StructTime
    )
}

/// The payload of `v`, if it is a datetime-module value.
pub fn get(vm: &Vm, v: Value) -> Option<&DtObj> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Dt(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Allocates a datetime-module value.
pub fn alloc(vm: &mut Vm, d: DtObj) -> Value {
    vm.alloc(Obj::Dt(Box::new(d)))
}

/// The items of a tuple-like value (`IsoCalendarDate`, `struct_time`).
pub fn seq_items(d: &DtObj) -> Option<Vec<Value>> {
    match d {
        DtObj::Seq(_, items) => Some(items.iter().map(|i| Value::Int(*i)).collect()),
        _ => None,
    }
}

/// The module's constants: its types, `MINYEAR`, `MAXYEAR` and `UTC`.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let utc = alloc(vm, DtObj::TimeZone(value::Tz::UTC));
    vec![
        ("date", Value::Type(Ty::Date)),
        ("time", Value::Type(Ty::Time)),
        ("datetime", Value::Type(Ty::DateTime)),
        ("timedelta", Value::Type(Ty::TimeDelta)),
        ("timezone", Value::Type(Ty::TimeZone)),
        ("tzinfo", Value::Type(Ty::TzInfo)),
        ("MINYEAR", Value::Int(1)),
        ("MAXYEAR", Value::Int(9999)),
        ("UTC", utc),
    ]
}

/// The `datetime.UTC` singleton (what `timezone.utc` is).
fn utc_singleton(vm: &mut Vm) -> Value {
    let module = crate::modules::load(vm, "datetime");
    let utc = vm.interner.intern("UTC");
    if let Some(Value::Ref(id)) = module {
        if let Obj::Namespace(ns) = vm.heap.get(id) {
            if let Some((_, v)) = ns.1.iter().find(|(k, _)| *k == utc) {
                return *v;
            }
        }
    }
    alloc(vm, DtObj::TimeZone(value::Tz::UTC))
}

/// The `tzinfo` value for `tz` (the UTC singleton for an unnamed zero offset, so that
/// `d.tzinfo is timezone.utc` holds as in CPython).
fn tz_value(vm: &mut Vm, tz: &value::Tz) -> Value {
    if let Some(v) = tz.src {
        return v;
    }
    if tz.is_utc_singleton() {
        utc_singleton(vm)
    } else {
        alloc(vm, DtObj::TimeZone(tz.clone()))
    }
}
