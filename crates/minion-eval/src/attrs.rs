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
    Mro = "mro",
    Setter = "setter",
    Getter = "getter",
    Deleter = "deleter",
    Aclose = "aclose",
}

/// Interns every well-known name; must run first on a fresh interner.
pub fn intern_known(interner: &mut Interner) {
    for (i, name) in KNOWN.iter().enumerate() {
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
