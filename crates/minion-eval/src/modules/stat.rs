//! The `stat` module: the file-type and permission constants (CPython's values on
//! Linux) and the pure functions on mode ints: `S_ISDIR` and the other type
//! predicates, `S_IMODE`, `S_IFMT` and `filemode`. Nothing here reads the host.

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{overflow_error, type_error, PyResult, Raise};
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

const S_IFMT: u32 = 0o170000;
const S_IFSOCK: u32 = 0o140000;
const S_IFLNK: u32 = 0o120000;
const S_IFREG: u32 = 0o100000;
const S_IFBLK: u32 = 0o060000;
const S_IFDIR: u32 = 0o040000;
const S_IFCHR: u32 = 0o020000;
const S_IFIFO: u32 = 0o010000;

/// The module's integer constants.
pub fn constants() -> Vec<(&'static str, Value)> {
    let ints: &[(&str, i64)] = &[
        ("ST_MODE", 0),
        ("ST_INO", 1),
        ("ST_DEV", 2),
        ("ST_NLINK", 3),
        ("ST_UID", 4),
        ("ST_GID", 5),
        ("ST_SIZE", 6),
        ("ST_ATIME", 7),
        ("ST_MTIME", 8),
        ("ST_CTIME", 9),
        ("S_IFDIR", S_IFDIR as i64),
        ("S_IFCHR", S_IFCHR as i64),
        ("S_IFBLK", S_IFBLK as i64),
        ("S_IFREG", S_IFREG as i64),
        ("S_IFIFO", S_IFIFO as i64),
        ("S_IFLNK", S_IFLNK as i64),
        ("S_IFSOCK", S_IFSOCK as i64),
        ("S_IFDOOR", 0),
        ("S_IFPORT", 0),
        ("S_IFWHT", 0),
        ("S_ISUID", 0o4000),
        ("S_ISGID", 0o2000),
        ("S_ENFMT", 0o2000),
        ("S_ISVTX", 0o1000),
        ("S_IREAD", 0o400),
        ("S_IWRITE", 0o200),
        ("S_IEXEC", 0o100),
        ("S_IRWXU", 0o700),
        ("S_IRUSR", 0o400),
        ("S_IWUSR", 0o200),
        ("S_IXUSR", 0o100),
        ("S_IRWXG", 0o070),
        ("S_IRGRP", 0o040),
        ("S_IWGRP", 0o020),
        ("S_IXGRP", 0o010),
        ("S_IRWXO", 0o007),
        ("S_IROTH", 0o004),
        ("S_IWOTH", 0o002),
        ("S_IXOTH", 0o001),
        ("UF_NODUMP", 0x1),
        ("UF_IMMUTABLE", 0x2),
        ("UF_APPEND", 0x4),
        ("UF_OPAQUE", 0x8),
        ("UF_NOUNLINK", 0x10),
        ("UF_COMPRESSED", 0x20),
        ("UF_HIDDEN", 0x8000),
        ("SF_ARCHIVED", 0x10000),
        ("SF_IMMUTABLE", 0x20000),
        ("SF_APPEND", 0x40000),
        ("SF_NOUNLINK", 0x100000),
        ("SF_SNAPSHOT", 0x200000),
    ];
    ints.iter().map(|(k, v)| (*k, Value::Int(*v))).collect()
}

/// A `mode_t` argument, with CPython's errors.
fn mode_arg(vm: &Vm, v: Value) -> PyResult<u32> {
    let i = match v {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Int(_)) => {
            let Obj::Int(b) = vm.heap.get(id) else {
                unreachable!()
            };
            if b.sign() == num_bigint::Sign::Minus {
                -1
            } else {
                i64::MAX
            }
        }
        _ => return Err(type_error("an integer is required")),
    };
    if i < 0 {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    u32::try_from(i).map_err(|_| overflow_error("mode out of range"))
}

/// The `ls -l` letter of the file type in `mode`.
fn type_char(mode: u32) -> char {
    match mode & S_IFMT {
        S_IFREG => '-',
        S_IFDIR => 'd',
        S_IFLNK => 'l',
        S_IFBLK => 'b',
        S_IFCHR => 'c',
        S_IFIFO => 'p',
        S_IFSOCK => 's',
        _ => '?',
    }
}

/// `filemode(mode)`: `'-rwxr-xr-x'`, as CPython's `_stat.filemode`.
fn filemode(mode: u32) -> String {
    let bit = |m: u32, c: char| if mode & m != 0 { c } else { '-' };
    let special = |special: u32, exec: u32, set: char, unset: char| match (
        mode & special != 0,
        mode & exec != 0,
    ) {
        (true, true) => set,
        (true, false) => unset,
        (false, true) => 'x',
        (false, false) => '-',
    };
    [
        type_char(mode),
        bit(0o400, 'r'),
        bit(0o200, 'w'),
        special(0o4000, 0o100, 's', 'S'),
        bit(0o040, 'r'),
        bit(0o020, 'w'),
        special(0o2000, 0o010, 's', 'S'),
        bit(0o004, 'r'),
        bit(0o002, 'w'),
        special(0o1000, 0o001, 't', 'T'),
    ]
    .iter()
    .collect()
}

/// Calls `stat.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    let a = ArgParser::new(f.name(), args).positional(1, 1)?;
    let mode = mode_arg(vm, a[0])?;
    let is = |t: u32| Ok(Value::Bool(mode & S_IFMT == t));
    match f {
        ModuleFn::StatSIsdir => is(S_IFDIR),
        ModuleFn::StatSIschr => is(S_IFCHR),
        ModuleFn::StatSIsblk => is(S_IFBLK),
        ModuleFn::StatSIsreg => is(S_IFREG),
        ModuleFn::StatSIsfifo => is(S_IFIFO),
        ModuleFn::StatSIslnk => is(S_IFLNK),
        ModuleFn::StatSIssock => is(S_IFSOCK),
        ModuleFn::StatSImode => Ok(Value::Int((mode & 0o7777) as i64)),
        ModuleFn::StatSIfmt => Ok(Value::Int((mode & S_IFMT) as i64)),
        ModuleFn::StatFilemode => Ok(vm.new_str(filemode(mode))),
        _ => Err(Raise::internal("not a stat function")),
    }
}
