//! Well-known attribute and method names, interned first so that their `Sym` ids are
//! fixed: method dispatch on built-in types matches on [`Kn`] instead of comparing
//! strings (pydantic/monty interns the same way).

use crate::intern::{Interner, Sym};

macro_rules! known_names {
    ($($id:ident = $s:literal,)*) => {
        /// A well-known name; its discriminant is its `Sym` id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        #[repr(u32)]
        pub enum Kn { $($id,)* }

        /// The text of every [`Kn`], in discriminant order.
        pub const KNOWN: &[&str] = &[$($s,)*];
        const KN_ALL: &[Kn] = &[$(Kn::$id,)*];
    };
}

known_names! {
    Append = "append",
    Extend = "extend",
    Insert = "insert",
    Pop = "pop",
    Remove = "remove",
    Index = "index",
    Count = "count",
    Sort = "sort",
    Reverse = "reverse",
    Copy = "copy",
    Digest = "digest",
    Hexdigest = "hexdigest",
    Substitute = "substitute",
    SafeSubstitute = "safe_substitute",
    Clear = "clear",
    Get = "get",
    Setdefault = "setdefault",
    Popitem = "popitem",
    Update = "update",
    Items = "items",
    Keys = "keys",
    Values = "values",
    Fromkeys = "fromkeys",
    Add = "add",
    Discard = "discard",
    Union = "union",
    Intersection = "intersection",
    Difference = "difference",
    SymmetricDifference = "symmetric_difference",
    Issubset = "issubset",
    Issuperset = "issuperset",
    Isdisjoint = "isdisjoint",
    IntersectionUpdate = "intersection_update",
    DifferenceUpdate = "difference_update",
    SymmetricDifferenceUpdate = "symmetric_difference_update",
    Split = "split",
    Rsplit = "rsplit",
    Splitlines = "splitlines",
    Join = "join",
    Strip = "strip",
    Lstrip = "lstrip",
    Rstrip = "rstrip",
    Replace = "replace",
    Find = "find",
    Rfind = "rfind",
    Rindex = "rindex",
    Startswith = "startswith",
    Endswith = "endswith",
    Upper = "upper",
    Lower = "lower",
    Casefold = "casefold",
    Swapcase = "swapcase",
    Title = "title",
    Capitalize = "capitalize",
    Center = "center",
    Ljust = "ljust",
    Rjust = "rjust",
    Zfill = "zfill",
    Expandtabs = "expandtabs",
    Partition = "partition",
    Rpartition = "rpartition",
    Isalpha = "isalpha",
    Isdigit = "isdigit",
    Isdecimal = "isdecimal",
    Isnumeric = "isnumeric",
    Isalnum = "isalnum",
    Isspace = "isspace",
    Islower = "islower",
    Isupper = "isupper",
    Istitle = "istitle",
    Isidentifier = "isidentifier",
    Isprintable = "isprintable",
    Isascii = "isascii",
    Removeprefix = "removeprefix",
    Removesuffix = "removesuffix",
    Format = "format",
    FormatMap = "format_map",
    Encode = "encode",
    Decode = "decode",
    Hex = "hex",
    Fromhex = "fromhex",
    Maketrans = "maketrans",
    Translate = "translate",
    BitLength = "bit_length",
    BitCount = "bit_count",
    ToBytes = "to_bytes",
    FromBytes = "from_bytes",
    AsIntegerRatio = "as_integer_ratio",
    IsInteger = "is_integer",
    Conjugate = "conjugate",
    Real = "real",
    Imag = "imag",
    Numerator = "numerator",
    Denominator = "denominator",
    Args = "args",
    Start = "start",
    Stop = "stop",
    Step = "step",
    Send = "send",
    Throw = "throw",
    Close = "close",
    DunderName = "__name__",
    DunderQualname = "__qualname__",
    DunderDoc = "__doc__",
    DunderClass = "__class__",
    DunderModule = "__module__",
    DunderCause = "__cause__",
    DunderContext = "__context__",
    DunderSuppressContext = "__suppress_context__",
    DunderTraceback = "__traceback__",
    WithTraceback = "with_traceback",
    AddNote = "add_note",
    DunderNotes = "__notes__",
    Value = "value",
    Done = "done",
    Result = "result",
    Exception = "exception",
    Cancel = "cancel",
    Cancelled = "cancelled",
    GetName = "get_name",
    Acquire = "acquire",
    Release = "release",
    Locked = "locked",
    DunderAenter = "__aenter__",
    DunderAexit = "__aexit__",
    DunderAnext = "__anext__",
    DunderInit = "__init__",
    DunderSetattr = "__setattr__",
    DunderDelattr = "__delattr__",
    DunderRepr = "__repr__",
    DunderStr = "__str__",
    DunderEq = "__eq__",
    DunderNe = "__ne__",
    DunderHash = "__hash__",
    DunderFormat = "__format__",
    Mro = "mro",
    Setter = "setter",
    Getter = "getter",
    Deleter = "deleter",
    Aclose = "aclose",
    Search = "search",
    Match = "match",
    Fullmatch = "fullmatch",
    Findall = "findall",
    Finditer = "finditer",
    Sub = "sub",
    Subn = "subn",
    Group = "group",
    Groups = "groups",
    Groupdict = "groupdict",
    Span = "span",
    End = "end",
    Expand = "expand",
    Pattern = "pattern",
    Flags = "flags",
    Groupindex = "groupindex",
    String = "string",
    Re = "re",
    Pos = "pos",
    Endpos = "endpos",
    Lastindex = "lastindex",
    Lastgroup = "lastgroup",
    Quantize = "quantize",
    Sqrt = "sqrt",
    ToIntegralValue = "to_integral_value",
    ToIntegral = "to_integral",
    ToIntegralExact = "to_integral_exact",
    Normalize = "normalize",
    AsTuple = "as_tuple",
    IsNan = "is_nan",
    IsQnan = "is_qnan",
    IsSnan = "is_snan",
    IsZero = "is_zero",
    IsSigned = "is_signed",
    IsInfinite = "is_infinite",
    IsFinite = "is_finite",
    Adjusted = "adjusted",
    CopyAbs = "copy_abs",
    CopyNegate = "copy_negate",
    CopySign = "copy_sign",
    Compare = "compare",
    Exp = "exp",
    Ln = "ln",
    Log10 = "log10",
    FromFloat = "from_float",
    FromDecimal = "from_decimal",
    LimitDenominator = "limit_denominator",
    DunderEnter = "__enter__",
    DunderExit = "__exit__",
    Prec = "prec",
    Rounding = "rounding",
    Emax = "Emax",
    Emin = "Emin",
    Capitals = "capitals",
    Clamp = "clamp",
    Appendleft = "appendleft",
    Popleft = "popleft",
    Extendleft = "extendleft",
    Rotate = "rotate",
    Maxlen = "maxlen",
    MostCommon = "most_common",
    Elements = "elements",
    Subtract = "subtract",
    Total = "total",
    MoveToEnd = "move_to_end",
    DefaultFactory = "default_factory",
    Maps = "maps",
    Parents = "parents",
    NewChild = "new_child",
    Put = "put",
    PutNowait = "put_nowait",
    GetNowait = "get_nowait",
    Qsize = "qsize",
    Empty = "empty",
    Full = "full",
    TaskDone = "task_done",
}

/// Attribute names that lead out of a CPython sandbox (to globals, code objects,
/// frames, the class graph or the import system). No value has them: reading, setting
/// or deleting one is an `AttributeError` through every path (`.`, `getattr`,
/// `hasattr`, `setattr`, `str.format` fields, f-strings). Interned right after the
/// well-known names so that [`is_forbidden`] is a range check.
pub const FORBIDDEN: &[&str] = &[
    "__globals__",
    "__subclasses__",
    "__code__",
    "__builtins__",
    "__closure__",
    "__getattribute__",
    "__reduce__",
    "__reduce_ex__",
    "__loader__",
    "__spec__",
    "__import__",
    "__base__",
    "__file__",
    "__weakref__",
    "__defaults__",
    "__kwdefaults__",
    "__objclass__",
    "__getstate__",
    "__setstate__",
    "gi_frame",
    "gi_code",
    "cr_frame",
    "cr_code",
    "ag_frame",
    "ag_code",
    "f_globals",
    "f_locals",
    "f_back",
    "f_builtins",
    "tb_frame",
    "tb_next",
];

/// Whether `sym` is one of the [`FORBIDDEN`] names.
#[inline]
pub fn is_forbidden(sym: Sym) -> bool {
    let i = sym.0 as usize;
    i >= KNOWN.len() && i < KNOWN.len() + FORBIDDEN.len()
}

/// Interns every well-known name, then the forbidden ones; must run first on a fresh
/// interner.
pub fn intern_known(interner: &mut Interner) {
    for (i, name) in KNOWN.iter().chain(FORBIDDEN).enumerate() {
        let s = interner.intern(name);
        debug_assert_eq!(s.0 as usize, i);
    }
}

impl Kn {
    /// The well-known name `sym` stands for, if any.
    #[inline]
    pub fn of(sym: Sym) -> Option<Kn> {
        KN_ALL.get(sym.0 as usize).copied()
    }

    /// The interned id.
    #[inline]
    pub fn sym(self) -> Sym {
        Sym(self as u32)
    }

    /// The text.
    pub fn as_str(self) -> &'static str {
        KNOWN[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_names_are_not_well_known_names() {
        for name in FORBIDDEN {
            assert!(
                !KNOWN.contains(name),
                "{name} is both well-known and forbidden"
            );
        }
    }
}
