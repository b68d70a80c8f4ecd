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
//! | `random.rs` | `random` |
//! | `time.rs` | `time` |
//! | `multi_tool_use.rs` | the `multi_tool_use` global (not importable) |

mod asyncio;
mod base64;
mod bisect;
mod heapq;
mod json;
mod math;
mod multi_tool_use;
mod random;
mod statistics;
mod string;
mod textwrap;
mod time;

use crate::error::{PyResult, Raise};
use crate::intern::Sym;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The native modules, in the order `import` lists them.
pub const NATIVE: &[&str] = &[
    "asyncio",
    "base64",
    "bisect",
    "heapq",
    "json",
    "math",
    "random",
    "statistics",
    "string",
    "textwrap",
    "time",
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
    MultiToolUseParallel = ("multi_tool_use", "parallel"),
}

/// Calls module function `f`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f.module() {
        "json" => json::call(vm, f, args),
        "asyncio" => asyncio::call(vm, f, args),
        "multi_tool_use" => multi_tool_use::call(vm, f, args),
        "heapq" => heapq::call(vm, f, args),
        "bisect" => bisect::call(vm, f, args),
        "statistics" => statistics::call(vm, f, args),
        "base64" => base64::call(vm, f, args),
        "textwrap" => textwrap::call(vm, f, args),
        "string" => string::call(vm, f, args),
        "random" => random::call(vm, f, args),
        "time" => time::call(vm, f, args),
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

/// `import name`: applies the allow-list and returns the module. A leading `.` marks a
/// relative import (there is no package to be relative to).
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if name.starts_with('.') {
        return Err(Raise::new(
            Ty::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let top = name.split('.').next().unwrap_or(name);
    if !NATIVE.contains(&top) {
        return Err(Raise::new(
            Ty::ModuleNotFoundError,
            format!("No module named '{top}'"),
        ));
    }
    if let Some(allowed) = &vm.authorized_imports {
        if !allowed.iter().any(|a| a == top || a == "*") {
            let list: Vec<String> = allowed.iter().map(|a| format!("'{a}'")).collect();
            return Err(Raise::new(
                Ty::ImportError,
                format!(
                    "Import of '{top}' is not allowed. Authorized imports are: [{}]",
                    list.join(", ")
                ),
            ));
        }
    }
    if top != name {
        return Err(Raise::new(
            Ty::ModuleNotFoundError,
            format!("No module named '{name}'; '{top}' is not a package"),
        ));
    }
    load(vm, name).ok_or_else(|| Raise::internal("native module failed to load"))
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
