//! Native modules: the import machinery (`import`, `from ... import`), the allow-list
//! policy, and the registry of modules this executor implements.
//!
//! A module is an `Obj::Namespace` built on first import and cached in `Vm::modules`.
//! Its functions are `Value::ModuleFn`, declared in the `module_fns!` list below and
//! dispatched by [`call`]; its constants come from the module's `constants`.
//!
//! | file | module |
//! |---|---|
//! | `math.rs` | `math` |
//! | `json.rs` | `json` |
//! | `asyncio.rs` | `asyncio` |
//! | `heapq.rs` | `heapq` |
//! | `bisect.rs` | `bisect` |
//! | `statistics.rs` | `statistics` |
//! | `base64.rs` | `base64` |
//! | `textwrap.rs` | `textwrap` |
//! | `string.rs` | `string` (and the argument binder of the modules CPython writes in Python) |
//! | `template.rs` | `string.Template` |
//! | `random.rs` | `random` |
//! | `time.rs` | `time` |
//! | `datetime/` | `datetime` (and `time.struct_time`) |
//! | `collections/` | `collections` and `collections.abc` |
//! | `copy.rs` | `copy` |
//! | `fractions.rs` | `fractions` |
//! | `unicodedata/` | `unicodedata` (Unicode 14.0 tables generated from CPython) |
//! | `decimal/` | `decimal` |
//! | `exact.rs` | operators, comparisons, hashing of `Fraction` and `Decimal` |
//! | `hashlib.rs` | `hashlib` |
//! | `uuid.rs` | `uuid` |
//! | `queue.rs` | `queue` (no threads: a call that would block forever raises) |
//! | `stat.rs` | `stat` (the mode constants and predicates; no host access) |
//! | `import.rs` | the import policy: allow-list, host modules, never-importable modules |
//! | `itertools/` | `itertools` (lazy iterators: `state.rs` steps, `combinatoric.rs`) |
//! | `functools/` | `functools` (and the `FuncTool` objects `operator` shares) |
//! | `operator.rs` | `operator` |
//! | `dataclasses.rs` | `dataclasses` |
//! | `enum_.rs` | `enum` (the class-level behaviour behind `flags::ENUM`) |
//! | `typing.rs` | `typing` (and `list[int]`, `int \| None`) |
//! | `abc.rs` | `abc` |
//! | `pyclass.rs` | native classes, forwarding methods, the class hooks the VM calls |
//! | `re/` | `re` (regular expressions on `fancy-regex` / `regex-automata`) |
//! | `multi_tool_use.rs` | the `multi_tool_use` global (not importable) |

mod abc;
mod asyncio;
mod base64;
mod bisect;
pub(crate) mod collections;
mod copy;
mod dataclasses;
pub(crate) mod datetime;
pub(crate) mod decimal;
pub(crate) mod enum_;
pub(crate) mod exact;
pub(crate) mod fractions;
pub(crate) mod functools;
pub(crate) mod hashlib;
mod heapq;
mod import;
pub(crate) mod itertools;
mod json;
mod math;
mod multi_tool_use;
pub(crate) mod operator;
mod pyclass;
pub(crate) mod queue;
mod random;
pub(crate) mod re;
mod stat;
mod statistics;
mod string;
pub(crate) mod template;
mod textwrap;
mod time;
pub(crate) mod typing;
pub(crate) mod unicodedata;
pub(crate) mod uuid;

pub use self::import::{import, importable, NEVER_IMPORTABLE};
pub use self::pyclass::{apply_metaclass, class_call, class_subscript};

use crate::error::{PyResult, Raise};
use crate::intern::Sym;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The native modules, in the order `import` lists them.
pub const NATIVE: &[&str] = &[
    "abc",
    "asyncio",
    "base64",
    "bisect",
    "collections",
    "copy",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "hashlib",
    "heapq",
    "itertools",
    "json",
    "math",
    "operator",
    "random",
    "queue",
    "re",
    "stat",
    "statistics",
    "string",
    "textwrap",
    "time",
    "typing",
    "unicodedata",
    "uuid",
];

macro_rules! module_fns {
    ($($id:ident = ($module:literal, $name:literal),)*) => {
        /// A function of a native module.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum ModuleFn { $($id,)* }

        impl ModuleFn {
            /// Every module function.
            pub const ALL: &'static [ModuleFn] = &[$(ModuleFn::$id,)*];

            /// The Python name.
            pub fn name(self) -> &'static str {
                match self { $(ModuleFn::$id => $name,)* }
            }

            /// The module it belongs to.
            pub fn module(self) -> &'static str {
                match self { $(ModuleFn::$id => $module,)* }
            }
        }
    };
}

module_fns! {
    MathSqrt = ("math", "sqrt"),
    MathFloor = ("math", "floor"),
    MathCeil = ("math", "ceil"),
    MathTrunc = ("math", "trunc"),
    MathFabs = ("math", "fabs"),
    MathPow = ("math", "pow"),
    MathExp = ("math", "exp"),
    MathExpm1 = ("math", "expm1"),
    MathLog = ("math", "log"),
    MathLog2 = ("math", "log2"),
    MathLog10 = ("math", "log10"),
    MathLog1p = ("math", "log1p"),
    MathSin = ("math", "sin"),
    MathCos = ("math", "cos"),
    MathTan = ("math", "tan"),
    MathAsin = ("math", "asin"),
    MathAcos = ("math", "acos"),
    MathAtan = ("math", "atan"),
    MathSinh = ("math", "sinh"),
    MathCosh = ("math", "cosh"),
    MathTanh = ("math", "tanh"),
    MathAtan2 = ("math", "atan2"),
    MathHypot = ("math", "hypot"),
    MathDist = ("math", "dist"),
    MathDegrees = ("math", "degrees"),
    MathRadians = ("math", "radians"),
    MathIsclose = ("math", "isclose"),
    MathIsfinite = ("math", "isfinite"),
    MathIsinf = ("math", "isinf"),
    MathIsnan = ("math", "isnan"),
    MathGcd = ("math", "gcd"),
    MathLcm = ("math", "lcm"),
    MathFactorial = ("math", "factorial"),
    MathComb = ("math", "comb"),
    MathPerm = ("math", "perm"),
    MathProd = ("math", "prod"),
    MathFsum = ("math", "fsum"),
    MathCopysign = ("math", "copysign"),
    MathFmod = ("math", "fmod"),
    MathModf = ("math", "modf"),
    MathFrexp = ("math", "frexp"),
    MathLdexp = ("math", "ldexp"),
    MathIsqrt = ("math", "isqrt"),
    JsonDumps = ("json", "dumps"),
    JsonLoads = ("json", "loads"),
    AsyncioSleep = ("asyncio", "sleep"),
    AsyncioGather = ("asyncio", "gather"),
    AsyncioCreateTask = ("asyncio", "create_task"),
    AsyncioEnsureFuture = ("asyncio", "ensure_future"),
    AsyncioWaitFor = ("asyncio", "wait_for"),
    AsyncioAsCompleted = ("asyncio", "as_completed"),
    AsyncioWait = ("asyncio", "wait"),
    AsyncioRun = ("asyncio", "run"),
    AsyncioIscoroutine = ("asyncio", "iscoroutine"),
    AsyncioIscoroutinefunction = ("asyncio", "iscoroutinefunction"),
    AsyncioSemaphore = ("asyncio", "Semaphore"),
    AsyncioLock = ("asyncio", "Lock"),
    HeapqHeappush = ("heapq", "heappush"),
    HeapqHeappop = ("heapq", "heappop"),
    HeapqHeapify = ("heapq", "heapify"),
    HeapqHeapreplace = ("heapq", "heapreplace"),
    HeapqHeappushpop = ("heapq", "heappushpop"),
    HeapqNlargest = ("heapq", "nlargest"),
    HeapqNsmallest = ("heapq", "nsmallest"),
    HeapqMerge = ("heapq", "merge"),
    BisectBisectLeft = ("bisect", "bisect_left"),
    BisectBisectRight = ("bisect", "bisect_right"),
    BisectBisect = ("bisect", "bisect"),
    BisectInsortLeft = ("bisect", "insort_left"),
    BisectInsortRight = ("bisect", "insort_right"),
    BisectInsort = ("bisect", "insort"),
    StatisticsMean = ("statistics", "mean"),
    StatisticsFmean = ("statistics", "fmean"),
    StatisticsGeometricMean = ("statistics", "geometric_mean"),
    StatisticsHarmonicMean = ("statistics", "harmonic_mean"),
    StatisticsMedian = ("statistics", "median"),
    StatisticsMedianLow = ("statistics", "median_low"),
    StatisticsMedianHigh = ("statistics", "median_high"),
    StatisticsMedianGrouped = ("statistics", "median_grouped"),
    StatisticsMode = ("statistics", "mode"),
    StatisticsMultimode = ("statistics", "multimode"),
    StatisticsQuantiles = ("statistics", "quantiles"),
    StatisticsVariance = ("statistics", "variance"),
    StatisticsPvariance = ("statistics", "pvariance"),
    StatisticsStdev = ("statistics", "stdev"),
    StatisticsPstdev = ("statistics", "pstdev"),
    StatisticsCovariance = ("statistics", "covariance"),
    StatisticsCorrelation = ("statistics", "correlation"),
    Base64B64encode = ("base64", "b64encode"),
    Base64B64decode = ("base64", "b64decode"),
    Base64StandardB64encode = ("base64", "standard_b64encode"),
    Base64StandardB64decode = ("base64", "standard_b64decode"),
    Base64UrlsafeB64encode = ("base64", "urlsafe_b64encode"),
    Base64UrlsafeB64decode = ("base64", "urlsafe_b64decode"),
    Base64B32encode = ("base64", "b32encode"),
    Base64B32decode = ("base64", "b32decode"),
    Base64B32hexencode = ("base64", "b32hexencode"),
    Base64B32hexdecode = ("base64", "b32hexdecode"),
    Base64B16encode = ("base64", "b16encode"),
    Base64B16decode = ("base64", "b16decode"),
    Base64Encodebytes = ("base64", "encodebytes"),
    Base64Decodebytes = ("base64", "decodebytes"),
    TextwrapWrap = ("textwrap", "wrap"),
    TextwrapFill = ("textwrap", "fill"),
    TextwrapShorten = ("textwrap", "shorten"),
    TextwrapDedent = ("textwrap", "dedent"),
    TextwrapIndent = ("textwrap", "indent"),
    StringCapwords = ("string", "capwords"),
    RandomRandom = ("random", "random"),
    RandomSeed = ("random", "seed"),
    RandomGetrandbits = ("random", "getrandbits"),
    RandomRandbytes = ("random", "randbytes"),
    RandomRandrange = ("random", "randrange"),
    RandomRandint = ("random", "randint"),
    RandomChoice = ("random", "choice"),
    RandomChoices = ("random", "choices"),
    RandomSample = ("random", "sample"),
    RandomShuffle = ("random", "shuffle"),
    RandomUniform = ("random", "uniform"),
    RandomGauss = ("random", "gauss"),
    RandomNormalvariate = ("random", "normalvariate"),
    RandomLognormvariate = ("random", "lognormvariate"),
    RandomExpovariate = ("random", "expovariate"),
    RandomTriangular = ("random", "triangular"),
    RandomBetavariate = ("random", "betavariate"),
    RandomGammavariate = ("random", "gammavariate"),
    RandomParetovariate = ("random", "paretovariate"),
    RandomWeibullvariate = ("random", "weibullvariate"),
    RandomVonmisesvariate = ("random", "vonmisesvariate"),
    RandomGetstate = ("random", "getstate"),
    RandomSetstate = ("random", "setstate"),
    TimeTime = ("time", "time"),
    TimeTimeNs = ("time", "time_ns"),
    TimeMonotonic = ("time", "monotonic"),
    TimeMonotonicNs = ("time", "monotonic_ns"),
    TimePerfCounter = ("time", "perf_counter"),
    TimePerfCounterNs = ("time", "perf_counter_ns"),
    TimeSleep = ("time", "sleep"),
    ReCompile = ("re", "compile"),
    ReSearch = ("re", "search"),
    ReMatch = ("re", "match"),
    ReFullmatch = ("re", "fullmatch"),
    ReFindall = ("re", "findall"),
    ReFinditer = ("re", "finditer"),
    ReSub = ("re", "sub"),
    ReSubn = ("re", "subn"),
    ReSplit = ("re", "split"),
    ReEscape = ("re", "escape"),
    RePurge = ("re", "purge"),
    ReScanner = ("re", "Scanner"),
    ReTemplate = ("re", "template"),
    TimeGmtime = ("time", "gmtime"),
    TimeLocaltime = ("time", "localtime"),
    TimeStrftime = ("time", "strftime"),
    TimeStrptime = ("time", "strptime"),
    TimeMktime = ("time", "mktime"),
    TimeAsctime = ("time", "asctime"),
    TimeCtime = ("time", "ctime"),
    MultiToolUseParallel = ("multi_tool_use", "parallel"),
    CollectionsNamedtuple = ("collections", "namedtuple"),
    CollectionsNtMake = ("_collections", "_make"),
    CollectionsNtReplace = ("_collections", "_replace"),
    CollectionsNtAsdict = ("_collections", "_asdict"),
    CopyCopy = ("copy", "copy"),
    CopyDeepcopy = ("copy", "deepcopy"),
    ItertoolsCount = ("itertools", "count"),
    ItertoolsCycle = ("itertools", "cycle"),
    ItertoolsRepeat = ("itertools", "repeat"),
    ItertoolsAccumulate = ("itertools", "accumulate"),
    ItertoolsChain = ("itertools", "chain"),
    ItertoolsChainFromIterable = ("itertools.chain", "from_iterable"),
    ItertoolsCompress = ("itertools", "compress"),
    ItertoolsDropwhile = ("itertools", "dropwhile"),
    ItertoolsFilterfalse = ("itertools", "filterfalse"),
    ItertoolsGroupby = ("itertools", "groupby"),
    ItertoolsIslice = ("itertools", "islice"),
    ItertoolsPairwise = ("itertools", "pairwise"),
    ItertoolsStarmap = ("itertools", "starmap"),
    ItertoolsTakewhile = ("itertools", "takewhile"),
    ItertoolsTee = ("itertools", "tee"),
    ItertoolsZipLongest = ("itertools", "zip_longest"),
    ItertoolsProduct = ("itertools", "product"),
    ItertoolsPermutations = ("itertools", "permutations"),
    ItertoolsCombinations = ("itertools", "combinations"),
    ItertoolsCombinationsWithReplacement = ("itertools", "combinations_with_replacement"),
    FunctoolsReduce = ("functools", "reduce"),
    FunctoolsPartial = ("functools", "partial"),
    FunctoolsLruCache = ("functools", "lru_cache"),
    FunctoolsCache = ("functools", "cache"),
    FunctoolsWraps = ("functools", "wraps"),
    FunctoolsUpdateWrapper = ("functools", "update_wrapper"),
    FunctoolsTotalOrdering = ("functools", "total_ordering"),
    FunctoolsCmpToKey = ("functools", "cmp_to_key"),
    FunctoolsCachedProperty = ("functools", "cached_property"),
    FunctoolsSingledispatch = ("functools", "singledispatch"),
    OperatorAdd = ("operator", "add"),
    OperatorSub = ("operator", "sub"),
    OperatorMul = ("operator", "mul"),
    OperatorMatmul = ("operator", "matmul"),
    OperatorTruediv = ("operator", "truediv"),
    OperatorFloordiv = ("operator", "floordiv"),
    OperatorMod = ("operator", "mod"),
    OperatorPow = ("operator", "pow"),
    OperatorAnd = ("operator", "and_"),
    OperatorOr = ("operator", "or_"),
    OperatorXor = ("operator", "xor"),
    OperatorLshift = ("operator", "lshift"),
    OperatorRshift = ("operator", "rshift"),
    OperatorIadd = ("operator", "iadd"),
    OperatorIsub = ("operator", "isub"),
    OperatorImul = ("operator", "imul"),
    OperatorItruediv = ("operator", "itruediv"),
    OperatorIfloordiv = ("operator", "ifloordiv"),
    OperatorImod = ("operator", "imod"),
    OperatorIpow = ("operator", "ipow"),
    OperatorIand = ("operator", "iand"),
    OperatorIor = ("operator", "ior"),
    OperatorIxor = ("operator", "ixor"),
    OperatorIlshift = ("operator", "ilshift"),
    OperatorIrshift = ("operator", "irshift"),
    OperatorIconcat = ("operator", "iconcat"),
    OperatorEq = ("operator", "eq"),
    OperatorNe = ("operator", "ne"),
    OperatorLt = ("operator", "lt"),
    OperatorLe = ("operator", "le"),
    OperatorGt = ("operator", "gt"),
    OperatorGe = ("operator", "ge"),
    OperatorNeg = ("operator", "neg"),
    OperatorPos = ("operator", "pos"),
    OperatorAbs = ("operator", "abs"),
    OperatorInvert = ("operator", "invert"),
    OperatorInv = ("operator", "inv"),
    OperatorNot = ("operator", "not_"),
    OperatorTruth = ("operator", "truth"),
    OperatorIs = ("operator", "is_"),
    OperatorIsNot = ("operator", "is_not"),
    OperatorContains = ("operator", "contains"),
    OperatorGetitem = ("operator", "getitem"),
    OperatorSetitem = ("operator", "setitem"),
    OperatorDelitem = ("operator", "delitem"),
    OperatorConcat = ("operator", "concat"),
    OperatorIndex = ("operator", "index"),
    OperatorCountOf = ("operator", "countOf"),
    OperatorIndexOf = ("operator", "indexOf"),
    OperatorLengthHint = ("operator", "length_hint"),
    OperatorCall = ("operator", "call"),
    OperatorItemgetter = ("operator", "itemgetter"),
    OperatorAttrgetter = ("operator", "attrgetter"),
    OperatorMethodcaller = ("operator", "methodcaller"),
    OperatorDunderAdd = ("operator", "__add__"),
    OperatorDunderSub = ("operator", "__sub__"),
    OperatorDunderMul = ("operator", "__mul__"),
    OperatorDunderTruediv = ("operator", "__truediv__"),
    OperatorDunderFloordiv = ("operator", "__floordiv__"),
    OperatorDunderMod = ("operator", "__mod__"),
    OperatorDunderPow = ("operator", "__pow__"),
    OperatorDunderAnd = ("operator", "__and__"),
    OperatorDunderOr = ("operator", "__or__"),
    OperatorDunderXor = ("operator", "__xor__"),
    OperatorDunderLshift = ("operator", "__lshift__"),
    OperatorDunderRshift = ("operator", "__rshift__"),
    OperatorDunderEq = ("operator", "__eq__"),
    OperatorDunderNe = ("operator", "__ne__"),
    OperatorDunderLt = ("operator", "__lt__"),
    OperatorDunderLe = ("operator", "__le__"),
    OperatorDunderGt = ("operator", "__gt__"),
    OperatorDunderGe = ("operator", "__ge__"),
    OperatorDunderNeg = ("operator", "__neg__"),
    OperatorDunderContains = ("operator", "__contains__"),
    OperatorDunderGetitem = ("operator", "__getitem__"),
    HashlibMd5 = ("hashlib", "md5"),
    HashlibSha1 = ("hashlib", "sha1"),
    HashlibSha224 = ("hashlib", "sha224"),
    HashlibSha256 = ("hashlib", "sha256"),
    HashlibSha384 = ("hashlib", "sha384"),
    HashlibSha512 = ("hashlib", "sha512"),
    HashlibNew = ("hashlib", "new"),
    UuidUuid1 = ("uuid", "uuid1"),
    UuidUuid3 = ("uuid", "uuid3"),
    UuidUuid4 = ("uuid", "uuid4"),
    UuidUuid5 = ("uuid", "uuid5"),
    StatSIsdir = ("stat", "S_ISDIR"),
    StatSIschr = ("stat", "S_ISCHR"),
    StatSIsblk = ("stat", "S_ISBLK"),
    StatSIsreg = ("stat", "S_ISREG"),
    StatSIsfifo = ("stat", "S_ISFIFO"),
    StatSIslnk = ("stat", "S_ISLNK"),
    StatSIssock = ("stat", "S_ISSOCK"),
    StatSImode = ("stat", "S_IMODE"),
    StatSIfmt = ("stat", "S_IFMT"),
    StatFilemode = ("stat", "filemode"),
    DecimalGetcontext = ("decimal", "getcontext"),
    DecimalSetcontext = ("decimal", "setcontext"),
    DecimalLocalcontext = ("decimal", "localcontext"),
    UnicodedataName = ("unicodedata", "name"),
    UnicodedataLookup = ("unicodedata", "lookup"),
    UnicodedataCategory = ("unicodedata", "category"),
    UnicodedataBidirectional = ("unicodedata", "bidirectional"),
    UnicodedataCombining = ("unicodedata", "combining"),
    UnicodedataEastAsianWidth = ("unicodedata", "east_asian_width"),
    UnicodedataMirrored = ("unicodedata", "mirrored"),
    UnicodedataDecomposition = ("unicodedata", "decomposition"),
    UnicodedataDecimal = ("unicodedata", "decimal"),
    UnicodedataDigit = ("unicodedata", "digit"),
    UnicodedataNumeric = ("unicodedata", "numeric"),
    UnicodedataNormalize = ("unicodedata", "normalize"),
    UnicodedataIsNormalized = ("unicodedata", "is_normalized"),
    DataclassesDataclass = ("dataclasses", "dataclass"),
    DataclassesField = ("dataclasses", "field"),
    DataclassesFields = ("dataclasses", "fields"),
    DataclassesAsdict = ("dataclasses", "asdict"),
    DataclassesAstuple = ("dataclasses", "astuple"),
    DataclassesReplace = ("dataclasses", "replace"),
    DataclassesIsDataclass = ("dataclasses", "is_dataclass"),
    DataclassesProcess = ("dataclasses", "_process_class"),
    DataclassesInit = ("dataclasses", "_init"),
    DataclassesRepr = ("dataclasses", "_repr"),
    DataclassesEq = ("dataclasses", "_eq"),
    DataclassesLt = ("dataclasses", "_lt"),
    DataclassesLe = ("dataclasses", "_le"),
    DataclassesGt = ("dataclasses", "_gt"),
    DataclassesGe = ("dataclasses", "_ge"),
    DataclassesHash = ("dataclasses", "_hash"),
    DataclassesInitVarGetitem = ("dataclasses", "_initvar_getitem"),
    EnumUnique = ("enum", "unique"),
    EnumName = ("enum", "_name"),
    EnumValue = ("enum", "_value"),
    EnumOp = ("enum", "_op"),
    AbcAbstractmethod = ("abc", "abstractmethod"),
    TypingCast = ("typing", "cast"),
    TypingOverload = ("typing", "overload"),
    TypingRuntimeCheckable = ("typing", "runtime_checkable"),
    TypingFinal = ("typing", "final"),
    TypingNoTypeCheck = ("typing", "no_type_check"),
    TypingNewType = ("typing", "NewType"),
    TypingGetOrigin = ("typing", "get_origin"),
    TypingGetArgs = ("typing", "get_args"),
    TypingGetTypeHints = ("typing", "get_type_hints"),
    TypingIdentity = ("typing", "_identity"),
    TypingGetitem = ("typing", "_getitem"),
    TypingRepr = ("typing", "_repr"),
    TypingEq = ("typing", "_eq"),
    TypingHash = ("typing", "_hash"),
    TypingOr = ("typing", "_or"),
    TypingRor = ("typing", "_ror"),
    TypingCall = ("typing", "_call"),
    TypingTypevarInit = ("typing", "_typevar_init"),
    TypingTypevarRepr = ("typing", "_typevar_repr"),
    TypingInitSubclass = ("typing", "_init_subclass"),
}

/// Calls module function `f`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f.module() {
        "json" => json::call(vm, f, args),
        "asyncio" => asyncio::call(vm, f, args),
        "multi_tool_use" => multi_tool_use::call(vm, f, args),
        "heapq" => heapq::call(vm, f, args),
        "itertools" | "itertools.chain" => itertools::call(vm, f, args),
        "functools" => functools::call(vm, f, args),
        "operator" => operator::call(vm, f, args),
        "hashlib" => hashlib::call(vm, f, args),
        "uuid" => uuid::call(vm, f, args),
        "stat" => stat::call(vm, f, args),
        "bisect" => bisect::call(vm, f, args),
        "statistics" => statistics::call(vm, f, args),
        "base64" => base64::call(vm, f, args),
        "textwrap" => textwrap::call(vm, f, args),
        "string" => string::call(vm, f, args),
        "random" => random::call(vm, f, args),
        "re" => re::call(vm, f, args),
        "time" => time::call(vm, f, args),
        "collections" | "_collections" => collections::call(vm, f, args),
        "copy" => copy::call(vm, f, args),
        "decimal" => decimal::call(vm, f, args),
        "unicodedata" => unicodedata::call(vm, f, args),
        "dataclasses" => dataclasses::call(vm, f, args),
        "enum" => enum_::call(vm, f, args),
        "abc" => abc::call(vm, f, args),
        "typing" => typing::call(vm, f, args),
        _ => math::call(vm, f, args),
    }
}

/// The module `name`, built on first use and cached; `None` if no native module has
/// that name. Does not consult the allow-list (see [`import`]).
pub fn load(vm: &mut Vm, name: &str) -> Option<Value> {
    if let Some((_, v)) = vm.modules.iter().find(|(n, _)| *n == name) {
        return Some(*v);
    }
    let name: &'static str = NATIVE.iter().copied().find(|n| *n == name)?;
    let mut entries: Vec<(Sym, Value)> = Vec::new();
    let dunder = vm.interner.intern("__name__");
    let n = vm.new_str(name);
    entries.push((dunder, n));
    let consts: Vec<(&str, Value)> = match name {
        "math" => math::constants(),
        "json" => json::constants(),
        "asyncio" => asyncio::constants(vm),
        "statistics" => statistics::constants(),
        "string" => string::constants(vm),
        "random" => random::constants(vm),
        "re" => re::constants(),
        "collections" => collections::constants(vm),
        "functools" => functools::constants(vm),
        "uuid" => uuid::constants(vm),
        "queue" => queue::constants(vm),
        "stat" => stat::constants(),
        "fractions" => fractions::constants(),
        "decimal" => decimal::constants(vm),
        "unicodedata" => unicodedata::constants(vm),
        "datetime" => datetime::constants(vm),
        "time" => time::constants(),
        "dataclasses" => dataclasses::constants(vm),
        "enum" => enum_::constants(vm),
        "abc" => abc::constants(vm),
        "typing" => typing::constants(vm),
        _ => Vec::new(),
    };
    for (k, v) in consts {
        entries.push((vm.interner.intern(k), v));
    }
    for f in ModuleFn::ALL.iter().filter(|f| f.module() == name) {
        entries.push((vm.interner.intern(f.name()), Value::ModuleFn(*f)));
    }
    let m = vm.alloc(Obj::Namespace(Box::new((name.to_string(), entries))));
    vm.modules.push((name, m));
    Some(m)
}

/// `from module import name`.
pub fn import_from(vm: &mut Vm, module: Value, name: Sym) -> PyResult<Value> {
    if let Value::Ref(id) = module {
        if let Obj::Namespace(ns) = vm.heap.get(id) {
            if let Some((_, v)) = ns.1.iter().find(|(k, _)| *k == name) {
                return Ok(*v);
            }
            let msg = format!(
                "cannot import name '{}' from '{}' (unknown location)",
                vm.interner.name(name),
                ns.0
            );
            return Err(Raise::new(Ty::ImportError, msg));
        }
    }
    vm.get_attr(module, name)
}

/// The public (not `_`-prefixed) names of `module`, for `from module import *`.
pub fn public_names(vm: &Vm, module: Value) -> Vec<(Sym, Value)> {
    match module {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Namespace(ns) => {
                ns.1.iter()
                    .filter(|(k, _)| !vm.interner.name(*k).starts_with('_'))
                    .copied()
                    .collect()
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The class a base like `Generic[T]` stands for (CPython's `__mro_entries__`);
/// `None` for an ordinary base.
pub fn mro_entry(vm: &mut Vm, base: Value) -> PyResult<Option<Value>> {
    match base {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Instance(_)) => {
            typing::mro_entry(vm, base)
        }
        _ => Ok(None),
    }
}

/// Runs after `BuildClass` made a class with `Class::flags` set (enum members,
/// abstract methods); `Some` replaces the class (`class P(NamedTuple)`).
pub fn class_built(vm: &mut Vm, cls: crate::heap::HeapId) -> PyResult<Option<Value>> {
    pyclass::class_built(vm, cls)
}

/// Assigning (`deleting`) attribute `name` of `target`, an instance or class whose
/// flags include `FROZEN` or `ENUM`: the error CPython's generated `__setattr__` or
/// `EnumType.__setattr__` raises, if any.
pub fn check_set_attr(vm: &mut Vm, target: Value, name: Sym, deleting: bool) -> PyResult<()> {
    let is_class = matches!(target, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Class(_)));
    let cls = if is_class {
        target.as_ref()
    } else {
        vm.class_of(target)
    };
    let Some(cls) = cls else { return Ok(()) };
    let f = vm.class_flags(cls);
    if !is_class && f & crate::objects::class::flags::FROZEN != 0 {
        return Err(dataclasses::frozen_error(vm, name, deleting));
    }
    if f & crate::objects::class::flags::ENUM != 0 {
        let n = vm.interner.name(name).to_string();
        return enum_::check_set(vm, target, &n, deleting);
    }
    Ok(())
}
