//! Text forms: `repr`, `str`, `isoformat`, `ctime`, `strftime` (the directives glibc
//! renders in the C locale, plus Python's own `%f`, `%z`, `%Z`) and `__format__`.

use super::cal::{self, DAY_NAMES, MONTH_NAMES};
use super::value::{delta_parts, offset_text, DtObj, Fields, SeqKind, Time, Tz, EPOCH_US};
use crate::error::{type_error, value_error, PyResult};
use crate::value::Value;
use crate::vm::Vm;

/// `repr(tz)`.
fn tz_repr(tz: &Tz) -> String {
    if tz.is_utc_singleton() {
        return "datetime.timezone.utc".into();
    }
    let d = repr(&DtObj::Delta(tz.off as i128));
    match &tz.name {
        Some(n) => format!("datetime.timezone({d}, {})", minion_tool::repr_str(n)),
        None => format!("datetime.timezone({d})"),
    }
}

/// The time fields of a `time`/`datetime` repr: trailing zero seconds and microseconds
/// are left out.
fn time_repr_fields(t: &Time) -> String {
    if t.us != 0 {
        format!("{}, {}, {}, {}", t.h, t.mi, t.s, t.us)
    } else if t.s != 0 {
        format!("{}, {}, {}", t.h, t.mi, t.s)
    } else {
        format!("{}, {}", t.h, t.mi)
    }
}

fn with_tz(mut s: String, tz: &Option<Tz>) -> String {
    if let Some(tz) = tz {
        s.push_str(", tzinfo=");
        s.push_str(&tz_repr(tz));
    }
    s.push(')');
    s
}

/// `repr(v)`.
pub fn repr(d: &DtObj) -> String {
    match d {
        DtObj::Date(d) => format!("datetime.date({}, {}, {})", d.y, d.m, d.d),
        DtObj::DateTime(d, t, tz) => with_tz(
            format!(
                "datetime.datetime({}, {}, {}, {}",
                d.y,
                d.m,
                d.d,
                time_repr_fields(t)
            ),
            tz,
        ),
        DtObj::Time(t, tz) => with_tz(format!("datetime.time({}", time_repr_fields(t)), tz),
        DtObj::Delta(us) => {
            let (days, secs, micros) = delta_parts(*us);
            let mut parts = Vec::new();
            if days != 0 {
                parts.push(format!("days={days}"));
            }
            if secs != 0 {
                parts.push(format!("seconds={secs}"));
            }
            if micros != 0 {
                parts.push(format!("microseconds={micros}"));
            }
            if parts.is_empty() {
                parts.push("0".into());
            }
            format!("datetime.timedelta({})", parts.join(", "))
        }
        DtObj::TimeZone(tz) => tz_repr(tz),
        DtObj::TzInfo => "<datetime.tzinfo object>".into(),
        DtObj::Seq(kind, items) => {
            let (head, names): (&str, &[&str]) = match kind {
                SeqKind::IsoCal => ("datetime.IsoCalendarDate", &["year", "week", "weekday"]),
                SeqKind::StructTime => (
                    "time.struct_time",
                    &[
                        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                        "tm_yday", "tm_isdst",
                    ],
                ),
            };
            let fields: Vec<String> = names
                .iter()
                .zip(items.iter())
                .map(|(n, v)| format!("{n}={v}"))
                .collect();
            format!("{head}({})", fields.join(", "))
        }
    }
}

/// `str(v)`.
pub fn str_of(d: &DtObj) -> String {
    match d {
        DtObj::Date(_) | DtObj::Time(..) => isoformat(d, 'T', "auto").unwrap_or_default(),
        DtObj::DateTime(..) => isoformat(d, ' ', "auto").unwrap_or_default(),
        DtObj::Delta(us) => {
            let (days, secs, micros) = delta_parts(*us);
            let mut s = String::new();
            if days != 0 {
                let plural = if days.abs() != 1 { "s" } else { "" };
                s.push_str(&format!("{days} day{plural}, "));
            }
            s.push_str(&format!(
                "{}:{:02}:{:02}",
                secs / 3600,
                secs / 60 % 60,
                secs % 60
            ));
            if micros != 0 {
                s.push_str(&format!(".{micros:06}"));
            }
            s
        }
        DtObj::TimeZone(tz) => tz.tzname(),
        _ => repr(d),
    }
}

fn time_iso(t: &Time, timespec: &str) -> PyResult<String> {
    Ok(match timespec {
        "auto" if t.us != 0 => format!("{:02}:{:02}:{:02}.{:06}", t.h, t.mi, t.s, t.us),
        "auto" | "seconds" => format!("{:02}:{:02}:{:02}", t.h, t.mi, t.s),
        "hours" => format!("{:02}", t.h),
        "minutes" => format!("{:02}:{:02}", t.h, t.mi),
        "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", t.h, t.mi, t.s, t.us / 1000),
        "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", t.h, t.mi, t.s, t.us),
        _ => return Err(value_error("Unknown timespec value")),
    })
}

/// `isoformat(sep, timespec)` of a date, time or datetime.
pub fn isoformat(d: &DtObj, sep: char, timespec: &str) -> PyResult<String> {
    let off = |tz: &Option<Tz>| {
        tz.as_ref()
            .map_or(String::new(), |t| offset_text(t.off, ":"))
    };
    Ok(match d {
        DtObj::Date(d) => format!("{:04}-{:02}-{:02}", d.y, d.m, d.d),
        DtObj::DateTime(d, t, tz) => format!(
            "{:04}-{:02}-{:02}{sep}{}{}",
            d.y,
            d.m,
            d.d,
            time_iso(t, timespec)?,
            off(tz)
        ),
        DtObj::Time(t, tz) => format!("{}{}", time_iso(t, timespec)?, off(tz)),
        _ => String::new(),
    })
}

/// `ctime()`: `Fri Jan  5 10:30:00 2024`.
pub fn ctime(f: &Fields) -> String {
    strftime(f, "%a %b %e %H:%M:%S %Y")
}

/// Pads `n` per the `strftime` flag: `-` none, `_` spaces, else zeros to `width`.
fn num(out: &mut String, n: i64, width: usize, flag: Option<char>, space: bool) {
    match flag {
        Some('-') => out.push_str(&n.to_string()),
        Some('_') => out.push_str(&format!("{n:>width$}")),
        Some('0') => out.push_str(&format!("{n:0width$}")),
        _ if space => out.push_str(&format!("{n:>width$}")),
        _ => out.push_str(&format!("{n:0width$}")),
    }
}

/// `strftime(fmt)` as CPython on glibc in the C locale renders it.
pub fn strftime(f: &Fields, fmt: &str) -> String {
    let (d, t) = (&f.date, &f.time);
    let ord = d.ord();
    let wd = cal::weekday(ord) as i64; // Monday 0
    let sunday_wd = (wd + 1) % 7;
    let yday = cal::day_of_year(d.y, d.m, d.d);
    let (iso_y, iso_w, _) = cal::iso_calendar(d.y, ord);
    let h12 = if t.h % 12 == 0 { 12 } else { t.h as i64 % 12 };
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let flag = match chars.peek() {
            Some(&fl @ ('-' | '_' | '0' | '^' | '#')) => {
                chars.next();
                Some(fl)
            }
            _ => None,
        };
        let Some(dir) = chars.next() else {
            out.push('%');
            if let Some(fl) = flag {
                out.push(fl);
            }
            break;
        };
        let upper = flag == Some('^');
        let text = |s: &str| {
            if upper {
                s.to_uppercase()
            } else {
                s.to_string()
            }
        };
        match dir {
            'a' => out.push_str(&text(&DAY_NAMES[wd as usize][..3])),
            'A' => out.push_str(&text(DAY_NAMES[wd as usize])),
            'b' | 'h' => out.push_str(&text(&MONTH_NAMES[d.m as usize - 1][..3])),
            'B' => out.push_str(&text(MONTH_NAMES[d.m as usize - 1])),
            'c' => out.push_str(&strftime(f, "%a %b %e %H:%M:%S %Y")),
            // glibc pads neither `%Y` nor `%C` for years before 1000.
            'C' if d.y < 1000 => out.push_str(&(d.y / 100).to_string()),
            'C' => num(&mut out, d.y / 100, 2, flag, false),
            'd' => num(&mut out, d.d as i64, 2, flag, false),
            'D' | 'x' => out.push_str(&strftime(f, "%m/%d/%y")),
            'e' => num(&mut out, d.d as i64, 2, flag, true),
            'f' => out.push_str(&format!("{:06}", t.us)),
            'F' => out.push_str(&strftime(f, "%Y-%m-%d")),
            'g' => num(&mut out, iso_y % 100, 2, flag, false),
            'G' => out.push_str(&iso_y.to_string()),
            'H' => num(&mut out, t.h as i64, 2, flag, false),
            'I' => num(&mut out, h12, 2, flag, false),
            'j' => num(&mut out, yday, 3, flag, false),
            'k' => num(&mut out, t.h as i64, 2, flag, true),
            'l' => num(&mut out, h12, 2, flag, true),
            'm' => num(&mut out, d.m as i64, 2, flag, false),
            'M' => num(&mut out, t.mi as i64, 2, flag, false),
            'n' => out.push('\n'),
            'p' => out.push_str(if t.h < 12 { "AM" } else { "PM" }),
            'P' => out.push_str(if t.h < 12 { "am" } else { "pm" }),
            'r' => out.push_str(&strftime(f, "%I:%M:%S %p")),
            'R' => out.push_str(&strftime(f, "%H:%M")),
            's' => {
                let us = super::value::dt_us(d, t) - EPOCH_US;
                out.push_str(&us.div_euclid(1_000_000).to_string());
            }
            'S' => num(&mut out, t.s as i64, 2, flag, false),
            't' => out.push('\t'),
            'T' | 'X' => out.push_str(&strftime(f, "%H:%M:%S")),
            'u' => out.push_str(&(wd + 1).to_string()),
            'U' => num(&mut out, (yday - 1 + 7 - sunday_wd) / 7, 2, flag, false),
            'V' => num(&mut out, iso_w, 2, flag, false),
            'w' => out.push_str(&sunday_wd.to_string()),
            'W' => num(&mut out, (yday - 1 + 7 - wd) / 7, 2, flag, false),
            'y' => num(&mut out, d.y % 100, 2, flag, false),
            'Y' => match flag {
                Some('0') | Some('_') => num(&mut out, d.y, 4, flag, false),
                _ => out.push_str(&d.y.to_string()),
            },
            'z' => {
                if let Some(off) = f.off {
                    out.push_str(&offset_text(off, ""));
                }
            }
            'Z' => out.push_str(&f.zone),
            '%' => out.push('%'),
            other => {
                // glibc leaves unknown directives as they are.
                out.push('%');
                if let Some(fl) = flag {
                    out.push(fl);
                }
                out.push(other);
            }
        }
    }
    out
}

/// `format(v, spec)` for a datetime-module value: `strftime(spec)` for dates and times,
/// `str(v)` for an empty spec.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    vm.charge(spec.len() as u64 / 64)?;
    let Some(d) = super::get(vm, v) else {
        return Err(type_error("not a datetime value"));
    };
    if spec.is_empty() {
        return Ok(str_of(d));
    }
    match Fields::of(d) {
        Some(f) => Ok(strftime(&f, spec)),
        None => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(v)
        ))),
    }
}
