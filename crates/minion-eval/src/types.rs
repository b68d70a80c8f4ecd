//! `Ty`: the built-in types and exception classes, their names and their bases.
//!
//! Generated once from CPython 3.11's hierarchy by hand-checked script; edit freely.

/// A built-in type or exception class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    #[allow(missing_docs)]
    Object,
    #[allow(missing_docs)]
    Type,
    #[allow(missing_docs)]
    NoneType,
    #[allow(missing_docs)]
    Bool,
    #[allow(missing_docs)]
    Int,
    #[allow(missing_docs)]
    Float,
    #[allow(missing_docs)]
    Str,
    #[allow(missing_docs)]
    Bytes,
    #[allow(missing_docs)]
    ByteArray,
    #[allow(missing_docs)]
    List,
    #[allow(missing_docs)]
    Tuple,
    #[allow(missing_docs)]
    Dict,
    #[allow(missing_docs)]
    Set,
    #[allow(missing_docs)]
    FrozenSet,
    #[allow(missing_docs)]
    Range,
    #[allow(missing_docs)]
    Slice,
    #[allow(missing_docs)]
    Function,
    #[allow(missing_docs)]
    BuiltinFunction,
    #[allow(missing_docs)]
    Method,
    #[allow(missing_docs)]
    Cell,
    #[allow(missing_docs)]
    Code,
    #[allow(missing_docs)]
    Generator,
    #[allow(missing_docs)]
    Iterator,
    /// `coroutine` (an `async def` call, or an async tool call not yet awaited).
    Coroutine,
    /// `async_generator`.
    AsyncGenerator,
    /// `asyncio.Future` (and the futures `gather`, `wait_for`... return).
    Future,
    /// What `anext()` returns.
    AsyncGenAsend,
    /// `classmethod`.
    ClassMethod,
    /// `staticmethod`.
    StaticMethod,
    /// `property`.
    Property,
    /// `super`.
    Super,
    /// `asyncio.Task`.
    Task,
    /// `asyncio.Semaphore`.
    Semaphore,
    /// `asyncio.Lock`.
    Lock,
    /// `re.Pattern`.
    RePattern,
    /// `re.Match`.
    ReMatch,
    /// `re.error`.
    ReError,
    /// `datetime.date`.
    Date,
    /// `datetime.datetime` (a subclass of `date`).
    DateTime,
    /// `datetime.time`.
    Time,
    /// `datetime.timedelta`.
    TimeDelta,
    /// `datetime.tzinfo` (abstract base of `timezone`).
    TzInfo,
    /// `datetime.timezone`.
    TimeZone,
    /// `datetime.IsoCalendarDate` (what `isocalendar()` returns).
    IsoCalendarDate,
    /// `time.struct_time`.
    StructTime,
    /// A `hashlib` hash object (`_hashlib.HASH`).
    Hash,
    /// `uuid.UUID`.
    Uuid,
    /// `string.Template`.
    Template,
    /// `queue.Queue`.
    Queue,
    /// `queue.LifoQueue`.
    LifoQueue,
    /// `queue.PriorityQueue`.
    PriorityQueue,
    /// `queue.SimpleQueue` (`_queue.SimpleQueue`).
    SimpleQueue,
    /// `fractions.Fraction`.
    Fraction,
    /// `decimal.Decimal`.
    Decimal,
    /// `decimal.Context` (also what `decimal.localcontext()` returns).
    DecimalContext,
    /// `decimal.DecimalException`.
    DecimalException,
    /// `decimal.InvalidOperation`.
    InvalidOperation,
    /// `decimal.DivisionByZero` (also a `ZeroDivisionError`, see `is_subtype`).
    DecimalDivisionByZero,
    /// `decimal.Overflow`.
    DecimalOverflow,
    /// `collections.Counter` (a `dict`).
    Counter,
    /// `collections.defaultdict` (a `dict`).
    DefaultDict,
    /// `collections.OrderedDict` (a `dict`).
    OrderedDict,
    /// `collections.deque`.
    Deque,
    /// `collections.ChainMap`.
    ChainMap,
    #[allow(missing_docs)]
    Enumerate,
    #[allow(missing_docs)]
    Zip,
    #[allow(missing_docs)]
    Map,
    #[allow(missing_docs)]
    Filter,
    #[allow(missing_docs)]
    Reversed,
    #[allow(missing_docs)]
    DictKeys,
    #[allow(missing_docs)]
    DictValues,
    #[allow(missing_docs)]
    DictItems,
    #[allow(missing_docs)]
    Ellipsis,
    #[allow(missing_docs)]
    Module,
    #[allow(missing_docs)]
    BaseException,
    #[allow(missing_docs)]
    SystemExit,
    #[allow(missing_docs)]
    KeyboardInterrupt,
    #[allow(missing_docs)]
    GeneratorExit,
    #[allow(missing_docs)]
    Exception,
    #[allow(missing_docs)]
    StopIteration,
    #[allow(missing_docs)]
    StopAsyncIteration,
    /// `asyncio.CancelledError` (a `BaseException`, as in 3.8+).
    CancelledError,
    /// `asyncio.InvalidStateError`.
    InvalidStateError,
    #[allow(missing_docs)]
    ArithmeticError,
    #[allow(missing_docs)]
    FloatingPointError,
    #[allow(missing_docs)]
    OverflowError,
    #[allow(missing_docs)]
    ZeroDivisionError,
    #[allow(missing_docs)]
    AssertionError,
    #[allow(missing_docs)]
    AttributeError,
    #[allow(missing_docs)]
    BufferError,
    #[allow(missing_docs)]
    EOFError,
    #[allow(missing_docs)]
    ImportError,
    #[allow(missing_docs)]
    ModuleNotFoundError,
    #[allow(missing_docs)]
    LookupError,
    #[allow(missing_docs)]
    IndexError,
    #[allow(missing_docs)]
    KeyError,
    #[allow(missing_docs)]
    MemoryError,
    #[allow(missing_docs)]
    NameError,
    #[allow(missing_docs)]
    UnboundLocalError,
    #[allow(missing_docs)]
    OSError,
    #[allow(missing_docs)]
    ConnectionError,
    #[allow(missing_docs)]
    FileNotFoundError,
    #[allow(missing_docs)]
    PermissionError,
    #[allow(missing_docs)]
    TimeoutError,
    #[allow(missing_docs)]
    ReferenceError,
    #[allow(missing_docs)]
    RuntimeError,
    #[allow(missing_docs)]
    NotImplementedError,
    #[allow(missing_docs)]
    RecursionError,
    #[allow(missing_docs)]
    SyntaxError,
    #[allow(missing_docs)]
    IndentationError,
    #[allow(missing_docs)]
    TabError,
    #[allow(missing_docs)]
    SystemError,
    #[allow(missing_docs)]
    TypeError,
    #[allow(missing_docs)]
    ValueError,
    #[allow(missing_docs)]
    UnicodeError,
    #[allow(missing_docs)]
    UnicodeDecodeError,
    #[allow(missing_docs)]
    UnicodeEncodeError,
    #[allow(missing_docs)]
    Warning,
    #[allow(missing_docs)]
    DeprecationWarning,
    #[allow(missing_docs)]
    RuntimeWarning,
    #[allow(missing_docs)]
    UserWarning,
}

impl Ty {
    /// Every built-in exception class, for the builtins table.
    pub const EXCEPTIONS: &'static [Ty] = &[
        Ty::BaseException,
        Ty::SystemExit,
        Ty::KeyboardInterrupt,
        Ty::GeneratorExit,
        Ty::Exception,
        Ty::StopIteration,
        Ty::StopAsyncIteration,
        Ty::ArithmeticError,
        Ty::FloatingPointError,
        Ty::OverflowError,
        Ty::ZeroDivisionError,
        Ty::AssertionError,
        Ty::AttributeError,
        Ty::BufferError,
        Ty::EOFError,
        Ty::ImportError,
        Ty::ModuleNotFoundError,
        Ty::LookupError,
        Ty::IndexError,
        Ty::KeyError,
        Ty::MemoryError,
        Ty::NameError,
        Ty::UnboundLocalError,
        Ty::OSError,
        Ty::ConnectionError,
        Ty::FileNotFoundError,
        Ty::PermissionError,
        Ty::TimeoutError,
        Ty::ReferenceError,
        Ty::RuntimeError,
        Ty::NotImplementedError,
        Ty::RecursionError,
        Ty::SyntaxError,
        Ty::IndentationError,
        Ty::TabError,
        Ty::SystemError,
        Ty::TypeError,
        Ty::ValueError,
        Ty::UnicodeError,
        Ty::UnicodeDecodeError,
        Ty::UnicodeEncodeError,
        Ty::Warning,
        Ty::DeprecationWarning,
        Ty::RuntimeWarning,
        Ty::UserWarning,
    ];

    /// The Python name (`__name__`).
    pub fn name(self) -> &'static str {
        match self {
            Ty::Object => "object",
            Ty::Type => "type",
            Ty::NoneType => "NoneType",
            Ty::Bool => "bool",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Str => "str",
            Ty::Bytes => "bytes",
            Ty::ByteArray => "bytearray",
            Ty::List => "list",
            Ty::Tuple => "tuple",
            Ty::Dict => "dict",
            Ty::Set => "set",
            Ty::FrozenSet => "frozenset",
            Ty::Range => "range",
            Ty::Slice => "slice",
            Ty::Function => "function",
            Ty::BuiltinFunction => "builtin_function_or_method",
            Ty::Method => "method",
            Ty::Cell => "cell",
            Ty::Code => "code",
            Ty::Generator => "generator",
            Ty::Iterator => "iterator",
            Ty::Coroutine => "coroutine",
            Ty::AsyncGenerator => "async_generator",
            Ty::Future => "Future",
            Ty::AsyncGenAsend => "async_generator_asend",
            Ty::ClassMethod => "classmethod",
            Ty::StaticMethod => "staticmethod",
            Ty::Property => "property",
            Ty::Super => "super",
            Ty::Task => "Task",
            Ty::Semaphore => "Semaphore",
            Ty::Lock => "Lock",
            Ty::RePattern => "Pattern",
            Ty::ReMatch => "Match",
            Ty::ReError => "error",
            Ty::Date => "datetime.date",
            Ty::DateTime => "datetime.datetime",
            Ty::Time => "datetime.time",
            Ty::TimeDelta => "datetime.timedelta",
            Ty::TzInfo => "datetime.tzinfo",
            Ty::TimeZone => "datetime.timezone",
            Ty::IsoCalendarDate => "datetime.IsoCalendarDate",
            Ty::StructTime => "time.struct_time",
            Ty::Hash => "HASH",
            Ty::Uuid => "UUID",
            Ty::Template => "Template",
            Ty::Queue => "Queue",
            Ty::LifoQueue => "LifoQueue",
            Ty::PriorityQueue => "PriorityQueue",
            Ty::SimpleQueue => "_queue.SimpleQueue",
            Ty::Fraction => "Fraction",
            Ty::Decimal => "Decimal",
            Ty::DecimalContext => "Context",
            Ty::DecimalException => "DecimalException",
            Ty::InvalidOperation => "InvalidOperation",
            Ty::DecimalDivisionByZero => "DivisionByZero",
            Ty::DecimalOverflow => "Overflow",
            Ty::Counter => "Counter",
            // C types: their name carries the module, as CPython's `tp_name`.
            Ty::DefaultDict => "collections.defaultdict",
            Ty::OrderedDict => "collections.OrderedDict",
            Ty::Deque => "collections.deque",
            Ty::ChainMap => "ChainMap",
            Ty::CancelledError => "CancelledError",
            Ty::InvalidStateError => "InvalidStateError",
            Ty::Enumerate => "enumerate",
            Ty::Zip => "zip",
            Ty::Map => "map",
            Ty::Filter => "filter",
            Ty::Reversed => "reversed",
            Ty::DictKeys => "dict_keys",
            Ty::DictValues => "dict_values",
            Ty::DictItems => "dict_items",
            Ty::Ellipsis => "ellipsis",
            Ty::Module => "module",
            Ty::BaseException => "BaseException",
            Ty::SystemExit => "SystemExit",
            Ty::KeyboardInterrupt => "KeyboardInterrupt",
            Ty::GeneratorExit => "GeneratorExit",
            Ty::Exception => "Exception",
            Ty::StopIteration => "StopIteration",
            Ty::StopAsyncIteration => "StopAsyncIteration",
            Ty::ArithmeticError => "ArithmeticError",
            Ty::FloatingPointError => "FloatingPointError",
            Ty::OverflowError => "OverflowError",
            Ty::ZeroDivisionError => "ZeroDivisionError",
            Ty::AssertionError => "AssertionError",
            Ty::AttributeError => "AttributeError",
            Ty::BufferError => "BufferError",
            Ty::EOFError => "EOFError",
            Ty::ImportError => "ImportError",
            Ty::ModuleNotFoundError => "ModuleNotFoundError",
            Ty::LookupError => "LookupError",
            Ty::IndexError => "IndexError",
            Ty::KeyError => "KeyError",
            Ty::MemoryError => "MemoryError",
            Ty::NameError => "NameError",
            Ty::UnboundLocalError => "UnboundLocalError",
            Ty::OSError => "OSError",
            Ty::ConnectionError => "ConnectionError",
            Ty::FileNotFoundError => "FileNotFoundError",
            Ty::PermissionError => "PermissionError",
            Ty::TimeoutError => "TimeoutError",
            Ty::ReferenceError => "ReferenceError",
            Ty::RuntimeError => "RuntimeError",
            Ty::NotImplementedError => "NotImplementedError",
            Ty::RecursionError => "RecursionError",
            Ty::SyntaxError => "SyntaxError",
            Ty::IndentationError => "IndentationError",
            Ty::TabError => "TabError",
            Ty::SystemError => "SystemError",
            Ty::TypeError => "TypeError",
            Ty::ValueError => "ValueError",
            Ty::UnicodeError => "UnicodeError",
            Ty::UnicodeDecodeError => "UnicodeDecodeError",
            Ty::UnicodeEncodeError => "UnicodeEncodeError",
            Ty::Warning => "Warning",
            Ty::DeprecationWarning => "DeprecationWarning",
            Ty::RuntimeWarning => "RuntimeWarning",
            Ty::UserWarning => "UserWarning",
        }
    }

    /// The base class (`None` for `object` and `BaseException`'s base is `object`).
    pub fn base(self) -> Option<Ty> {
        match self {
            Ty::Object => None,
            Ty::Type => Some(Ty::Object),
            Ty::NoneType => Some(Ty::Object),
            Ty::Bool => Some(Ty::Int),
            Ty::Int => Some(Ty::Object),
            Ty::Float => Some(Ty::Object),
            Ty::Str => Some(Ty::Object),
            Ty::Bytes => Some(Ty::Object),
            Ty::ByteArray => Some(Ty::Object),
            Ty::List => Some(Ty::Object),
            Ty::Tuple => Some(Ty::Object),
            Ty::Dict => Some(Ty::Object),
            Ty::Set => Some(Ty::Object),
            Ty::FrozenSet => Some(Ty::Object),
            Ty::Range => Some(Ty::Object),
            Ty::Slice => Some(Ty::Object),
            Ty::Function => Some(Ty::Object),
            Ty::BuiltinFunction => Some(Ty::Object),
            Ty::Method => Some(Ty::Object),
            Ty::Cell => Some(Ty::Object),
            Ty::Code => Some(Ty::Object),
            Ty::Generator => Some(Ty::Object),
            Ty::Iterator => Some(Ty::Object),
            Ty::Coroutine | Ty::AsyncGenerator | Ty::Future | Ty::AsyncGenAsend => Some(Ty::Object),
            Ty::ClassMethod | Ty::StaticMethod | Ty::Property | Ty::Super => Some(Ty::Object),
            Ty::Task => Some(Ty::Future),
            Ty::RePattern | Ty::ReMatch => Some(Ty::Object),
            Ty::ReError => Some(Ty::Exception),
            Ty::Semaphore | Ty::Lock | Ty::Hash | Ty::Uuid | Ty::Template => Some(Ty::Object),
            Ty::Queue | Ty::SimpleQueue => Some(Ty::Object),
            Ty::LifoQueue | Ty::PriorityQueue => Some(Ty::Queue),
            Ty::DateTime => Some(Ty::Date),
            Ty::TimeZone => Some(Ty::TzInfo),
            Ty::Date | Ty::Time | Ty::TimeDelta | Ty::TzInfo => Some(Ty::Object),
            Ty::IsoCalendarDate | Ty::StructTime => Some(Ty::Object),
            Ty::Fraction | Ty::Decimal | Ty::DecimalContext => Some(Ty::Object),
            Ty::DecimalException => Some(Ty::ArithmeticError),
            Ty::InvalidOperation | Ty::DecimalDivisionByZero | Ty::DecimalOverflow => {
                Some(Ty::DecimalException)
            }
            Ty::Counter | Ty::DefaultDict | Ty::OrderedDict => Some(Ty::Dict),
            Ty::Deque | Ty::ChainMap => Some(Ty::Object),
            Ty::CancelledError => Some(Ty::BaseException),
            Ty::InvalidStateError => Some(Ty::Exception),
            Ty::Enumerate => Some(Ty::Object),
            Ty::Zip => Some(Ty::Object),
            Ty::Map => Some(Ty::Object),
            Ty::Filter => Some(Ty::Object),
            Ty::Reversed => Some(Ty::Object),
            Ty::DictKeys => Some(Ty::Object),
            Ty::DictValues => Some(Ty::Object),
            Ty::DictItems => Some(Ty::Object),
            Ty::Ellipsis => Some(Ty::Object),
            Ty::Module => Some(Ty::Object),
            Ty::BaseException => Some(Ty::Object),
            Ty::SystemExit => Some(Ty::BaseException),
            Ty::KeyboardInterrupt => Some(Ty::BaseException),
            Ty::GeneratorExit => Some(Ty::BaseException),
            Ty::Exception => Some(Ty::BaseException),
            Ty::StopIteration => Some(Ty::Exception),
            Ty::StopAsyncIteration => Some(Ty::Exception),
            Ty::ArithmeticError => Some(Ty::Exception),
            Ty::FloatingPointError => Some(Ty::ArithmeticError),
            Ty::OverflowError => Some(Ty::ArithmeticError),
            Ty::ZeroDivisionError => Some(Ty::ArithmeticError),
            Ty::AssertionError => Some(Ty::Exception),
            Ty::AttributeError => Some(Ty::Exception),
            Ty::BufferError => Some(Ty::Exception),
            Ty::EOFError => Some(Ty::Exception),
            Ty::ImportError => Some(Ty::Exception),
            Ty::ModuleNotFoundError => Some(Ty::ImportError),
            Ty::LookupError => Some(Ty::Exception),
            Ty::IndexError => Some(Ty::LookupError),
            Ty::KeyError => Some(Ty::LookupError),
            Ty::MemoryError => Some(Ty::Exception),
            Ty::NameError => Some(Ty::Exception),
            Ty::UnboundLocalError => Some(Ty::NameError),
            Ty::OSError => Some(Ty::Exception),
            Ty::ConnectionError => Some(Ty::OSError),
            Ty::FileNotFoundError => Some(Ty::OSError),
            Ty::PermissionError => Some(Ty::OSError),
            Ty::TimeoutError => Some(Ty::OSError),
            Ty::ReferenceError => Some(Ty::Exception),
            Ty::RuntimeError => Some(Ty::Exception),
            Ty::NotImplementedError => Some(Ty::RuntimeError),
            Ty::RecursionError => Some(Ty::RuntimeError),
            Ty::SyntaxError => Some(Ty::Exception),
            Ty::IndentationError => Some(Ty::SyntaxError),
            Ty::TabError => Some(Ty::IndentationError),
            Ty::SystemError => Some(Ty::Exception),
            Ty::TypeError => Some(Ty::Exception),
            Ty::ValueError => Some(Ty::Exception),
            Ty::UnicodeError => Some(Ty::ValueError),
            Ty::UnicodeDecodeError => Some(Ty::UnicodeError),
            Ty::UnicodeEncodeError => Some(Ty::UnicodeError),
            Ty::Warning => Some(Ty::Exception),
            Ty::DeprecationWarning => Some(Ty::Warning),
            Ty::RuntimeWarning => Some(Ty::Warning),
            Ty::UserWarning => Some(Ty::Warning),
        }
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype(self, other: Ty) -> bool {
        // `decimal.DivisionByZero` has two bases (`DecimalException`, `ZeroDivisionError`).
        if self == Ty::DecimalDivisionByZero && Ty::ZeroDivisionError.is_subtype(other) {
            return true;
        }
        let mut t = Some(self);
        while let Some(x) = t {
            if x == other {
                return true;
            }
            t = x.base();
        }
        false
    }

    /// Whether this is `dict` or one of the `collections` dicts built on it.
    #[inline]
    pub fn is_dict(self) -> bool {
        matches!(
            self,
            Ty::Dict | Ty::Counter | Ty::DefaultDict | Ty::OrderedDict
        )
    }

    /// The module of a type whose name does not carry it (the classes CPython writes
    /// in Python, such as `collections.Counter`), for its repr and `__module__`.
    pub fn module(self) -> &'static str {
        match self {
            Ty::Counter | Ty::ChainMap => "collections",
            Ty::RePattern | Ty::ReMatch | Ty::ReError => "re",
            Ty::Fraction => "fractions",
            Ty::Queue | Ty::LifoQueue | Ty::PriorityQueue => "queue",
            Ty::Decimal
            | Ty::DecimalContext
            | Ty::DecimalException
            | Ty::InvalidOperation
            | Ty::DecimalDivisionByZero
            | Ty::DecimalOverflow => "decimal",
            _ => "builtins",
        }
    }

    /// Whether this is an exception class.
    pub fn is_exception(self) -> bool {
        self.is_subtype(Ty::BaseException)
    }
}
