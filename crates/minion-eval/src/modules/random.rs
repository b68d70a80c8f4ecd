//! The `random` module: CPython's Mersenne Twister (`_randommodule.c`) and the
//! methods of `random.Random` (`random.py`, 3.11), so that after `random.seed(n)`
//! every function returns exactly CPython's numbers. Seeds may be `None`, ints,
//! floats (by their hash, as CPython), and `str`/`bytes`/`bytearray` (version 2:
//! the seed's bytes followed by their SHA-512 digest, as an int).
//!
//! The generator's state is per VM: it lives in the module object (a `bytearray` under
//! the private name `_mt_state`, so two executors never share a stream and the state
//! survives between runs of one executor, as a module's does). Without an explicit
//! `seed()`, the module is seeded from the OS clock mixed with the process's random
//! hasher keys (CPython reads `os.urandom`).
//!
//! `random.Random` and `random.SystemRandom` instances are not provided (they are
//! classes); the module-level functions cover their methods.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use super::string::{lt, PySig};
use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::compile::code::BinOp;
use crate::error::{index_error, type_error, value_error, LimitError, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::ops::MAX_INT_BITS;
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;
/// The private module attribute holding the state.
const STATE: &str = "_mt_state";
/// Bytes of the state: 624 words, the index, a "gauss_next is set" flag and its value.
const STATE_LEN: usize = N * 4 + 4 + 1 + 8;
const INDEX_AT: usize = N * 4;
const GAUSS_AT: usize = N * 4 + 4;

const TWOPI: f64 = std::f64::consts::TAU;

// ---------------------------------------------------------------------------
// Mersenne Twister (MT19937, as CPython initialises and tempers it).

fn init_genrand(mt: &mut [u32; N], s: u32) {
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1_812_433_253u32
            .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
            .wrapping_add(i as u32);
    }
}

/// `init_by_array`: the state for `key` (index `N`, so the next draw twists).
pub(super) fn init_by_array(key: &[u32]) -> [u32; N] {
    let mut mt = [0u32; N];
    init_genrand(&mut mt, 19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    let len = key.len().max(1);
    for _ in 0..N.max(len) {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
            .wrapping_add(key.get(j).copied().unwrap_or(0))
            .wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= len {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
    mt
}

fn twist(mt: &mut [u32; N]) {
    const UPPER: u32 = 0x8000_0000;
    const LOWER: u32 = 0x7fff_ffff;
    let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
    for kk in 0..N - M {
        let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
    }
    for kk in N - M..N - 1 {
        let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
    }
    let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
}

fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^= y >> 18;
    y
}

/// Serialises a state (words, index, `gauss_next`).
fn encode_state(mt: &[u32; N], index: u32, gauss: Option<f64>) -> Vec<u8> {
    let mut b = Vec::with_capacity(STATE_LEN);
    for w in mt {
        b.extend_from_slice(&w.to_le_bytes());
    }
    b.extend_from_slice(&index.to_le_bytes());
    b.push(gauss.is_some() as u8);
    b.extend_from_slice(&gauss.unwrap_or(0.0).to_le_bytes());
    b
}

fn word(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]])
}

fn decode_words(b: &[u8]) -> [u32; N] {
    let mut mt = [0u32; N];
    for (i, w) in mt.iter_mut().enumerate() {
        *w = word(b, i);
    }
    mt
}

/// The next 32-bit output of the state in `b` (`genrand_uint32`).
fn next_u32(b: &mut [u8]) -> u32 {
    let mut index = word(b, INDEX_AT / 4) as usize;
    if index >= N {
        let mut mt = decode_words(b);
        twist(&mut mt);
        for (i, w) in mt.iter().enumerate() {
            b[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
        }
        index = 0;
    }
    let y = word(b, index);
    b[INDEX_AT..INDEX_AT + 4].copy_from_slice(&((index + 1) as u32).to_le_bytes());
    temper(y)
}

/// Key words from the OS clock and the process's random hasher keys.
fn time_key() -> Vec<u32> {
    use std::hash::{BuildHasher, Hasher};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(nanos);
    let mut x = h.finish() ^ (nanos as u64);
    // splitmix64 stretches the seed material into a full key, as urandom would.
    (0..N)
        .map(|_| {
            x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            (z ^ (z >> 31)) as u32
        })
        .collect()
}

fn fresh_state() -> Vec<u8> {
    let mt = init_by_array(&time_key());
    encode_state(&mt, N as u32, None)
}

/// The module's constants: the generator state, seeded from the clock.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![(STATE, vm.alloc(Obj::ByteArray(fresh_state())))]
}

// ---------------------------------------------------------------------------
// The per-VM generator.

/// A handle on the VM's generator state.
#[derive(Clone, Copy)]
struct Rng(HeapId);

impl Rng {
    /// The state of this VM's `random` module (loaded if needed).
    fn of(vm: &mut Vm) -> PyResult<Rng> {
        let module =
            super::load(vm, "random").ok_or_else(|| Raise::internal("random failed to load"))?;
        let sym = vm.interner.intern(STATE);
        if let Value::Ref(mid) = module {
            if let Obj::Namespace(ns) = vm.heap.get(mid) {
                if let Some((_, Value::Ref(sid))) = ns.1.iter().find(|(k, _)| *k == sym) {
                    if matches!(vm.heap.get(*sid), Obj::ByteArray(_)) {
                        return Ok(Rng(*sid));
                    }
                }
            }
        }
        Err(Raise::internal("random: generator state missing"))
    }

    /// The state bytes, reseeded from the clock if Python code damaged them.
    fn bytes<'a>(&self, vm: &'a mut Vm) -> &'a mut Vec<u8> {
        let obj = vm.heap.get_mut(self.0);
        if !matches!(obj, Obj::ByteArray(b) if b.len() == STATE_LEN) {
            *obj = Obj::ByteArray(fresh_state());
        }
        match obj {
            Obj::ByteArray(b) => b,
            _ => unreachable!("state was just replaced by a bytearray"),
        }
    }

    fn u32(&self, vm: &mut Vm) -> u32 {
        next_u32(self.bytes(vm))
    }

    /// `random()`: 53 random bits as a float in `[0, 1)`.
    fn random(&self, vm: &mut Vm) -> f64 {
        let a = (self.u32(vm) >> 5) as f64;
        let b = (self.u32(vm) >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    fn bits64(&self, vm: &mut Vm, k: u64) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.u32(vm) >> (32 - k)) as u64,
            _ => {
                let lo = self.u32(vm) as u64;
                let hi = (self.u32(vm) >> (64 - k)) as u64;
                lo | hi << 32
            }
        }
    }

    /// `getrandbits(k)`.
    fn bits(&self, vm: &mut Vm, k: u64) -> PyResult<BigInt> {
        if k <= 64 {
            return Ok(BigInt::from(self.bits64(vm, k)));
        }
        if k > MAX_INT_BITS {
            return Err(Raise::limit(LimitError::IntTooLarge(MAX_INT_BITS)));
        }
        vm.charge(k / 2048)?;
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k as i64;
        for _ in 0..words {
            let mut r = self.u32(vm);
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        Ok(BigInt::from_slice(Sign::Plus, &out))
    }

    /// `_randbelow(n)` for `0 < n < 2**64`.
    fn below64(&self, vm: &mut Vm, n: u64) -> u64 {
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = self.bits64(vm, k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for `n > 0`.
    fn below(&self, vm: &mut Vm, n: &BigInt) -> PyResult<BigInt> {
        if let Some(small) = n.to_u64() {
            return Ok(BigInt::from(self.below64(vm, small)));
        }
        let k = n.bits();
        loop {
            let r = self.bits(vm, k)?;
            if &r < n {
                return Ok(r);
            }
        }
    }

    fn gauss_next(&self, vm: &mut Vm) -> Option<f64> {
        let b = self.bytes(vm);
        if b[GAUSS_AT] == 0 {
            return None;
        }
        let mut f = [0u8; 8];
        f.copy_from_slice(&b[GAUSS_AT + 1..GAUSS_AT + 9]);
        Some(f64::from_le_bytes(f))
    }

    fn set_gauss_next(&self, vm: &mut Vm, g: Option<f64>) {
        let b = self.bytes(vm);
        b[GAUSS_AT] = g.is_some() as u8;
        b[GAUSS_AT + 1..GAUSS_AT + 9].copy_from_slice(&g.unwrap_or(0.0).to_le_bytes());
    }

    fn set_state(&self, vm: &mut Vm, state: Vec<u8>) {
        if let Obj::ByteArray(b) = vm.heap.get_mut(self.0) {
            *b = state;
        }
    }

    /// `Random.seed(a)` once `a` is an int: its absolute value's 32-bit words.
    fn seed_int(&self, vm: &mut Vm, n: &BigInt) {
        let mut key = n.abs().to_u32_digits().1;
        if key.is_empty() {
            key.push(0);
        }
        let mt = init_by_array(&key);
        self.set_state(vm, encode_state(&mt, N as u32, None));
    }
}

/// SHA-512 of `data` (CPython seeds from a str or bytes with its digest).
pub(super) fn sha512(data: &[u8]) -> [u8; 64] {
    use sha2::Digest;
    sha2::Sha512::digest(data).into()
}

/// 64 random bits from this VM's generator (two 32-bit draws, high word first).
pub(super) fn random_u64(vm: &mut Vm) -> PyResult<u64> {
    let rng = Rng::of(vm)?;
    let hi = rng.u32(vm) as u64;
    let lo = rng.u32(vm) as u64;
    Ok((hi << 32) | lo)
}

// ---------------------------------------------------------------------------
// Module functions.

fn float_arg(vm: &Vm, v: Value) -> PyResult<f64> {
    match vm.to_f64(v) {
        Some(r) => r,
        None => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `Random.seed(a=None, version=2)`.
fn seed(vm: &mut Vm, rng: Rng, a: Value, version: Value) -> PyResult<()> {
    let v2 = matches!(version, Value::Int(2));
    let v1 = matches!(version, Value::Int(1) | Value::Bool(true));
    let text: Option<Vec<u8>> = if let Some(s) = vm.pystr(a) {
        Some(s.s.as_bytes().to_vec())
    } else if let Value::Ref(id) = a {
        match vm.heap.get(id) {
            Obj::Bytes(b) => Some(b.clone()),
            Obj::ByteArray(b) if v2 => Some(b.clone()),
            _ => None,
        }
    } else {
        None
    };
    let n: BigInt = match text {
        Some(bytes) if v1 => {
            // Version 1: a string hash (bytes are decoded as Latin-1).
            let chars: Vec<u32> = match vm.pystr(a) {
                Some(s) => s.s.chars().map(|c| c as u32).collect(),
                None => bytes.iter().map(|b| *b as u32).collect(),
            };
            let mut x: u64 = chars.first().map_or(0, |c| (*c as u64) << 7);
            for c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ *c as u64;
            }
            x ^= chars.len() as u64;
            BigInt::from(x)
        }
        Some(mut bytes) if v2 => {
            vm.charge(bytes.len() as u64 / 64)?;
            let digest = sha512(&bytes);
            bytes.extend_from_slice(&digest);
            BigInt::from_bytes_be(Sign::Plus, &bytes)
        }
        _ => match a {
            Value::None => {
                rng.set_state(vm, fresh_state());
                return Ok(());
            }
            Value::Float(_) => BigInt::from(vm.hash_value(a)?),
            _ => match vm.to_bigint(a) {
                Some(i) => i,
                None => {
                    let allowed = matches!(vm.type_of(a), Ty::Str | Ty::Bytes | Ty::ByteArray);
                    if !allowed {
                        return Err(type_error(
                            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                        ));
                    }
                    BigInt::from(vm.hash_value(a)?)
                }
            },
        },
    };
    rng.seed_int(vm, &n);
    Ok(())
}

/// `operator.index(v)`, else `int(v)` when that equals `v` (`randrange`'s
/// deprecated float path); `msg` is its `ValueError`.
fn range_arg(vm: &mut Vm, v: Value, msg: &str) -> PyResult<BigInt> {
    if let Some(i) = vm.to_bigint(v) {
        return Ok(i);
    }
    let iv = crate::builtins::call_type(vm, Ty::Int, Args::positional(vec![v]))?;
    if !vm.eq(iv, v)? {
        return Err(value_error(msg.to_string()));
    }
    vm.to_bigint(iv)
        .ok_or_else(|| Raise::internal("int() returned a non-int"))
}

/// `randrange(start, stop=None, step=1)`; `step` is `None` when not given.
fn randrange(
    vm: &mut Vm,
    rng: Rng,
    start: Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<Value> {
    let istart = range_arg(vm, start, "non-integer arg 1 for randrange()")?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            let r = rng.below(vm, &istart)?;
            return Ok(vm.new_int(r));
        }
        return Err(value_error("empty range for randrange()"));
    };
    let istop = range_arg(vm, stop, "non-integer stop for randrange()")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::one(),
        Some(s) => range_arg(vm, s, "non-integer step for randrange()")?,
    };
    if istep.is_one() {
        if width.is_positive() {
            let r = rng.below(vm, &width)?;
            return Ok(vm.new_int(istart + r));
        }
        return Err(value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::one()).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::one()).div_floor(&istep)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(value_error("empty range for randrange()"));
    }
    let r = rng.below(vm, &n)?;
    Ok(vm.new_int(istart + istep * r))
}

fn is_sequence(vm: &Vm, v: Value) -> bool {
    matches!(
        vm.type_of(v),
        Ty::List | Ty::Tuple | Ty::Str | Ty::Range | Ty::Bytes | Ty::ByteArray
    )
}

/// `len(seq)` as `i64`.
fn len_of(vm: &Vm, v: Value) -> PyResult<i64> {
    Ok(vm.py_len(v)? as i64)
}

/// `population[i]`.
fn item(vm: &mut Vm, seq: Value, i: i64) -> PyResult<Value> {
    if let Value::Ref(id) = seq {
        if let Obj::List(l) = vm.heap.get(id) {
            if let Some(v) = l.get(i as usize) {
                return Ok(*v);
            }
        }
    }
    vm.get_item(seq, Value::Int(i))
}

/// `itertools.repeat(None, k)`'s count.
fn repeat_count(vm: &Vm, k: Value) -> PyResult<i64> {
    vm.expect_i64(k).map(|k| k.max(0))
}

/// `list(itertools.accumulate(xs))`.
fn accumulate(vm: &mut Vm, xs: Value) -> PyResult<Vec<Value>> {
    let items = vm.collect_iterable(xs)?;
    let mut out = Vec::with_capacity(items.len());
    let mut acc: Option<Value> = None;
    for x in items {
        let next = match acc {
            None => x,
            Some(a) => vm.binary_op(BinOp::Add, a, x)?,
        };
        out.push(next);
        acc = Some(next);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, lo, hi)` on a vector.
fn bisect_right(
    vm: &mut Vm,
    a: &[Value],
    x: Value,
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if lt(vm, x, a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `sample(population, k, *, counts=None)`.
fn sample(
    vm: &mut Vm,
    rng: Rng,
    population: Value,
    k: Value,
    counts: Option<Value>,
) -> PyResult<Value> {
    if !is_sequence(vm, population) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = len_of(vm, population)?;
    if let Some(counts) = counts {
        let mut cum = accumulate(vm, counts)?;
        if cum.len() as i64 != n {
            return Err(value_error(
                "The number of counts does not match the population",
            ));
        }
        let Some(total) = cum.pop() else {
            return Err(index_error("pop from empty list"));
        };
        let Some(total) = (if vm.is_int(total) {
            vm.to_bigint(total)
        } else {
            None
        }) else {
            return Err(type_error("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(value_error("Total of counts must be greater than zero"));
        }
        let Some(total) = total.to_i64() else {
            return Err(overflow("Python int too large to convert to C ssize_t"));
        };
        let range = vm.alloc(Obj::Range(0, total, 1));
        let picks = sample(vm, rng, range, k, None)?;
        let picks = vm.seq_items(picks);
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let i = bisect_right(vm, &cum, s, 0, cum.len())?;
            out.push(item(vm, population, i as i64)?);
        }
        return Ok(vm.new_list(out));
    }
    // `0 <= k <= n`, compared as Python does before `k` is used as a count.
    if lt(vm, k, Value::Int(0))? || lt(vm, Value::Int(n), k)? {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let k = match k {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(k)
            )))
        }
    };
    vm.charge(k as u64)?;
    vm.check_alloc(k as usize * 16)?;
    let mut result = Vec::with_capacity(k as usize);
    let mut setsize: i64 = 21;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4i64.saturating_pow(e.ceil() as u32);
    }
    if n <= setsize {
        let mut pool = vm.collect_iterable(population)?;
        for i in 0..k {
            let j = rng.below64(vm, (n - i) as u64) as usize;
            result.push(pool[j]);
            pool[j] = pool[(n - i - 1) as usize];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = rng.below64(vm, n as u64);
            while selected.contains(&j) {
                j = rng.below64(vm, n as u64);
            }
            selected.insert(j);
            result.push(item(vm, population, j as i64)?);
        }
    }
    Ok(vm.new_list(result))
}

fn overflow(msg: &str) -> Raise {
    crate::error::overflow_error(msg.to_string())
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
fn choices(
    vm: &mut Vm,
    rng: Rng,
    population: Value,
    weights: Option<Value>,
    cum_weights: Option<Value>,
    k: Value,
) -> PyResult<Value> {
    let n = len_of(vm, population)?;
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let count = repeat_count(vm, k)?;
            vm.charge(count as u64)?;
            vm.check_alloc(count as usize * 16)?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(count as usize);
            for _ in 0..count {
                let i = (rng.random(vm) * nf).floor() as i64;
                out.push(item(vm, population, i)?);
            }
            return Ok(vm.new_list(out));
        }
        (Some(w), None) => {
            if !vm.is_iterable(w) && vm.is_int(w) {
                let r = vm.repr(w)?;
                return Err(type_error(format!(
                    "The number of choices must be a keyword argument: k={r}"
                )));
            }
            accumulate(vm, w)?
        }
        (None, Some(c)) => {
            let len = vm.py_len(c)?;
            let mut items = Vec::with_capacity(len);
            for i in 0..len {
                items.push(item(vm, c, i as i64)?);
            }
            items
        }
        (Some(_), Some(_)) => {
            return Err(type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if cum.len() as i64 != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let Some(last) = cum.last().copied() else {
        return Err(index_error("list index out of range"));
    };
    let total = vm.binary_op(BinOp::Add, last, Value::Float(0.0))?;
    let total = float_arg(vm, total)?;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let count = repeat_count(vm, k)?;
    vm.charge(count as u64)?;
    vm.check_alloc(count as usize * 16)?;
    let hi = (n - 1) as usize;
    let mut out = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let x = Value::Float(rng.random(vm) * total);
        let i = bisect_right(vm, &cum, x, 0, hi)?;
        out.push(item(vm, population, i as i64)?);
    }
    Ok(vm.new_list(out))
}

/// `shuffle(x)`.
fn shuffle(vm: &mut Vm, rng: Rng, x: Value) -> PyResult<()> {
    let n = len_of(vm, x)?;
    vm.charge(n as u64)?;
    let list_id = match x {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::List(_)) => Some(id),
        _ => None,
    };
    for i in (1..n).rev() {
        let j = rng.below64(vm, (i + 1) as u64) as i64;
        if let Some(id) = list_id {
            if let Obj::List(l) = vm.heap.get_mut(id) {
                if (i as usize) < l.len() {
                    l.swap(i as usize, j as usize);
                    continue;
                }
            }
        }
        let (a, b) = (Value::Int(i), Value::Int(j));
        let xi = vm.get_item(x, a)?;
        let xj = vm.get_item(x, b)?;
        vm.set_item(x, a, xj)?;
        vm.set_item(x, b, xi)?;
    }
    Ok(())
}

/// `normalvariate(mu, sigma)`'s standard normal draw (Kinderman and Monahan).
fn std_normal(vm: &mut Vm, rng: Rng) -> f64 {
    let nv_magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = rng.random(vm);
        let u2 = 1.0 - rng.random(vm);
        let z = nv_magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

/// `mu + z * sigma` with Python's arithmetic.
fn affine(vm: &mut Vm, mu: Value, z: f64, sigma: Value) -> PyResult<Value> {
    let zs = vm.binary_op(BinOp::Mul, Value::Float(z), sigma)?;
    vm.binary_op(BinOp::Add, mu, zs)
}

/// `gammavariate(alpha, beta)`.
fn gamma(vm: &mut Vm, rng: Rng, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let log4 = 4.0f64.ln();
        let sg_magic = 1.0 + 4.5f64.ln();
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            vm.charge(1)?;
            let u1 = rng.random(vm);
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - rng.random(vm);
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - rng.random(vm)).ln() * beta);
    }
    let e = std::f64::consts::E;
    loop {
        vm.charge(1)?;
        let u = rng.random(vm);
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 {
            p.powf(1.0 / alpha)
        } else {
            -((b - p) / alpha).ln()
        };
        let u1 = rng.random(vm);
        if p > 1.0 {
            if u1 <= x.powf(alpha - 1.0) {
                return Ok(x * beta);
            }
        } else if u1 <= (-x).exp() {
            return Ok(x * beta);
        }
    }
}

/// Positional-or-keyword float parameters of a distribution method, with defaults.
fn floats(
    vm: &mut Vm,
    name: &str,
    params: &[&str],
    defaults: &[Option<f64>],
    args: Args,
) -> PyResult<Vec<f64>> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let b = PySig::new(name, params, required).bound().bind(vm, args)?;
    let mut out = Vec::with_capacity(params.len());
    for (slot, d) in b.args.iter().zip(defaults) {
        out.push(match slot {
            Some(v) => float_arg(vm, *v)?,
            None => d.unwrap_or(0.0),
        });
    }
    Ok(out)
}

/// Calls `random.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    let rng = Rng::of(vm)?;
    match f {
        RandomRandom => {
            ArgParser::new("Random.random", args).positional(0, 0)?;
            Ok(Value::Float(rng.random(vm)))
        }
        RandomSeed => {
            let b = PySig::new("Random.seed", &["a", "version"], 0)
                .bound()
                .bind(vm, args)?;
            let a = b.args[0].unwrap_or(Value::None);
            let version = b.args[1].unwrap_or(Value::Int(2));
            seed(vm, rng, a, version)?;
            Ok(Value::None)
        }
        RandomGetrandbits => {
            let a = ArgParser::new("Random.getrandbits", args).positional(1, 1)?;
            let k = vm.expect_i64(a[0])?;
            if k < 0 {
                return Err(value_error("number of bits must be non-negative"));
            }
            let r = rng.bits(vm, k as u64)?;
            Ok(vm.new_int(r))
        }
        RandomRandbytes => {
            let a = ArgParser::new("Random.randbytes", args).positional(1, 1)?;
            let n = vm.expect_i64(a[0])?;
            if n < 0 {
                return Err(value_error("number of bits must be non-negative"));
            }
            vm.check_alloc(n as usize)?;
            let r = rng.bits(vm, n as u64 * 8)?;
            let mut bytes = r.to_bytes_le().1;
            bytes.resize(n as usize, 0);
            Ok(vm.new_bytes_like(Ty::Bytes, bytes))
        }
        RandomRandrange => {
            let b = PySig::new("Random.randrange", &["start", "stop", "step"], 1)
                .bound()
                .bind(vm, args)?;
            randrange(
                vm,
                rng,
                b.args[0].unwrap_or(Value::None),
                b.args[1],
                b.args[2],
            )
        }
        RandomRandint => {
            let b = PySig::new("Random.randint", &["a", "b"], 2)
                .bound()
                .bind(vm, args)?;
            let lo = b.args[0].unwrap_or(Value::None);
            let hi = vm.binary_op(BinOp::Add, b.args[1].unwrap_or(Value::None), Value::Int(1))?;
            randrange(vm, rng, lo, Some(hi), None)
        }
        RandomChoice => {
            let b = PySig::new("Random.choice", &["seq"], 1)
                .bound()
                .bind(vm, args)?;
            let seq = b.args[0].unwrap_or(Value::None);
            let n = len_of(vm, seq)?;
            if n == 0 {
                return Err(index_error("Cannot choose from an empty sequence"));
            }
            let i = rng.below64(vm, n as u64) as i64;
            item(vm, seq, i)
        }
        RandomChoices => {
            let b = PySig::new("Random.choices", &["population", "weights"], 1)
                .kwonly(&["cum_weights", "k"])
                .bound()
                .bind(vm, args)?;
            let weights = b.args[1].filter(|w| !w.is_none());
            let cum = b.kwonly[0].filter(|w| !w.is_none());
            let k = b.kwonly[1].unwrap_or(Value::Int(1));
            choices(vm, rng, b.args[0].unwrap_or(Value::None), weights, cum, k)
        }
        RandomSample => {
            let b = PySig::new("Random.sample", &["population", "k"], 2)
                .kwonly(&["counts"])
                .bound()
                .bind(vm, args)?;
            let counts = b.kwonly[0].filter(|c| !c.is_none());
            sample(
                vm,
                rng,
                b.args[0].unwrap_or(Value::None),
                b.args[1].unwrap_or(Value::None),
                counts,
            )
        }
        RandomShuffle => {
            let b = PySig::new("Random.shuffle", &["x"], 1)
                .bound()
                .bind(vm, args)?;
            shuffle(vm, rng, b.args[0].unwrap_or(Value::None))?;
            Ok(Value::None)
        }
        RandomUniform => {
            let b = PySig::new("Random.uniform", &["a", "b"], 2)
                .bound()
                .bind(vm, args)?;
            let (a, hi) = (
                b.args[0].unwrap_or(Value::None),
                b.args[1].unwrap_or(Value::None),
            );
            let width = vm.binary_op(BinOp::Sub, hi, a)?;
            let r = Value::Float(rng.random(vm));
            let scaled = vm.binary_op(BinOp::Mul, width, r)?;
            vm.binary_op(BinOp::Add, a, scaled)
        }
        RandomGauss => {
            let b = PySig::new("Random.gauss", &["mu", "sigma"], 0)
                .bound()
                .bind(vm, args)?;
            let mu = b.args[0].unwrap_or(Value::Float(0.0));
            let sigma = b.args[1].unwrap_or(Value::Float(1.0));
            let z = match rng.gauss_next(vm) {
                Some(z) => {
                    rng.set_gauss_next(vm, None);
                    z
                }
                None => {
                    let x2pi = rng.random(vm) * TWOPI;
                    let g2rad = (-2.0 * (1.0 - rng.random(vm)).ln()).sqrt();
                    rng.set_gauss_next(vm, Some(x2pi.sin() * g2rad));
                    x2pi.cos() * g2rad
                }
            };
            affine(vm, mu, z, sigma)
        }
        RandomNormalvariate => {
            let b = PySig::new("Random.normalvariate", &["mu", "sigma"], 0)
                .bound()
                .bind(vm, args)?;
            let mu = b.args[0].unwrap_or(Value::Float(0.0));
            let sigma = b.args[1].unwrap_or(Value::Float(1.0));
            let z = std_normal(vm, rng);
            affine(vm, mu, z, sigma)
        }
        RandomLognormvariate => {
            let p = floats(
                vm,
                "Random.lognormvariate",
                &["mu", "sigma"],
                &[None, None],
                args,
            )?;
            let z = std_normal(vm, rng);
            Ok(Value::Float((p[0] + z * p[1]).exp()))
        }
        RandomExpovariate => {
            let b = PySig::new("Random.expovariate", &["lambd"], 1)
                .bound()
                .bind(vm, args)?;
            let x = -(1.0 - rng.random(vm)).ln();
            vm.binary_op(
                BinOp::TrueDiv,
                Value::Float(x),
                b.args[0].unwrap_or(Value::None),
            )
        }
        RandomTriangular => {
            let b = PySig::new("Random.triangular", &["low", "high", "mode"], 0)
                .bound()
                .bind(vm, args)?;
            let mut low = float_arg(vm, b.args[0].unwrap_or(Value::Float(0.0)))?;
            let mut high = float_arg(vm, b.args[1].unwrap_or(Value::Float(1.0)))?;
            let mut u = rng.random(vm);
            let mut c = match b.args[2].filter(|m| !m.is_none()) {
                None => 0.5,
                Some(m) => {
                    let m = float_arg(vm, m)?;
                    if high - low == 0.0 {
                        return Ok(b.args[0].unwrap_or(Value::Float(0.0)));
                    }
                    (m - low) / (high - low)
                }
            };
            if u > c {
                u = 1.0 - u;
                c = 1.0 - c;
                std::mem::swap(&mut low, &mut high);
            }
            Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
        }
        RandomBetavariate => {
            let p = floats(
                vm,
                "Random.betavariate",
                &["alpha", "beta"],
                &[None, None],
                args,
            )?;
            let y = gamma(vm, rng, p[0], 1.0)?;
            if y != 0.0 {
                let z = gamma(vm, rng, p[1], 1.0)?;
                return Ok(Value::Float(y / (y + z)));
            }
            Ok(Value::Float(0.0))
        }
        RandomGammavariate => {
            let p = floats(
                vm,
                "Random.gammavariate",
                &["alpha", "beta"],
                &[None, None],
                args,
            )?;
            Ok(Value::Float(gamma(vm, rng, p[0], p[1])?))
        }
        RandomParetovariate => {
            let p = floats(vm, "Random.paretovariate", &["alpha"], &[None], args)?;
            let u = 1.0 - rng.random(vm);
            Ok(Value::Float(u.powf(-1.0 / p[0])))
        }
        RandomWeibullvariate => {
            let p = floats(
                vm,
                "Random.weibullvariate",
                &["alpha", "beta"],
                &[None, None],
                args,
            )?;
            let u = 1.0 - rng.random(vm);
            Ok(Value::Float(p[0] * (-u.ln()).powf(1.0 / p[1])))
        }
        RandomVonmisesvariate => {
            let p = floats(
                vm,
                "Random.vonmisesvariate",
                &["mu", "kappa"],
                &[None, None],
                args,
            )?;
            let (mu, kappa) = (p[0], p[1]);
            if kappa <= 1e-6 {
                return Ok(Value::Float(TWOPI * rng.random(vm)));
            }
            let s = 0.5 / kappa;
            let r = s + (1.0 + s * s).sqrt();
            let z = loop {
                vm.charge(1)?;
                let u1 = rng.random(vm);
                let z = (std::f64::consts::PI * u1).cos();
                let d = z / (r + z);
                let u2 = rng.random(vm);
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                    break z;
                }
            };
            let q = 1.0 / r;
            let fv = (q + z) / (1.0 + q * z);
            let u3 = rng.random(vm);
            let theta = if u3 > 0.5 {
                (mu + fv.acos()).rem_euclid(TWOPI)
            } else {
                (mu - fv.acos()).rem_euclid(TWOPI)
            };
            Ok(Value::Float(theta))
        }
        RandomGetstate => {
            PySig::new("Random.getstate", &[], 0)
                .bound()
                .bind(vm, args)?;
            let b = rng.bytes(vm).clone();
            let mut words: Vec<Value> = (0..N).map(|i| Value::Int(word(&b, i) as i64)).collect();
            words.push(Value::Int(word(&b, INDEX_AT / 4) as i64));
            let inner = vm.new_tuple(words);
            let gauss = match rng.gauss_next(vm) {
                Some(g) => Value::Float(g),
                None => Value::None,
            };
            Ok(vm.new_tuple(vec![Value::Int(3), inner, gauss]))
        }
        RandomSetstate => {
            let b = PySig::new("Random.setstate", &["state"], 1)
                .bound()
                .bind(vm, args)?;
            setstate(vm, rng, b.args[0].unwrap_or(Value::None))?;
            Ok(Value::None)
        }
        _ => Err(Raise::internal("not a random function")),
    }
}

/// `Random.setstate(state)`: version 3 (what `getstate` returns) or 2 (words as
/// signed ints).
fn setstate(vm: &mut Vm, rng: Rng, state: Value) -> PyResult<()> {
    let version = vm.get_item(state, Value::Int(0))?;
    let v2 = vm.eq(version, Value::Int(2))?;
    if !v2 && !vm.eq(version, Value::Int(3))? {
        let r = vm.str_of(version)?;
        return Err(value_error(format!(
            "state with version {r} passed to Random.setstate() of version 3"
        )));
    }
    let parts = vm.unpack(state, 3)?;
    let (mut internal, gauss) = (parts[1], parts[2]);
    if v2 {
        let items = vm.collect_iterable(internal)?;
        let modulus = BigInt::one() << 32;
        let mut words = Vec::with_capacity(items.len());
        for v in items {
            let Some(n) = vm.to_bigint(v) else {
                return Err(type_error(format!(
                    "unsupported operand type(s) for %: '{}' and 'int'",
                    vm.type_name(v)
                )));
            };
            let w = n.mod_floor(&modulus);
            words.push(vm.new_int(w));
        }
        internal = vm.new_tuple(words);
    }
    if vm.type_of(internal) != Ty::Tuple {
        return Err(type_error("state vector must be a tuple"));
    }
    let items = vm.seq_items(internal);
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (i, v) in items.iter().enumerate() {
        let Some(n) = vm.to_bigint(*v) else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(*v)
            )));
        };
        if i == N {
            break;
        }
        // `PyLong_AsUnsignedLong`, then truncated to 32 bits.
        let Some(w) = n.to_u64() else {
            return Err(overflow(if n.is_negative() {
                "can't convert negative int to unsigned"
            } else {
                "Python int too large to convert to C unsigned long"
            }));
        };
        mt[i] = w as u32;
    }
    let index = match vm.to_bigint(items[N]).and_then(|n| n.to_i64()) {
        Some(i) if (0..=N as i64).contains(&i) => i as u32,
        Some(_) => return Err(value_error("invalid state")),
        None => return Err(overflow("Python int too large to convert to C long")),
    };
    let g = match gauss {
        Value::None => None,
        v => Some(float_arg(vm, v)?),
    };
    rng.set_state(vm, encode_state(&mt, index, g));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn sha512_vectors() {
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        // Two blocks of padding.
        assert_eq!(sha512(&[b'a'; 200]).len(), 64);
    }

    #[test]
    fn mt_matches_reference() {
        // MT19937 reference output for init_by_array([0x123, 0x234, 0x345, 0x456]).
        let mt = init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let mut b = encode_state(&mt, N as u32, None);
        let first: Vec<u32> = (0..5).map(|_| next_u32(&mut b)).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }
}
