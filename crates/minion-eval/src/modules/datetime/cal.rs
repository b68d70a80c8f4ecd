//! Proleptic Gregorian calendar maths, as CPython's `_datetimemodule.c` does it:
//! ordinals count days from 0001-01-01 (ordinal 1).

/// Days in each month of a non-leap year.
const DAYS_IN_MONTH: [u32; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/// Days before each month of a non-leap year.
const DAYS_BEFORE_MONTH: [u32; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// The largest ordinal (9999-12-31).
pub const MAX_ORDINAL: i64 = 3_652_059;

/// Whether `y` is a leap year.
pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` (1..=12) of year `y`.
pub fn days_in_month(y: i64, m: u32) -> u32 {
    if m == 2 && is_leap(y) {
        29
    } else {
        DAYS_IN_MONTH[m as usize]
    }
}

fn days_before_year(y: i64) -> i64 {
    let y = y - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

fn days_before_month(y: i64, m: u32) -> i64 {
    DAYS_BEFORE_MONTH[m as usize] as i64 + (m > 2 && is_leap(y)) as i64
}

/// The ordinal of `y-m-d`.
pub fn ymd_to_ord(y: i64, m: u32, d: u32) -> i64 {
    days_before_year(y) + days_before_month(y, m) + d as i64
}

/// The date of ordinal `n` (CPython's `ord_to_ymd`; `n >= 1`).
pub fn ord_to_ymd(n: i64) -> (i64, u32, u32) {
    let n = n - 1;
    let (n400, n) = (n.div_euclid(146_097), n.rem_euclid(146_097));
    let mut year = n400 * 400 + 1;
    let (n100, n) = (n / 36_524, n % 36_524);
    let (n4, n) = (n / 1_461, n % 1_461);
    let (n1, n) = (n / 365, n % 365);
    year += n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let leap = n1 == 3 && (n4 != 24 || n100 == 3);
    let mut month = ((n + 50) >> 5) as u32;
    let mut before = DAYS_BEFORE_MONTH[month as usize] as i64 + (month > 2 && leap) as i64;
    if before > n {
        month -= 1;
        before -= DAYS_IN_MONTH[month as usize] as i64 + (month == 2 && leap) as i64;
    }
    (year, month, (n - before + 1) as u32)
}

/// Day of the week, Monday 0 .. Sunday 6.
pub fn weekday(ord: i64) -> u32 {
    (ord + 6).rem_euclid(7) as u32
}

/// Ordinal of the Monday of ISO week 1 of `year`.
fn iso_week1_monday(year: i64) -> i64 {
    let first = ymd_to_ord(year, 1, 1);
    let wd = (first + 6).rem_euclid(7);
    let monday = first - wd;
    if wd > 3 {
        monday + 7
    } else {
        monday
    }
}

/// ISO year, week and weekday (1..=7) of ordinal `ord` in year `y`.
pub fn iso_calendar(y: i64, ord: i64) -> (i64, i64, i64) {
    let mut year = y;
    let mut week1 = iso_week1_monday(year);
    let mut week = (ord - week1).div_euclid(7);
    if week < 0 {
        year -= 1;
        week1 = iso_week1_monday(year);
        week = (ord - week1).div_euclid(7);
    } else if week >= 52 && ord >= iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    (year, week + 1, weekday(ord) as i64 + 1)
}

/// The ordinal of ISO `year`, `week`, `day` (week and day already range-checked).
pub fn iso_to_ord(year: i64, week: i64, day: i64) -> i64 {
    iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
}

/// Whether ISO `year` has a week 53.
pub fn has_week53(year: i64) -> bool {
    let first = weekday(ymd_to_ord(year, 1, 1));
    first == 3 || (first == 2 && is_leap(year))
}

/// Whether `week` is an ISO week of `year`.
pub fn week_ok(year: i64, week: i64) -> bool {
    (1..=52).contains(&week) || (week == 53 && has_week53(year))
}

/// Day of the year, 1-based.
pub fn day_of_year(y: i64, m: u32, d: u32) -> i64 {
    days_before_month(y, m) + d as i64
}

/// Abbreviated and full English day names, Monday first.
pub const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
