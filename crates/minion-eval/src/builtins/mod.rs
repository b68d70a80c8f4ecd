//! Built-in functions and type constructors. Names resolve through the [`Builtin`] enum
//! and a `match`, with no runtime registry; each group of builtins has its own file:
//!
//! | file | builtins |
//! |---|---|
//! | `io.rs` | `print`, `final_answer` |
//! | `iterate.rs` | `len`, `iter`, `next`, `enumerate`, `zip`, `map`, `filter`, `reversed`, `sorted`, `sum`, `min`, `max`, `any`, `all` |
//! | `number.rs` | `abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin`, `chr`, `ord`, `hash` |
//! | `introspect.rs` | `isinstance`, `issubclass`, `callable`, `repr`, `ascii`, `format`, `getattr`, `hasattr`, `id` |
//! | `construct.rs` | calling a type: `int(...)`, `str(...)`, `list(...)`, exceptions... |

mod args;
mod construct;
mod introspect;
mod io;
mod iterate;
mod number;

pub use args::ArgParser;
pub use construct::call_type;
pub use iterate::sort_values;

use crate::error::PyResult;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

macro_rules! builtins {
    ($($id:ident = $name:literal,)*) => {
        /// A built-in function.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum Builtin { $($id,)* }

        impl Builtin {
            /// Every builtin function.
            pub const ALL: &'static [Builtin] = &[$(Builtin::$id,)*];

            /// The Python name.
            pub fn name(self) -> &'static str {
                match self { $(Builtin::$id => $name,)* }
            }
        }
    };
}

builtins! {
    Print = "print",
    FinalAnswer = "final_answer",
    Len = "len",
    Iter = "iter",
    Next = "next",
    Anext = "anext",
    NotImplemented = "NotImplemented",
    Enumerate = "enumerate",
    Zip = "zip",
    Map = "map",
    Filter = "filter",
    Reversed = "reversed",
    Sorted = "sorted",
    Sum = "sum",
    Min = "min",
    Max = "max",
    Any = "any",
    All = "all",
    Abs = "abs",
    Round = "round",
    Divmod = "divmod",
    Pow = "pow",
    Hex = "hex",
    Oct = "oct",
    Bin = "bin",
    Chr = "chr",
    Ord = "ord",
    Hash = "hash",
    Isinstance = "isinstance",
    Issubclass = "issubclass",
    Callable = "callable",
    Repr = "repr",
    Ascii = "ascii",
    Format = "format",
    Getattr = "getattr",
    Hasattr = "hasattr",
    Setattr = "setattr",
    Delattr = "delattr",
    Vars = "vars",
    Id = "id",
}

/// Built-in types reachable by name.
pub const TYPE_NAMES: &[(&str, Ty)] = &[
    ("object", Ty::Object),
    ("type", Ty::Type),
    ("bool", Ty::Bool),
    ("int", Ty::Int),
    ("float", Ty::Float),
    ("str", Ty::Str),
    ("bytes", Ty::Bytes),
    ("bytearray", Ty::ByteArray),
    ("list", Ty::List),
    ("tuple", Ty::Tuple),
    ("dict", Ty::Dict),
    ("set", Ty::Set),
    ("frozenset", Ty::FrozenSet),
    ("range", Ty::Range),
    ("slice", Ty::Slice),
    ("classmethod", Ty::ClassMethod),
    ("staticmethod", Ty::StaticMethod),
    ("property", Ty::Property),
    ("super", Ty::Super),
];

/// Calls builtin `b`.
pub fn call_builtin(vm: &mut Vm, b: Builtin, args: Args) -> PyResult<Value> {
    use Builtin::*;
    match b {
        Print => io::print(vm, args),
        FinalAnswer => io::final_answer(vm, args),
        Len => iterate::len(vm, args),
        Iter => iterate::iter(vm, args),
        Next => iterate::next(vm, args),
        Anext => iterate::anext(vm, args),
        NotImplemented => Err(crate::error::type_error(
            "'NotImplementedType' object is not callable",
        )),
        Enumerate => iterate::enumerate(vm, args),
        Zip => iterate::zip(vm, args),
        Map => iterate::map(vm, args),
        Filter => iterate::filter(vm, args),
        Reversed => iterate::reversed(vm, args),
        Sorted => iterate::sorted(vm, args),
        Sum => iterate::sum(vm, args),
        Min => iterate::min_max(vm, args, true),
        Max => iterate::min_max(vm, args, false),
        Any => iterate::any_all(vm, args, true),
        All => iterate::any_all(vm, args, false),
        Abs => number::abs(vm, args),
        Round => number::round(vm, args),
        Divmod => number::divmod(vm, args),
        Pow => number::pow(vm, args),
        Hex => number::radix(vm, args, "hex", 16),
        Oct => number::radix(vm, args, "oct", 8),
        Bin => number::radix(vm, args, "bin", 2),
        Chr => number::chr(vm, args),
        Ord => number::ord(vm, args),
        Hash => number::hash(vm, args),
        Isinstance => introspect::isinstance(vm, args),
        Issubclass => introspect::issubclass(vm, args),
        Callable => introspect::callable(vm, args),
        Repr => introspect::repr(vm, args),
        Ascii => introspect::ascii(vm, args),
        Format => introspect::format(vm, args),
        Getattr => introspect::getattr(vm, args),
        Hasattr => introspect::hasattr(vm, args),
        Setattr => introspect::setattr(vm, args),
        Delattr => introspect::delattr(vm, args),
        Vars => introspect::vars(vm, args),
        Id => introspect::id(vm, args),
    }
}
