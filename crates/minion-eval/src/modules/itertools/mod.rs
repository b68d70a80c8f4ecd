//! The `itertools` module: every iterator of CPython 3.11's `itertools`, lazy.
//!
//! The constructors here check their arguments (CPython's messages) and build an
//! `Obj::Iter(IterState::Itertools(..))`; the steps are in `state.rs` (and the
//! combinatoric ones in `combinatoric.rs`). `chain.from_iterable` is the module
//! function `ItertoolsChainFromIterable`, reached as an attribute of `chain`.

mod combinatoric;
mod state;

pub use state::{repr, step, ItState};

use std::collections::VecDeque;

use super::string::bind_clinic;
use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::objects::{IterState, Obj};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;
use combinatoric::{Combinations, Permutations, Product};
use state::{GroupBy, TeeShared};

/// Allocates an itertools iterator.
fn make(vm: &mut Vm, s: ItState) -> Value {
    let bytes = s.heap_bytes();
    let v = vm.alloc(Obj::Iter(Box::new(IterState::Itertools(Box::new(s)))));
    vm.heap.grew(bytes);
    v
}

/// Calls `itertools.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::ItertoolsCount => count(vm, args),
        ModuleFn::ItertoolsCycle => {
            let a = one_arg("cycle", args)?;
            let it = vm.get_iter(a[0])?;
            Ok(make(vm, ItState::Cycle(it, Vec::new(), 0)))
        }
        ModuleFn::ItertoolsRepeat => {
            let a = bind_clinic(vm, "repeat", &["object", "times"], 1, &[], args)?;
            let obj = a[0].unwrap_or(Value::None);
            let times = match a[1] {
                Some(t) => Some(vm.expect_i64(t)?.max(0)),
                None => None,
            };
            Ok(make(vm, ItState::Repeat(obj, times)))
        }
        ModuleFn::ItertoolsAccumulate => {
            let a = bind_clinic(
                vm,
                "accumulate",
                &["iterable", "func"],
                1,
                &["initial"],
                args,
            )?;
            let it = vm.get_iter(a[0].unwrap_or(Value::None))?;
            let initial = a[2].filter(|v| !v.is_none());
            Ok(make(
                vm,
                ItState::Accumulate {
                    it,
                    total: initial.unwrap_or(Value::Undef),
                    func: a[1].unwrap_or(Value::None),
                    pending_initial: initial.is_some(),
                },
            ))
        }
        ModuleFn::ItertoolsChain => {
            no_keywords("chain", &args)?;
            let t = vm.new_tuple(args.pos);
            let sources = vm.get_iter(t)?;
            Ok(make(vm, ItState::Chain(sources, Value::Undef)))
        }
        ModuleFn::ItertoolsChainFromIterable => {
            let a = ArgParser::new("chain.from_iterable", args).positional(1, 1)?;
            let sources = vm.get_iter(a[0])?;
            Ok(make(vm, ItState::Chain(sources, Value::Undef)))
        }
        ModuleFn::ItertoolsCompress => {
            let a = bind_clinic(vm, "compress", &["data", "selectors"], 2, &[], args)?;
            let data = vm.get_iter(a[0].unwrap_or(Value::None))?;
            let sel = vm.get_iter(a[1].unwrap_or(Value::None))?;
            Ok(make(vm, ItState::Compress(data, sel)))
        }
        ModuleFn::ItertoolsDropwhile => {
            let (pred, it) = pred_and_iter(vm, "dropwhile", args)?;
            Ok(make(vm, ItState::DropWhile(pred, it, false)))
        }
        ModuleFn::ItertoolsTakewhile => {
            let (pred, it) = pred_and_iter(vm, "takewhile", args)?;
            Ok(make(vm, ItState::TakeWhile(pred, it)))
        }
        ModuleFn::ItertoolsFilterfalse => {
            let (pred, it) = pred_and_iter(vm, "filterfalse", args)?;
            Ok(make(vm, ItState::FilterFalse(pred, it)))
        }
        ModuleFn::ItertoolsStarmap => {
            let (func, it) = pred_and_iter(vm, "starmap", args)?;
            Ok(make(vm, ItState::Starmap(func, it)))
        }
        ModuleFn::ItertoolsGroupby => {
            let a = bind_clinic(vm, "groupby", &["iterable", "key"], 1, &[], args)?;
            let it = vm.get_iter(a[0].unwrap_or(Value::None))?;
            let g = GroupBy {
                it,
                keyfunc: a[1].unwrap_or(Value::None),
                tgtkey: Value::Undef,
                currkey: Value::Undef,
                currvalue: Value::Undef,
                currgrouper: None,
            };
            Ok(make(vm, ItState::GroupBy(Box::new(g))))
        }
        ModuleFn::ItertoolsIslice => islice(vm, args),
        ModuleFn::ItertoolsPairwise => {
            let a = one_arg("pairwise", args)?;
            let it = vm.get_iter(a[0])?;
            Ok(make(vm, ItState::Pairwise(it, Value::Undef)))
        }
        ModuleFn::ItertoolsTee => tee(vm, args),
        ModuleFn::ItertoolsZipLongest => {
            let mut fill = Value::None;
            for (k, v) in &args.kw {
                if vm.interner.name(*k) != "fillvalue" {
                    return Err(type_error(
                        "zip_longest() got an unexpected keyword argument",
                    ));
                }
                fill = *v;
            }
            let mut its = Vec::with_capacity(args.pos.len());
            for v in args.pos {
                its.push(vm.get_iter(v)?);
            }
            let n = its.len();
            Ok(make(vm, ItState::ZipLongest(its, fill, n)))
        }
        ModuleFn::ItertoolsProduct => product(vm, args),
        ModuleFn::ItertoolsPermutations => {
            let a = bind_clinic(vm, "permutations", &["iterable", "r"], 1, &[], args)?;
            let pool = vm.collect_iterable(a[0].unwrap_or(Value::None))?;
            let r = match a[1].filter(|v| !v.is_none()) {
                Some(r) => r_arg(vm, r)?,
                None => pool.len(),
            };
            vm.check_alloc(pool.len().saturating_mul(16).saturating_add(r * 8))?;
            Ok(make(
                vm,
                ItState::Permutations(Box::new(Permutations::new(pool, r))),
            ))
        }
        ModuleFn::ItertoolsCombinations | ModuleFn::ItertoolsCombinationsWithReplacement => {
            let replace = f == ModuleFn::ItertoolsCombinationsWithReplacement;
            let a = bind_clinic(vm, f.name(), &["iterable", "r"], 2, &[], args)?;
            let pool = vm.collect_iterable(a[0].unwrap_or(Value::None))?;
            let r = r_arg(vm, a[1].unwrap_or(Value::None))?;
            if replace || r <= pool.len() {
                vm.check_alloc(r.saturating_mul(16))?;
            }
            let c = Combinations::new(pool, r, replace);
            Ok(make(vm, ItState::Combinations(Box::new(c))))
        }
        _ => Err(Raise::internal("not an itertools function")),
    }
}

fn no_keywords(name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// The one positional argument of `cycle`/`pairwise` (CPython's wording).
fn one_arg(name: &str, args: Args) -> PyResult<Vec<Value>> {
    no_keywords(name, &args)?;
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    Ok(args.pos)
}

/// `(predicate, iterable)` of `dropwhile`, `takewhile`, `filterfalse`, `starmap`.
fn pred_and_iter(vm: &mut Vm, name: &str, args: Args) -> PyResult<(Value, Value)> {
    let a = ArgParser::new(name, args).positional(2, 2)?;
    let it = vm.get_iter(a[1])?;
    Ok((a[0], it))
}

/// The `r` of the combinatoric iterators: a non-negative int.
fn r_arg(vm: &Vm, r: Value) -> PyResult<usize> {
    let r = vm.expect_i64(r)?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

/// `count(start=0, step=1)`.
fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind_clinic(vm, "count", &["start", "step"], 0, &[], args)?;
    let start = a[0].unwrap_or(Value::Int(0));
    let step = a[1].unwrap_or(Value::Int(1));
    for v in [start, step] {
        if vm.to_f64(v).is_none() {
            return Err(type_error("a number is required"));
        }
    }
    Ok(make(vm, ItState::Count(start, step)))
}

/// An `islice` argument: `None`, or an int that fits (`-1` stands for anything else,
/// as CPython's `PyNumber_AsSsize_t` failure does).
fn islice_index(vm: &Vm, v: Value) -> Option<i64> {
    if v.is_none() {
        return None;
    }
    Some(vm.expect_i64(v).unwrap_or(-1))
}

/// `islice(it, stop)` / `islice(it, start, stop[, step])`.
fn islice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("islice", args).positional(2, 4)?;
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop) = if a.len() == 2 {
        (0, islice_index(vm, a[1]))
    } else {
        (islice_index(vm, a[1]).unwrap_or(0), islice_index(vm, a[2]))
    };
    if stop == Some(-1) {
        return Err(value_error(STOP));
    }
    let mut step = 1i64;
    if start < 0 || stop.is_some_and(|s| s < -1) {
        return Err(value_error(INDICES));
    }
    if a.len() == 4 {
        step = islice_index(vm, a[3]).unwrap_or(1);
    }
    if step < 1 {
        return Err(value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = vm.get_iter(a[0])?;
    Ok(make(
        vm,
        ItState::Islice {
            it,
            next: start as usize,
            stop: stop.map(|s| s as usize),
            step: step as usize,
            cnt: 0,
        },
    ))
}

/// `tee(iterable, n=2)`: `n` iterators sharing one buffer.
fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("tee", args).positional(1, 2)?;
    let n = match a.get(1) {
        Some(n) => vm.expect_i64(*n)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    let it = vm.get_iter(a[0])?;
    if n == 0 {
        return Ok(vm.new_tuple(Vec::new()));
    }
    vm.check_alloc((n as usize).saturating_mul(64))?;
    let shared = make(
        vm,
        ItState::TeeShared(Box::new(TeeShared {
            it,
            buf: VecDeque::new(),
            base: 0,
            positions: vec![0; n as usize],
        })),
    );
    let tees: Vec<Value> = (0..n as usize)
        .map(|i| make(vm, ItState::Tee(shared, i)))
        .collect();
    Ok(vm.new_tuple(tees))
}

/// `product(*iterables, repeat=1)`.
fn product(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut repeat = 1i64;
    for (k, v) in &args.kw {
        let name: &str = vm.interner.name(*k);
        if name != "repeat" {
            return Err(type_error(format!(
                "product() got an unexpected keyword argument '{name}'"
            )));
        }
        repeat = vm.expect_i64(*v)?;
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(args.pos.len());
    for v in &args.pos {
        pools.push(vm.collect_iterable(*v)?);
    }
    let total = pools.len().saturating_mul(repeat as usize);
    let bytes: usize = pools.iter().map(|p| p.len() * 16 + 24).sum();
    vm.check_alloc(bytes.saturating_mul(repeat as usize))?;
    vm.charge(total as u64)?;
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
    let p = Product {
        pools,
        indices: None,
        finished: false,
    };
    Ok(make(vm, ItState::Product(Box::new(p))))
}

/// `itertools.chain.from_iterable`: the one attribute of a module function.
pub fn fn_attr(f: ModuleFn, name: &str) -> Option<Value> {
    (f == ModuleFn::ItertoolsChain && name == "from_iterable")
        .then_some(Value::ModuleFn(ModuleFn::ItertoolsChainFromIterable))
}
