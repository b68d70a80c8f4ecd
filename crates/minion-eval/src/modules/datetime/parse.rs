//! `strptime` (CPython's `_strptime`: each directive is the regex alternation CPython
//! builds, matched case-insensitively with backtracking, then converted with the same
//! rules) and `fromisoformat` (the ISO 8601 forms CPython 3.11 accepts).

use super::cal::{self, DAY_NAMES, MONTH_NAMES};
use super::value::{Date, DtObj, Time, Tz, US_PER_DAY};
use crate::error::{value_error, PyResult};
use crate::types::Ty;
use crate::vm::Vm;

/// One piece of a compiled `strptime` format.
#[derive(Clone, Copy, Debug)]
enum Tok {
    /// A literal character (matched case-insensitively).
    Lit(char),
    /// A run of format whitespace: `\s+`.
    Ws,
    /// A directive.
    Dir(char),
}

fn compile(fmt: &str, out: &mut Vec<Tok>, whole: &str) -> PyResult<()> {
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            out.push(Tok::Ws);
        } else if c == '%' {
            let Some(d) = chars.next() else {
                return Err(value_error(format!("stray % in format '{whole}'")));
            };
            match d {
                'c' => compile("%a %b %d %H:%M:%S %Y", out, whole)?,
                'x' => compile("%m/%d/%y", out, whole)?,
                'X' => compile("%H:%M:%S", out, whole)?,
                '%' => out.push(Tok::Lit('%')),
                'd' | 'f' | 'H' | 'I' | 'G' | 'y' | 'Y' | 'j' | 'm' | 'B' | 'b' | 'M' | 'S'
                | 'U' | 'W' | 'V' | 'A' | 'a' | 'w' | 'u' | 'p' | 'z' | 'Z' => {
                    out.push(Tok::Dir(d))
                }
                _ if d.is_whitespace() => {
                    return Err(value_error(format!(
                        "'%' is a bad directive in format '{whole}'"
                    )))
                }
                _ => {
                    return Err(value_error(format!(
                        "'{d}' is a bad directive in format '{whole}'"
                    )))
                }
            }
        } else {
            out.push(Tok::Lit(c));
        }
    }
    Ok(())
}

/// Lengths of the alternatives of a fixed-width pattern list that match at `s`, in
/// the order the regex tries them. Each pattern is a list of character ranges.
fn alts(s: &[char], pats: &[&[(char, char)]]) -> Vec<usize> {
    let mut out = Vec::new();
    for p in pats {
        if p.len() <= s.len()
            && p.iter().zip(s).all(|((lo, hi), c)| lo <= c && c <= hi)
            && !out.contains(&p.len())
        {
            out.push(p.len());
        }
    }
    out
}

const D: (char, char) = ('0', '9');
const fn r(lo: char, hi: char) -> (char, char) {
    (lo, hi)
}
const fn c(x: char) -> (char, char) {
    (x, x)
}

/// Names that match at `s` (case-insensitively), longest first as CPython sorts them.
fn names(s: &[char], list: &[String]) -> Vec<usize> {
    let mut sorted: Vec<&String> = list.iter().collect();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let mut out = Vec::new();
    for n in sorted {
        let k = n.chars().count();
        if k <= s.len()
            && n.chars()
                .zip(s)
                .all(|(a, b)| b.to_lowercase().eq(a.to_lowercase()))
            && !out.contains(&k)
        {
            out.push(k);
        }
    }
    out
}

fn name_list(dir: char) -> Vec<String> {
    match dir {
        'B' => MONTH_NAMES.iter().map(|s| s.to_string()).collect(),
        'b' => MONTH_NAMES.iter().map(|s| s[..3].to_string()).collect(),
        'A' => DAY_NAMES.iter().map(|s| s.to_string()).collect(),
        'a' => DAY_NAMES.iter().map(|s| s[..3].to_string()).collect(),
        'p' => vec!["am".into(), "pm".into()],
        _ => vec!["utc".into(), "gmt".into()],
    }
}

/// `%z`: `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z`, greedy.
fn z_alts(s: &[char]) -> Vec<usize> {
    if s.first() == Some(&'Z') {
        return vec![1];
    }
    let digit = |i: usize| s.get(i).is_some_and(|c| c.is_ascii_digit());
    let d05 = |i: usize| s.get(i).is_some_and(|c| ('0'..='5').contains(c));
    if !matches!(s.first(), Some('+' | '-')) || !digit(1) || !digit(2) {
        return vec![];
    }
    let mut out = Vec::new();
    for colon in [true, false] {
        let mut i = 3;
        if colon {
            if s.get(3) != Some(&':') {
                continue;
            }
            i = 4;
        }
        if !(d05(i) && digit(i + 1)) {
            continue;
        }
        let base = i + 2;
        for colon2 in [true, false] {
            let mut j = base;
            if colon2 {
                if s.get(j) != Some(&':') {
                    continue;
                }
                j += 1;
            }
            if d05(j) && digit(j + 1) {
                let sec = j + 2;
                if s.get(sec) == Some(&'.') {
                    let n = (0..6).take_while(|k| digit(sec + 1 + k)).count();
                    for k in (1..=n).rev() {
                        out.push(sec + 1 + k);
                    }
                }
                out.push(sec);
            }
        }
        out.push(base);
    }
    out
}

fn candidates(tok: Tok, s: &[char]) -> Vec<usize> {
    let digits = |n: usize| s.len() >= n && s[..n].iter().all(|c| c.is_ascii_digit());
    match tok {
        Tok::Lit(l) => match s.first() {
            Some(x) if x.to_lowercase().eq(l.to_lowercase()) => vec![1],
            _ => vec![],
        },
        Tok::Ws => {
            let n = s.iter().take_while(|c| c.is_whitespace()).count();
            (1..=n).rev().collect()
        }
        Tok::Dir(d) => match d {
            'd' => alts(
                s,
                &[
                    &[c('3'), r('0', '1')],
                    &[r('1', '2'), D],
                    &[c('0'), r('1', '9')],
                    &[r('1', '9')],
                    &[c(' '), r('1', '9')],
                ],
            ),
            'm' => alts(
                s,
                &[
                    &[c('1'), r('0', '2')],
                    &[c('0'), r('1', '9')],
                    &[r('1', '9')],
                ],
            ),
            'H' => alts(s, &[&[c('2'), r('0', '3')], &[r('0', '1'), D], &[D]]),
            'I' => alts(
                s,
                &[
                    &[c('1'), r('0', '2')],
                    &[c('0'), r('1', '9')],
                    &[r('1', '9')],
                ],
            ),
            'M' => alts(s, &[&[r('0', '5'), D], &[D]]),
            'S' => alts(s, &[&[c('6'), r('0', '1')], &[r('0', '5'), D], &[D]]),
            'f' => (1..=6).rev().filter(|n| digits(*n)).collect(),
            'y' => alts(s, &[&[D, D]]),
            'Y' | 'G' => alts(s, &[&[D, D, D, D]]),
            'j' => alts(
                s,
                &[
                    &[c('3'), c('6'), r('0', '6')],
                    &[c('3'), r('0', '5'), D],
                    &[r('1', '2'), D, D],
                    &[c('0'), r('1', '9'), D],
                    &[c('0'), c('0'), r('1', '9')],
                    &[r('1', '9'), D],
                    &[c('0'), r('1', '9')],
                    &[r('1', '9')],
                ],
            ),
            'U' | 'W' => alts(s, &[&[c('5'), r('0', '3')], &[r('0', '4'), D], &[D]]),
            'V' => alts(
                s,
                &[
                    &[c('5'), r('0', '3')],
                    &[c('0'), r('1', '9')],
                    &[r('1', '4'), D],
                    &[D],
                ],
            ),
            'w' => alts(s, &[&[r('0', '6')]]),
            'u' => alts(s, &[&[r('1', '7')]]),
            'z' => z_alts(s),
            other => names(s, &name_list(other)),
        },
    }
}

/// What `strptime` found, converted as `_strptime` does.
#[derive(Debug)]
pub struct Parsed {
    /// Year, month, day (not yet range-checked against the month length).
    pub date: (i64, i64, i64),
    /// Hour, minute, second, microsecond.
    pub time: (i64, i64, i64, i64),
    /// The zone from `%z` (named by `%Z` when both are given).
    pub tz: Option<Tz>,
    /// Weekday (Monday 0) and day of the year, for `time.strptime`.
    pub wday_yday: (i64, i64),
}

/// Matches `data` against `fmt` and converts the fields (CPython's `_strptime`).
pub(crate) fn strptime_fields(vm: &mut Vm, data: &str, fmt: &str) -> PyResult<Parsed> {
    let mut toks = Vec::new();
    compile(fmt, &mut toks, fmt)?;
    for (i, t) in toks.iter().enumerate() {
        if let Tok::Dir(d) = t {
            if toks[..i].iter().any(|u| matches!(u, Tok::Dir(e) if e == d)) {
                // CPython's regex refuses a group name twice (an `re.error`).
                return Err(value_error(format!(
                    "redefinition of group name '{d}': a directive may appear only once in a strptime format"
                )));
            }
        }
    }
    let s: Vec<char> = data.chars().collect();
    let states = (toks.len() + 1).saturating_mul(s.len() + 1);
    vm.check_alloc(states / 8)?;
    let mut failed = vec![0u64; states / 64 + 1];
    let idx = |ti: usize, pos: usize| ti * (s.len() + 1) + pos;
    // Explicit backtracking stack: (token, position, candidates, next candidate).
    let mut stack: Vec<(usize, usize, Vec<usize>, usize)> =
        vec![(0, 0, toks.first().map_or(vec![], |t| candidates(*t, &s)), 0)];
    let mut steps: u64 = 0;
    let end = loop {
        steps += 1;
        if steps.is_multiple_of(256) {
            vm.charge(1)?;
        }
        let Some(top) = stack.last_mut() else {
            return Err(value_error(format!(
                "time data {} does not match format {}",
                minion_tool::repr_str(data),
                minion_tool::repr_str(fmt)
            )));
        };
        let (ti, pos) = (top.0, top.1);
        if ti == toks.len() {
            break pos;
        }
        if top.3 >= top.2.len() {
            let i = idx(ti, pos);
            failed[i / 64] |= 1 << (i % 64);
            stack.pop();
            continue;
        }
        let npos = pos + top.2[top.3];
        top.3 += 1;
        let i = idx(ti + 1, npos);
        if failed[i / 64] & (1 << (i % 64)) != 0 {
            continue;
        }
        let next = toks
            .get(ti + 1)
            .map_or(vec![], |t| candidates(*t, &s[npos..]));
        stack.push((ti + 1, npos, next, 0));
    };
    if end < s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(value_error(format!("unconverted data remains: {rest}")));
    }
    let mut found: Vec<(char, String)> = Vec::new();
    for (ti, pos, cands, next) in &stack {
        if let Some(Tok::Dir(d)) = toks.get(*ti) {
            let len = cands[next - 1];
            found.push((*d, s[*pos..pos + len].iter().collect()));
        }
    }
    convert(&found)
}

fn convert(found: &[(char, String)]) -> PyResult<Parsed> {
    let get = |d: char| {
        found
            .iter()
            .rev()
            .find(|(k, _)| *k == d)
            .map(|(_, v)| v.as_str())
    };
    let int = |v: &str| v.trim().parse::<i64>().unwrap_or(0);
    let index_of = |dir: char, v: &str| {
        name_list(dir)
            .iter()
            .position(|n| n.to_lowercase() == v.to_lowercase())
            .unwrap_or(0) as i64
    };
    let (mut year, mut month, mut day) = (None, 1, 1);
    let (mut hour, mut minute, mut second, mut fraction) = (0, 0, 0, 0);
    let (mut iso_year, mut iso_week, mut weekday, mut julian) = (None, None, None, None);
    let (mut week_of_year, mut week_starts_mon) = (-1, false);
    let mut gmtoff: Option<i64> = None;
    for (k, v) in found {
        match k {
            'y' => {
                let y = int(v);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(int(v)),
            'G' => iso_year = Some(int(v)),
            'm' => month = int(v),
            'B' | 'b' => month = index_of(*k, v) + 1,
            'd' => day = int(v),
            'H' => hour = int(v),
            'I' => {
                hour = int(v);
                let ampm = get('p').unwrap_or("").to_lowercase();
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = int(v),
            'S' => second = int(v),
            'f' => fraction = int(&format!("{v:0<6}")),
            'A' | 'a' => weekday = Some(index_of(*k, v)),
            'w' => weekday = Some((int(v) + 6) % 7),
            'u' => weekday = Some(int(v) - 1),
            'j' => julian = Some(int(v)),
            'U' | 'W' => {
                week_of_year = int(v);
                week_starts_mon = *k == 'W';
            }
            'V' => iso_week = Some(int(v)),
            'z' => gmtoff = Some(parse_z(v)?),
            _ => {}
        }
    }
    let weekday_dirs = "a weekday directive ('%A', '%a', '%w', or '%u').";
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(value_error(format!("ISO year directive '%G' must be used with the ISO week directive '%V' and {weekday_dirs}")));
        }
        if julian.is_some() {
            return Err(value_error("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead."));
        }
    } else if iso_week.is_some() {
        if year.is_none() || weekday.is_none() {
            return Err(value_error(format!("ISO week directive '%V' must be used with the ISO year directive '%G' and {weekday_dirs}")));
        }
        return Err(value_error("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."));
    }
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if julian.is_none() {
        if let Some(wd) = weekday {
            if week_of_year != -1 {
                julian = Some(julian_from_week(year, week_of_year, wd, week_starts_mon));
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                if !(1..=9999).contains(&iy) || !(1..=53).contains(&iw) {
                    return Err(value_error(format!("Invalid week: {iw}")));
                }
                let d = Date::from_ord(cal::iso_to_ord(iy, iw, wd + 1))?;
                (year, month, day) = (d.y, d.m as i64, d.d as i64);
                julian = Some(cal::day_of_year(d.y, d.m, d.d));
            }
            if let Some(j) = julian.filter(|j| *j <= 0) {
                year -= 1;
                julian = Some(j + if cal::is_leap(year) { 366 } else { 365 });
            }
        }
    }
    let date = match julian {
        None => {
            let d = Date::new(year, month, day)?;
            julian = Some(cal::day_of_year(d.y, d.m, d.d));
            d
        }
        Some(j) => Date::from_ord(j - 1 + cal::ymd_to_ord(year, 1, 1))
            .map_err(|_| value_error(format!("year {year} is out of range")))?,
    };
    let wd = weekday.unwrap_or(cal::weekday(date.ord()) as i64);
    let y = if leap_year_fix { 1900 } else { date.y };
    let tz = match gmtoff {
        None => None,
        Some(off) => {
            if off.abs() as i128 >= US_PER_DAY {
                let r = super::format::repr(&DtObj::Delta(off as i128));
                return Err(value_error(format!("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {r}.")));
            }
            Some(Tz::new(off, get('Z').map(Box::from)))
        }
    };
    Ok(Parsed {
        date: (y, date.m as i64, date.d as i64),
        time: (hour, minute, second, fraction),
        tz,
        wday_yday: (wd, julian.unwrap_or(1)),
    })
}

/// `_calc_julian_from_U_or_W`.
fn julian_from_week(year: i64, week: i64, mut wd: i64, starts_mon: bool) -> i64 {
    let mut first = cal::weekday(cal::ymd_to_ord(year, 1, 1)) as i64;
    if !starts_mon {
        first = (first + 1) % 7;
        wd = (wd + 1) % 7;
    }
    let week0 = (7 - first) % 7;
    if week == 0 {
        1 + wd - first
    } else {
        1 + week0 + 7 * (week - 1) + wd
    }
}

/// The `%z` text as a UTC offset in microseconds.
fn parse_z(z0: &str) -> PyResult<i64> {
    if z0 == "Z" {
        return Ok(0);
    }
    let mut z: Vec<char> = z0.chars().collect();
    if z.get(3) == Some(&':') {
        z.remove(3);
        if z.len() > 5 {
            if z[5] != ':' {
                return Err(value_error(format!("Inconsistent use of : in {z0}")));
            }
            z.remove(5);
        }
    }
    let num = |a: usize, b: usize| -> i64 {
        z.get(a..b.min(z.len()))
            .map(|p| p.iter().collect::<String>())
            .and_then(|p| p.parse().ok())
            .unwrap_or(0)
    };
    let secs = num(1, 3) * 3600 + num(3, 5) * 60 + num(5, 7);
    let frac: String = z.get(8..).map(|p| p.iter().collect()).unwrap_or_default();
    let frac: i64 = format!("{frac:0<6}").parse().unwrap_or(0);
    let off = secs * 1_000_000 + frac;
    Ok(if z[0] == '-' { -off } else { off })
}

/// Parses fixed-width digits.
fn digits(s: &[u8], at: usize, n: usize) -> Option<i64> {
    let p = s.get(at..at + n)?;
    if !p.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(p.iter().fold(0, |a, d| a * 10 + (d - b'0') as i64))
}

/// The date part of an ISO string: the date, its length.
fn iso_date(s: &[u8]) -> Option<(Date, usize, PyResult<()>)> {
    let y = digits(s, 0, 4)?;
    let ext = s.get(4) == Some(&b'-');
    let i = if ext { 5 } else { 4 };
    if s.get(i) == Some(&b'W') {
        let w = digits(s, i + 1, 2)?;
        let mut len = i + 3;
        let mut wd = 1;
        let day_at = if ext { len + 1 } else { len };
        if (!ext || s.get(len) == Some(&b'-')) && s.get(day_at).is_some_and(u8::is_ascii_digit) {
            wd = digits(s, day_at, 1)?;
            len = day_at + 1;
        } else if ext && s.get(len) == Some(&b'-') {
            return None;
        }
        // An impossible week or weekday makes the whole string invalid.
        if !cal::week_ok(y, w) || !(1..=7).contains(&wd) {
            return None;
        }
        let d = Date::from_ord(cal::iso_to_ord(y, w, wd)).ok()?;
        return Some((d, len, Ok(())));
    }
    let m = digits(s, i, 2)?;
    let di = if ext { i + 3 } else { i + 2 };
    if ext && s.get(i + 2) != Some(&b'-') {
        return None;
    }
    let d = digits(s, di, 2)?;
    let check = Date::new(y, m, d);
    let (date, ok) = match check {
        Ok(date) => (date, Ok(())),
        Err(e) => (Date { y: 1, m: 1, d: 1 }, Err(e)),
    };
    Some((date, di + 2, ok))
}

/// The time part of an ISO string (after the separator).
fn iso_time(s: &[u8]) -> Option<PyResult<(Time, Option<Tz>)>> {
    let tz_at = s
        .iter()
        .position(|c| matches!(c, b'+' | b'-' | b'Z'))
        .unwrap_or(s.len());
    let (t, z) = s.split_at(tz_at);
    let h = digits(t, 0, 2)?;
    let mut fields = [h, 0, 0];
    let mut i = 2;
    let ext = t.get(2) == Some(&b':');
    for f in fields.iter_mut().skip(1) {
        if i >= t.len() || matches!(t[i], b'.' | b',') {
            break;
        }
        if ext {
            if t[i] != b':' {
                return None;
            }
            i += 1;
        }
        *f = digits(t, i, 2)?;
        i += 2;
    }
    let mut us = 0;
    if i < t.len() {
        if !matches!(t[i], b'.' | b',') || i != if ext { 8 } else { 6 } {
            return None;
        }
        let frac = &t[i + 1..];
        if frac.is_empty() || !frac.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let six: String = frac.iter().take(6).map(|c| *c as char).collect();
        us = format!("{six:0<6}").parse().ok()?;
    }
    let tz = if z.is_empty() {
        None
    } else if z == b"Z" {
        Some(Tz::UTC)
    } else {
        let sign = if z[0] == b'-' { -1 } else { 1 };
        let z = &z[1..];
        let zh = digits(z, 0, 2)?;
        let zext = z.get(2) == Some(&b':');
        let mut parts = [zh, 0, 0];
        let mut j = 2;
        for p in parts.iter_mut().skip(1) {
            if j >= z.len() || z[j] == b'.' {
                break;
            }
            if zext {
                if z[j] != b':' {
                    return None;
                }
                j += 1;
            }
            *p = digits(z, j, 2)?;
            j += 2;
        }
        let mut zus = 0;
        if j < z.len() {
            if z[j] != b'.' || j != if zext { 8 } else { 6 } {
                return None;
            }
            let frac = &z[j + 1..];
            if frac.len() != 6 || !frac.iter().all(u8::is_ascii_digit) {
                return None;
            }
            zus = digits(frac, 0, 6)?;
        }
        let off = sign * ((parts[0] * 3600 + parts[1] * 60 + parts[2]) * 1_000_000 + zus);
        if off.abs() as i128 >= US_PER_DAY {
            let r = super::format::repr(&DtObj::Delta(off as i128));
            return Some(Err(value_error(format!(
                "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {r}."
            ))));
        }
        Some(Tz::new(off, None))
    };
    Some(Time::new(fields[0], fields[1], fields[2], us).map(|t| (t, tz)))
}

/// `date/time/datetime.fromisoformat(s)`.
pub fn fromisoformat(ty: Ty, text: &str) -> PyResult<DtObj> {
    let bad = || {
        value_error(format!(
            "Invalid isoformat string: {}",
            minion_tool::repr_str(text)
        ))
    };
    let s = text.as_bytes();
    if !text.is_ascii() && ty != Ty::DateTime {
        return Err(bad());
    }
    match ty {
        Ty::Date => {
            let (d, len, ok) = iso_date(s).ok_or_else(bad)?;
            if len != s.len() {
                return Err(bad());
            }
            ok?;
            Ok(DtObj::Date(d))
        }
        Ty::Time => {
            let s = s.strip_prefix(b"T").unwrap_or(s);
            let (t, tz) = iso_time(s).ok_or_else(bad)??;
            Ok(DtObj::Time(t, tz))
        }
        _ => {
            let (d, len, ok) = iso_date(s).ok_or_else(bad)?;
            if len == s.len() {
                ok?;
                return Ok(DtObj::DateTime(d, Time::default(), None));
            }
            // One separator character (any), then the time.
            let rest = &text[len..];
            let mut cs = rest.chars();
            cs.next();
            let tail = cs.as_str().as_bytes();
            if tail.is_empty() || !tail.is_ascii() {
                return Err(bad());
            }
            let (t, tz) = iso_time(tail).ok_or_else(bad)??;
            ok?;
            Ok(DtObj::DateTime(d, t, tz))
        }
    }
}
