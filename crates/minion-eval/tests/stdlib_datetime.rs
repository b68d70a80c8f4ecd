//! `datetime` (and the `struct_time` half of `time`): edge cases checked against what
//! CPython 3.11 printed. The sandbox has no local time zone, so local time is UTC.

mod common;
use common::ok;
use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};

#[test]
fn timedelta_float_arguments_round_half_even() {
    ok(
        "from datetime import timedelta as T\nprint(T(seconds=1.5), T(days=0.1), T(microseconds=0.5), T(microseconds=1.5), T(microseconds=2.5), T(microseconds=-0.5), T(microseconds=-1.5))\nprint(repr(T(minutes=-1.25)), repr(T(hours=1.5, microseconds=1)), repr(T(seconds=1, microseconds=0.5)), repr(T(seconds=0.0000015)))\nprint(repr(T(weeks=0.5)), repr(T(milliseconds=1.0005)), repr(T(days=1e-6)))\n",
        "0:00:01.500000 2:24:00 0:00:00 0:00:00.000002 0:00:00.000002 0:00:00 -1 day, 23:59:59.999998\ndatetime.timedelta(days=-1, seconds=86325) datetime.timedelta(seconds=5400, microseconds=1) datetime.timedelta(seconds=1) datetime.timedelta(microseconds=2)\ndatetime.timedelta(days=3, seconds=43200) datetime.timedelta(microseconds=1000) datetime.timedelta(microseconds=86400)\n",
    );
}

#[test]
fn timedelta_multiplication_and_division_are_exact() {
    ok(
        "from datetime import timedelta as T\nprint(repr(T(1) * 1.5), repr(T(seconds=1) * 0.1), repr(T(microseconds=3) * 0.5), repr(T(microseconds=5) * 0.5))\nprint(repr(T(1) / 3), repr(T(microseconds=5) / 2), repr(T(microseconds=7) / -2), repr(T(1) / 0.1), repr(T(hours=1) / 7.5))\nprint(repr(T(1) // 7), repr(T(microseconds=-7) // 2), T(hours=1) / T(minutes=7), T(hours=-1) // T(minutes=7), repr(T(hours=-1) % T(minutes=7)))\nprint(divmod(T(hours=-25), T(hours=7)), repr(T(1) * True), repr(False * T(1)))\n",
        "datetime.timedelta(days=1, seconds=43200) datetime.timedelta(microseconds=100000) datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=2)\ndatetime.timedelta(seconds=28800) datetime.timedelta(microseconds=2) datetime.timedelta(days=-1, seconds=86399, microseconds=999996) datetime.timedelta(days=10) datetime.timedelta(seconds=480)\ndatetime.timedelta(seconds=12342, microseconds=857142) datetime.timedelta(days=-1, seconds=86399, microseconds=999996) 8.571428571428571 -9 datetime.timedelta(seconds=180)\n(-4, datetime.timedelta(seconds=10800)) datetime.timedelta(days=1) datetime.timedelta(0)\n",
    );
}

#[test]
fn timedelta_reprs_and_strs() {
    ok(
        "from datetime import timedelta as T\nfor t in [T(0), T(1), T(-1), T(seconds=-1), T(days=2, hours=1), T(microseconds=-1), T(days=-2, seconds=5, microseconds=7), T.max, T.min, T(days=1, seconds=3600)]:\n    print(repr(t), \"|\", str(t), \"|\", t.days, t.seconds, t.microseconds, t.total_seconds())\n",
        "datetime.timedelta(0) | 0:00:00 | 0 0 0 0.0\ndatetime.timedelta(days=1) | 1 day, 0:00:00 | 1 0 0 86400.0\ndatetime.timedelta(days=-1) | -1 day, 0:00:00 | -1 0 0 -86400.0\ndatetime.timedelta(days=-1, seconds=86399) | -1 day, 23:59:59 | -1 86399 0 -1.0\ndatetime.timedelta(days=2, seconds=3600) | 2 days, 1:00:00 | 2 3600 0 176400.0\ndatetime.timedelta(days=-1, seconds=86399, microseconds=999999) | -1 day, 23:59:59.999999 | -1 86399 999999 -1e-06\ndatetime.timedelta(days=-2, seconds=5, microseconds=7) | -2 days, 0:00:05.000007 | -2 5 7 -172794.999993\ndatetime.timedelta(days=999999999, seconds=86399, microseconds=999999) | 999999999 days, 23:59:59.999999 | 999999999 86399 999999 86400000000000.0\ndatetime.timedelta(days=-999999999) | -999999999 days, 0:00:00 | -999999999 0 0 -86399999913600.0\ndatetime.timedelta(days=1, seconds=3600) | 1 day, 1:00:00 | 1 3600 0 90000.0\n",
    );
}

#[test]
fn timedelta_overflow_errors() {
    ok(
        "from datetime import timedelta as T\nfor f in [lambda: T(days=1000000000), lambda: T.max + T(microseconds=1), lambda: -T.min, lambda: T.max * 2, lambda: T(1) * 2.5e300, lambda: T(days=float('nan')), lambda: T(days=float('inf')), lambda: T(1) * float('nan'), lambda: abs(T.min)]:\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\n",
        "OverflowError days=1000000000; must have magnitude <= 999999999\nOverflowError days=1000000000; must have magnitude <= 999999999\ndatetime.timedelta(days=999999999)\nOverflowError days=1999999999; must have magnitude <= 999999999\nOverflowError Python int too large to convert to C int\nValueError cannot convert float NaN to integer\nOverflowError cannot convert float infinity to integer\nValueError cannot convert NaN to integer ratio\ndatetime.timedelta(days=999999999)\n",
    );
}

#[test]
fn timedelta_hash_and_truth() {
    ok(
        "from datetime import timedelta as T\nprint(len({T(1), T(hours=24), T(seconds=86400), T(0)}), bool(T(0)), bool(T(microseconds=-1)), not T(0))\nd = {T(minutes=1): \"a\"}\nprint(d[T(seconds=60)], T(1) in {T(days=1)}, hash(T(hours=1)) == hash(T(minutes=60)))\n",
        "2 False True True\na True True\n",
    );
}

#[test]
fn constructor_keywords_and_arity_errors() {
    ok(
        "from datetime import date, datetime, time, timedelta\ndef t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nt(lambda: date(year=2024, month=2, day=29))\nt(lambda: datetime(2024, 1, 2, minute=5, second=6, microsecond=7))\nt(lambda: time(hour=23, second=59))\nt(lambda: date(2024, 1, 1, foo=1))\nt(lambda: date(2024, 1, x=1))\nt(lambda: datetime(2024))\nt(lambda: datetime())\nt(lambda: time(1, 2, 3, 4, None, 5))\nt(lambda: datetime(2024, 1, 1, 1, 1, 1, 1, None, 1))\nt(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))\nt(lambda: timedelta(foo=1))\nt(lambda: date(2024, month=1, year=2023))\nt(lambda: time(fold=2))\nt(lambda: datetime(True, 1, 1))\n",
        "datetime.date(2024, 2, 29)\ndatetime.datetime(2024, 1, 2, 0, 5, 6, 7)\ndatetime.time(23, 0, 59)\nTypeError function takes at most 3 arguments (4 given)\nTypeError function missing required argument 'day' (pos 3)\nTypeError function missing required argument 'month' (pos 2)\nTypeError function missing required argument 'year' (pos 1)\nTypeError function takes at most 5 positional arguments (6 given)\nTypeError function takes at most 8 positional arguments (9 given)\nTypeError __new__() takes at most 7 arguments (8 given)\nTypeError 'foo' is an invalid keyword argument for __new__()\nTypeError function missing required argument 'day' (pos 3)\nValueError fold must be either 0 or 1\ndatetime.datetime(1, 1, 1, 0, 0)\n",
    );
}

#[test]
fn class_attributes_and_type_names() {
    ok(
        "import datetime as D\nfrom datetime import date, datetime, time, timedelta, timezone, tzinfo\nprint(D.MINYEAR, D.MAXYEAR, D.UTC, date.min, date.max, date.resolution, datetime.min, datetime.max, time.min, time.max)\nprint(date, datetime, time, timedelta, timezone, tzinfo, date.__name__, timedelta.__name__)\nprint(type(date(2024, 1, 1)), type(timezone.utc), isinstance(timezone.utc, tzinfo), isinstance(datetime(2024, 1, 1), date), issubclass(datetime, date))\nprint(type(date(2024, 1, 1).isocalendar()), datetime.now().tzinfo, type(datetime.now()), type(date.today()) is date)\nprint(datetime.now(timezone.utc).tzinfo is timezone.utc, datetime.utcnow().tzinfo, datetime.now(tz=timezone(timedelta(hours=1))).utcoffset())\n",
        "1 9999 UTC 0001-01-01 9999-12-31 1 day, 0:00:00 0001-01-01 00:00:00 9999-12-31 23:59:59.999999 00:00:00 23:59:59.999999\n<class 'datetime.date'> <class 'datetime.datetime'> <class 'datetime.time'> <class 'datetime.timedelta'> <class 'datetime.timezone'> <class 'datetime.tzinfo'> date timedelta\n<class 'datetime.date'> <class 'datetime.timezone'> True True True\n<class 'datetime.IsoCalendarDate'> None <class 'datetime.datetime'> True\nTrue None 1:00:00\n",
    );
}

#[test]
fn unbound_methods_through_the_type() {
    ok(
        "from datetime import date, datetime, timedelta\nprint(date.strftime(date(2024, 1, 5), \"%d\"), datetime.isoformat(datetime(2024, 1, 5)), date.weekday(datetime(2024, 1, 5)), timedelta.total_seconds(timedelta(1)))\ntry:\n    date.strftime(5, \"%d\")\nexcept TypeError as e:\n    print(e)\nprint(datetime.today().year >= 2024, date.today() <= datetime.now().date(), datetime.fromordinal(738890))\n",
        "05 2024-01-05T00:00:00 4 86400.0\ndescriptor 'strftime' for 'datetime.date' objects doesn't apply to a 'int' object\nTrue True 2024-01-05 00:00:00\n",
    );
}

#[test]
fn strptime_backtracks_like_the_regex() {
    ok(
        "from datetime import datetime as D\nprint(D.strptime(\"112\", \"%d%m\"), D.strptime(\"1112024\", \"%m%d%Y\"), D.strptime(\"2024123\", \"%Y%m%d\"))\nprint(D.strptime(\" 5\", \"%d\"), D.strptime(\"5 jan 2024 3pm\", \"%d %b %Y %I%p\"), D.strptime(\"JANUARY   5\", \"%B %d\"))\nprint(D.strptime(\"12\", \"%I\"), D.strptime(\"12 AM\", \"%I %p\"), D.strptime(\"12 pm\", \"%I %p\"), D.strptime(\"100\", \"%j\"), D.strptime(\"2024 366\", \"%Y %j\"))\nprint(D.strptime(\"69\", \"%y\"), D.strptime(\"68\", \"%y\"), D.strptime(\"1 2024\", \"%U %Y\"), D.strptime(\"Mon 1 2024\", \"%a %U %Y\"), D.strptime(\"Sun 0 2023\", \"%a %W %Y\"))\nprint(D.strptime(\"Fri Jan  5 10:30:00 2024\", \"%c\"), D.strptime(\"01/05/24\", \"%x\"), D.strptime(\"10:30:00\", \"%X\"))\nprint(repr(D.strptime(\"+0230\", \"%z\")), repr(D.strptime(\"-02:30:15.5\", \"%z\")), repr(D.strptime(\"Z\", \"%z\")), repr(D.strptime(\"UTC\", \"%Z\")))\nprint(repr(D.strptime(\"+0100 UTC\", \"%z %Z\")), D.strptime(\"2024-02-29\", \"%Y-%m-%d\"), D.strptime(\"7\", \"%f\").microsecond)\n",
        "1900-02-11 00:00:00 2024-11-01 00:00:00 2024-12-03 00:00:00\n1900-01-05 00:00:00 2024-01-05 15:00:00 1900-01-05 00:00:00\n1900-01-01 00:00:00 1900-01-01 00:00:00 1900-01-01 12:00:00 1900-04-10 00:00:00 2024-12-31 00:00:00\n1969-01-01 00:00:00 2068-01-01 00:00:00 2024-01-01 00:00:00 2024-01-08 00:00:00 2023-01-01 00:00:00\n2024-01-05 10:30:00 2024-01-05 00:00:00 1900-01-01 10:30:00\ndatetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=9000))) datetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=77384, microseconds=500000))) datetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) datetime.datetime(1900, 1, 1, 0, 0)\ndatetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600), 'UTC')) 2024-02-29 00:00:00 700000\n",
    );
}

#[test]
fn strptime_errors() {
    ok(
        "from datetime import datetime as D\nfor s, f in [(\"  5\", \"%d\"), (\"+02:3015\", \"%z\"), (\"2024\", \"%G\"), (\"1 2024\", \"%V %Y\"), (\"x\", \"%-d\"), (\"x\", \"%e\"), (\"2024-01-01x\", \"%Y-%m-%d\"), (\"29 Feb\", \"%d %b\"), (\"\", \"%Y\"), (\"13\", \"%I\"), (\"abc\", \"abd\")]:\n    try:\n        print(repr(D.strptime(s, f)))\n    except ValueError as e:\n        print(\"ValueError\", e)\n",
        "ValueError time data '  5' does not match format '%d'\nValueError Inconsistent use of : in +02:3015\nValueError ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').\nValueError ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').\nValueError '-' is a bad directive in format '%-d'\nValueError 'e' is a bad directive in format '%e'\nValueError unconverted data remains: x\nValueError day is out of range for month\nValueError time data '' does not match format '%Y'\nValueError unconverted data remains: 3\nValueError time data 'abc' does not match format 'abd'\n",
    );
}

#[test]
fn strftime_glibc_directives() {
    ok(
        "from datetime import datetime, date, time\nd = datetime(2024, 1, 5, 10, 30, 5, 123)\nprint(d.strftime(\"%c|%x|%X|%-d|%e|%Q|%j|%U|%W|%u|%w|%V|%G|%g|%D|%F|%T|%R|%r|%h|%k|%l|%s|%Z|%z|%P|%C|%n|%t|%%\"))\nprint(d.strftime(\"%_d|%0e|%-j|%^a|%-I|%-M|%-S|%y\"), date(1, 1, 1).strftime(\"%Y %y %C %G\"), time(0).strftime(\"%I %p %H\"), time(12).strftime(\"%I %p\"))\nprint(date(2021, 1, 3).strftime(\"%U %W %V %G %a\"), date(2020, 12, 31).strftime(\"%U %W %V %G\"), d.strftime(\"%\"), d.strftime(\"%-\"))\n",
        "Fri Jan  5 10:30:05 2024|01/05/24|10:30:05|5| 5|%Q|005|00|01|5|5|01|2024|24|01/05/24|2024-01-05|10:30:05|10:30|10:30:05 AM|Jan|10|10|1704450605|||am|20|\n|\t|%\n 5|05|5|FRI|10|30|5|24 1 01 0 1 12 AM 00 12 PM\n01 00 53 2020 Sun 52 52 53 2020 % %-\n",
    );
}

#[test]
fn isocalendar_is_tuple_like() {
    ok(
        "from datetime import date\nc = date(2024, 12, 30).isocalendar()\nprint(c, repr(c), str(c), c[0], c[-1], c[:2], len(c), list(c), tuple(c), c == (2025, 1, 1), c != (2025, 1, 2))\ny, w, d = c\nprint(y, w, d, c.year, c.week, c.weekday, hash(c) == hash((2025, 1, 1)), sorted([date(2024, 1, 8).isocalendar(), c, date(2024, 1, 1).isocalendar()]))\n",
        "datetime.IsoCalendarDate(year=2025, week=1, weekday=1) datetime.IsoCalendarDate(year=2025, week=1, weekday=1) datetime.IsoCalendarDate(year=2025, week=1, weekday=1) 2025 1 (2025, 1) 3 [2025, 1, 1] (2025, 1, 1) True True\n2025 1 1 2025 1 1 True [datetime.IsoCalendarDate(year=2024, week=1, weekday=1), datetime.IsoCalendarDate(year=2024, week=2, weekday=1), datetime.IsoCalendarDate(year=2025, week=1, weekday=1)]\n",
    );
}

#[test]
fn aware_equality_and_hashing() {
    ok(
        "from datetime import datetime, time, timezone, timedelta\na = datetime(2024, 1, 5, 12, tzinfo=timezone.utc)\nb = datetime(2024, 1, 5, 14, tzinfo=timezone(timedelta(hours=2)))\nprint(a == b, hash(a) == hash(b), len({a, b}), a <= b, a - b, b.astimezone(timezone.utc) is not None)\nprint(datetime(2024, 1, 5) == a, time(12, tzinfo=timezone.utc) == time(14, tzinfo=timezone(timedelta(hours=2))), time(1) == time(1, tzinfo=timezone.utc))\nprint(timezone(timedelta(hours=1), \"A\") == timezone(timedelta(hours=1), \"B\"), hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), \"X\")))\n",
        "True True 1 True 0:00:00 True\nFalse True False\nTrue True\n",
    );
}

#[test]
fn time_module_struct_time() {
    ok(
        "import time\ng = time.gmtime(1704450600.9)\nprint(g, g.tm_zone if False else \"\", g.tm_gmtoff, time.localtime(0), time.gmtime(-1))\nprint(time.strftime(\"%Y-%m-%dT%H:%M:%S\", g), time.mktime(g), time.asctime(g), time.ctime(0), time.timezone, time.daylight)\nprint(time.strptime(\"2024\", \"%Y\"), time.strptime(\"Fri Jan  5 10:30:00 2024\"))\nfor bad in [lambda: time.strftime(\"%Y\", (1, 2)), lambda: time.strftime(\"%Y\", 5), lambda: time.gmtime(\"x\"), lambda: time.strftime(5)]:\n    try:\n        bad()\n    except TypeError as e:\n        print(\"TypeError\", e)\n",
        "time.struct_time(tm_year=2024, tm_mon=1, tm_mday=5, tm_hour=10, tm_min=30, tm_sec=0, tm_wday=4, tm_yday=5, tm_isdst=0)  0 time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=59, tm_wday=2, tm_yday=365, tm_isdst=0)\n2024-01-05T10:30:00 1704450600.0 Fri Jan  5 10:30:00 2024 Thu Jan  1 00:00:00 1970 0 0\ntime.struct_time(tm_year=2024, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=-1) time.struct_time(tm_year=2024, tm_mon=1, tm_mday=5, tm_hour=10, tm_min=30, tm_sec=0, tm_wday=4, tm_yday=5, tm_isdst=-1)\nTypeError strftime(): illegal time tuple argument\nTypeError Tuple or struct_time argument required\nTypeError 'str' object cannot be interpreted as an integer\nTypeError strftime() argument 1 must be str, not int\n",
    );
}

#[test]
fn datetime_timestamps_round_trip() {
    ok(
        "from datetime import datetime, timezone, timedelta\nfor ts in [0, 1.5, -1.5, 1e9 + 0.0000005, 1e9 + 0.0000015, 2**31, -2**31, 253402300799]:\n    d = datetime.fromtimestamp(ts, timezone.utc)\n    print(ts, repr(d), d.timestamp())\nprint(datetime(2024, 1, 5).timestamp(), datetime.utcfromtimestamp(1704412800), datetime.fromtimestamp(1704412800))\n",
        "0 datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) 0.0\n1.5 datetime.datetime(1970, 1, 1, 0, 0, 1, 500000, tzinfo=datetime.timezone.utc) 1.5\n-1.5 datetime.datetime(1969, 12, 31, 23, 59, 58, 500000, tzinfo=datetime.timezone.utc) -1.5\n1000000000.0000005 datetime.datetime(2001, 9, 9, 1, 46, 40, tzinfo=datetime.timezone.utc) 1000000000.0\n1000000000.0000015 datetime.datetime(2001, 9, 9, 1, 46, 40, 2, tzinfo=datetime.timezone.utc) 1000000000.000002\n2147483648 datetime.datetime(2038, 1, 19, 3, 14, 8, tzinfo=datetime.timezone.utc) 2147483648.0\n-2147483648 datetime.datetime(1901, 12, 13, 20, 45, 52, tzinfo=datetime.timezone.utc) -2147483648.0\n253402300799 datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc) 253402300799.0\n1704412800.0 2024-01-05 00:00:00 2024-01-05 00:00:00\n",
    );
}

#[test]
fn strptime_long_inputs_stay_bounded() {
    // A run of format whitespace is one `\s+`; a long mismatch fails without
    // backtracking blow-up.
    ok(
        "from datetime import datetime\nprint(datetime.strptime(' ' * 3000 + '5', ' ' * 3000 + '%d'))\ntry:\n    datetime.strptime('a' * 5000, 'a' * 4999 + 'b')\nexcept ValueError as e:\n    print(str(e)[:20])\ntry:\n    datetime.strptime('1' * 40, '%m%d' * 20)\nexcept ValueError as e:\n    print(str(e)[:30])\n",
        "1900-01-05 00:00:00\ntime data 'aaaaaaaaa\nredefinition of group name 'm'\n",
    );
}

#[test]
fn strptime_backtracking_charges_operations() {
    // Many whitespace runs against a line of spaces: the memo keeps this polynomial,
    // and the work is charged, so a small operation budget stops it.
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_operations: 100,
        ..Default::default()
    });
    let r = ex.run("from datetime import datetime\ntry:\n    datetime.strptime(' ' * 20000 + 'x', ' %%' * 400 + ' y')\nexcept ValueError as e:\n    print('no match')\n");
    let e = r.expect_err("operations limit");
    assert_eq!(e.kind, ErrorKind::Limit);
    // Control: the same program minus the match fits the budget.
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_operations: 100,
        ..Default::default()
    });
    let control = "from datetime import datetime\ns = ' ' * 20000 + 'x'\nf = ' %%' * 400 + ' y'\n";
    assert!(ex.run(control).is_ok());
}

#[test]
fn strftime_output_is_memory_checked() {
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_memory: 1 << 20,
        ..Default::default()
    });
    let r = ex.run(
        "from datetime import date\nfmt = '%c' * 100000\ns = date(2024, 1, 1).strftime(fmt)\n",
    );
    let e = r.expect_err("memory limit");
    assert_eq!(e.kind, ErrorKind::Limit);
}

#[test]
fn aware_values_keep_their_timezone_alive_across_collections() {
    // The `timezone` objects are referenced only by the datetimes; allocating enough
    // to run the collector must not free them (and `tzinfo` stays the same object).
    ok(
        "from datetime import datetime, timezone, timedelta\nds = [datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=i % 5), 'Z%d' % i)) for i in range(3000)]\njunk = [[i] * 50 for i in range(3000)]\ndel junk\njunk = [str(i) * 20 for i in range(3000)]\nprint(ds[1234].tzinfo, ds[2999].tzname(), ds[7].tzinfo is ds[7].tzinfo, repr(ds[4].tzinfo))\n",
        "Z1234 Z2999 True datetime.timezone(datetime.timedelta(seconds=14400), 'Z4')\n",
    );
}
