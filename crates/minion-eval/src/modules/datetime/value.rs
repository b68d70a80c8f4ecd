//! `DtObj`, the heap payload of every datetime-module value, and the conversions
//! between dates, times and microsecond counts that the operators and methods share.

use super::cal;
use crate::error::{overflow_error, value_error, PyResult};

/// Microseconds in a second and in a day.
pub const US_PER_SEC: i128 = 1_000_000;
/// Microseconds in a day.
pub const US_PER_DAY: i128 = 86_400 * US_PER_SEC;
/// `timedelta.max.days`.
pub const MAX_DELTA_DAYS: i128 = 999_999_999;

/// A fixed-offset time zone (`datetime.timezone`).
#[derive(Clone, Debug)]
pub struct Tz {
    /// The UTC offset in microseconds (strictly within a day).
    pub off: i64,
    /// The name given to the constructor, if any.
    pub name: Option<Box<str>>,
    /// The `timezone` object this came from, so that `d.tzinfo` gives it back
    /// (`astimezone(tz).tzinfo is tz` holds in CPython).
    pub src: Option<crate::value::Value>,
}

impl Tz {
    /// `timezone.utc`.
    pub const UTC: Tz = Tz {
        off: 0,
        name: None,
        src: None,
    };

    /// A zone of offset `off` microseconds, not (yet) backed by an object.
    pub fn new(off: i64, name: Option<Box<str>>) -> Tz {
        Tz {
            off,
            name,
            src: None,
        }
    }

    /// Whether this is `timezone.utc` (CPython returns the singleton for it).
    pub fn is_utc_singleton(&self) -> bool {
        self.off == 0 && self.name.is_none()
    }

    /// `tzname()`: the given name, else `UTC` or `UTC±HH:MM[:SS[.ffffff]]`.
    pub fn tzname(&self) -> String {
        match &self.name {
            Some(n) => n.to_string(),
            None if self.off == 0 => "UTC".into(),
            None => format!("UTC{}", offset_text(self.off, ":")),
        }
    }
}

/// A calendar date (always valid: 1 <= year <= 9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub y: i64,
    /// Month 1..=12.
    pub m: u32,
    /// Day of the month.
    pub d: u32,
}

impl Date {
    /// The proleptic Gregorian ordinal.
    pub fn ord(&self) -> i64 {
        cal::ymd_to_ord(self.y, self.m, self.d)
    }

    /// The date of ordinal `n`, or `OverflowError` outside `date.min..=date.max`.
    pub fn from_ord(n: i64) -> PyResult<Date> {
        if !(1..=cal::MAX_ORDINAL).contains(&n) {
            return Err(overflow_error("date value out of range"));
        }
        let (y, m, d) = cal::ord_to_ymd(n);
        Ok(Date { y, m, d })
    }

    /// Checks the fields as `date(y, m, d)` does.
    pub fn new(y: i64, m: i64, d: i64) -> PyResult<Date> {
        if !(1..=9999).contains(&y) {
            return Err(value_error(format!("year {y} is out of range")));
        }
        if !(1..=12).contains(&m) {
            return Err(value_error("month must be in 1..12"));
        }
        if d < 1 || d > cal::days_in_month(y, m as u32) as i64 {
            return Err(value_error("day is out of range for month"));
        }
        Ok(Date {
            y,
            m: m as u32,
            d: d as u32,
        })
    }
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Time {
    /// Hour 0..=23.
    pub h: u32,
    /// Minute.
    pub mi: u32,
    /// Second.
    pub s: u32,
    /// Microsecond.
    pub us: u32,
}

impl Time {
    /// Checks the fields as `time(h, m, s, us)` does.
    pub fn new(h: i64, mi: i64, s: i64, us: i64) -> PyResult<Time> {
        if !(0..=23).contains(&h) {
            return Err(value_error("hour must be in 0..23"));
        }
        if !(0..=59).contains(&mi) {
            return Err(value_error("minute must be in 0..59"));
        }
        if !(0..=59).contains(&s) {
            return Err(value_error("second must be in 0..59"));
        }
        if !(0..=999_999).contains(&us) {
            return Err(value_error("microsecond must be in 0..999999"));
        }
        Ok(Time {
            h: h as u32,
            mi: mi as u32,
            s: s as u32,
            us: us as u32,
        })
    }

    /// Microseconds since midnight.
    pub fn us_of_day(&self) -> i128 {
        ((self.h as i128 * 60 + self.mi as i128) * 60 + self.s as i128) * US_PER_SEC
            + self.us as i128
    }

    /// The time `us` microseconds after midnight (`0 <= us < a day`).
    pub fn from_us_of_day(us: i128) -> Time {
        let secs = (us / US_PER_SEC) as u32;
        Time {
            h: secs / 3600,
            mi: secs / 60 % 60,
            s: secs % 60,
            us: (us % US_PER_SEC) as u32,
        }
    }
}

/// The kind of a tuple-like value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqKind {
    /// `datetime.IsoCalendarDate(year, week, weekday)`.
    IsoCal,
    /// `time.struct_time` (9 fields; `tm_zone` is `'UTC'`, `tm_gmtoff` 0 here).
    StructTime,
}

/// A datetime-module value.
#[derive(Clone, Debug)]
pub enum DtObj {
    /// `date`.
    Date(Date),
    /// `time`, with its `tzinfo`.
    Time(Time, Option<Tz>),
    /// `datetime`, with its `tzinfo`.
    DateTime(Date, Time, Option<Tz>),
    /// `timedelta`, as a microsecond count within `timedelta.min..=timedelta.max`.
    Delta(i128),
    /// `timezone`.
    TimeZone(Tz),
    /// An instance of the abstract `tzinfo`.
    TzInfo,
    /// A tuple-like value of ints.
    Seq(SeqKind, Box<[i64]>),
}

impl DtObj {
    /// The Python type of this value.
    pub fn ty(&self) -> crate::types::Ty {
        use crate::types::Ty;
        match self {
            DtObj::Date(_) => Ty::Date,
            DtObj::Time(..) => Ty::Time,
            DtObj::DateTime(..) => Ty::DateTime,
            DtObj::Delta(_) => Ty::TimeDelta,
            DtObj::TimeZone(_) => Ty::TimeZone,
            DtObj::TzInfo => Ty::TzInfo,
            DtObj::Seq(SeqKind::IsoCal, _) => Ty::IsoCalendarDate,
            DtObj::Seq(SeqKind::StructTime, _) => Ty::StructTime,
        }
    }

    /// The heap values this holds (the `timezone` objects of aware values).
    pub fn children(&self, out: &mut Vec<crate::value::Value>) {
        if let DtObj::Time(_, Some(tz)) | DtObj::DateTime(_, _, Some(tz)) = self {
            out.extend(tz.src);
        }
    }

    /// Truthiness: only a zero timedelta is false.
    pub fn truthy(&self) -> bool {
        !matches!(self, DtObj::Delta(0))
    }
}

/// Microseconds since 0001-01-01T00:00 (ordinal 1 is day 1, as CPython counts).
pub fn dt_us(d: &Date, t: &Time) -> i128 {
    d.ord() as i128 * US_PER_DAY + t.us_of_day()
}

/// The date and time `us` microseconds after the ordinal epoch (`OverflowError` out of
/// range).
pub fn dt_from_us(us: i128) -> PyResult<(Date, Time)> {
    let days = us.div_euclid(US_PER_DAY);
    if !(1..=cal::MAX_ORDINAL as i128).contains(&days) {
        return Err(overflow_error("date value out of range"));
    }
    Ok((
        Date::from_ord(days as i64)?,
        Time::from_us_of_day(us.rem_euclid(US_PER_DAY)),
    ))
}

/// The Unix epoch in the microseconds of [`dt_us`].
pub const EPOCH_US: i128 = 719_163 * US_PER_DAY;

/// A `timedelta`, checked against `timedelta.min..=timedelta.max`.
pub fn delta(us: i128) -> PyResult<DtObj> {
    let days = us.div_euclid(US_PER_DAY);
    if days.abs() > MAX_DELTA_DAYS {
        return Err(overflow_error(format!(
            "days={days}; must have magnitude <= 999999999"
        )));
    }
    Ok(DtObj::Delta(us))
}

/// `(days, seconds, microseconds)` of a timedelta, normalised as CPython stores them.
pub fn delta_parts(us: i128) -> (i64, i64, i64) {
    let days = us.div_euclid(US_PER_DAY);
    let rest = us.rem_euclid(US_PER_DAY);
    (
        days as i64,
        (rest / US_PER_SEC) as i64,
        (rest % US_PER_SEC) as i64,
    )
}

/// `±HH<sep>MM[<sep>SS[.ffffff]]` for a UTC offset in microseconds.
pub fn offset_text(off: i64, sep: &str) -> String {
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.unsigned_abs();
    let (secs, us) = (a / 1_000_000, a % 1_000_000);
    let mut s = format!("{sign}{:02}{sep}{:02}", secs / 3600, secs / 60 % 60);
    if secs % 60 != 0 || us != 0 {
        s.push_str(&format!("{sep}{:02}", secs % 60));
    }
    if us != 0 {
        s.push_str(&format!(".{us:06}"));
    }
    s
}

/// `us / 10**6` as a float, as CPython's exact true division rounds it (one rounding
/// below 2**53 microseconds; whole seconds stay exact above).
pub fn us_to_secs(us: i128) -> f64 {
    if us.abs() < 1 << 53 {
        us as f64 / 1e6
    } else {
        us.div_euclid(US_PER_SEC) as f64 + us.rem_euclid(US_PER_SEC) as f64 / 1e6
    }
}

/// Round-half-even `num / den` (`den > 0`), as CPython rounds timedelta arithmetic.
pub fn div_half_even(num: i128, den: i128) -> i128 {
    let q = num.div_euclid(den);
    let r = num.rem_euclid(den);
    match (2 * r).cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
        std::cmp::Ordering::Less => q,
    }
}

/// Everything `strftime` needs to know about a moment.
#[derive(Clone, Debug)]
pub struct Fields {
    /// The date (1900-01-01 for a `time`).
    pub date: Date,
    /// The time of day.
    pub time: Time,
    /// The UTC offset in microseconds, for aware values.
    pub off: Option<i64>,
    /// The zone name (`%Z`), empty for naive values.
    pub zone: String,
}

impl Fields {
    /// The fields of a date or datetime value (`None` for other kinds).
    pub fn of(d: &DtObj) -> Option<Fields> {
        let base = Date {
            y: 1900,
            m: 1,
            d: 1,
        };
        let (date, time, tz) = match d {
            DtObj::Date(d) => (*d, Time::default(), None),
            DtObj::DateTime(d, t, tz) => (*d, *t, tz.as_ref()),
            DtObj::Time(t, tz) => (base, *t, tz.as_ref()),
            _ => return None,
        };
        Some(Fields {
            date,
            time,
            off: tz.map(|t| t.off),
            zone: tz.map(|t| t.tzname()).unwrap_or_default(),
        })
    }
}

/// The nine `struct_time` fields of `us` microseconds after the ordinal epoch.
pub fn struct_time_from_us(us: i128, isdst: i64) -> PyResult<Box<[i64]>> {
    let (d, t) = dt_from_us(us)?;
    Ok(struct_time_of(&d, &t, isdst))
}

/// The nine `struct_time` fields of a date and time.
pub fn struct_time_of(d: &Date, t: &Time, isdst: i64) -> Box<[i64]> {
    Box::new([
        d.y,
        d.m as i64,
        d.d as i64,
        t.h as i64,
        t.mi as i64,
        t.s as i64,
        cal::weekday(d.ord()) as i64,
        cal::day_of_year(d.y, d.m, d.d),
        isdst,
    ])
}

/// The date and time a `struct_time`-like 9-sequence stands for (`ValueError` for
/// out-of-range fields, as `time.strftime` / `mktime` check them).
pub fn struct_time_to_fields(items: &[i64]) -> PyResult<Fields> {
    // `time.strftime`'s `checktm`: 0 stands for the first month / day.
    let check = |v: i64, lo: i64, hi: i64, what: &str| {
        if (lo..=hi).contains(&v) {
            Ok(v)
        } else {
            Err(value_error(format!("{what} out of range")))
        }
    };
    let m = check(items[1].max(1), 1, 12, "month")?;
    let d = check(items[2].max(1), 1, 31, "day of month")?;
    let h = check(items[3], 0, 23, "hour")?;
    let mi = check(items[4], 0, 59, "minute")?;
    let s = check(items[5], 0, 61, "seconds")?;
    if !(1..=9999).contains(&items[0]) {
        return Err(value_error(format!("year {} is out of range", items[0])));
    }
    let date = Date::new(
        items[0],
        m,
        d.min(cal::days_in_month(items[0], m as u32) as i64),
    )?;
    let time = Time::new(h, mi, s.min(59), 0)?;
    Ok(Fields {
        date,
        time,
        off: None,
        zone: "UTC".into(),
    })
}
