//! The `hashlib` module: `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512` and
//! `new(name)`, backed by the RustCrypto digests. Hash objects (`_hashlib.HASH`) have
//! `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size` and `block_size`.
//! `usedforsecurity=` is accepted and ignored, as CPython does where OpenSSL allows it.

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use super::ModuleFn;
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The running state of one hash object.
#[derive(Debug, Clone)]
pub enum Hasher {
    #[allow(missing_docs)]
    Md5(Md5),
    #[allow(missing_docs)]
    Sha1(Sha1),
    #[allow(missing_docs)]
    Sha224(Sha224),
    #[allow(missing_docs)]
    Sha256(Sha256),
    #[allow(missing_docs)]
    Sha384(Sha384),
    #[allow(missing_docs)]
    Sha512(Sha512),
}

/// Runs `$body` with `$h` bound to the concrete digest inside a [`Hasher`].
macro_rules! with_digest {
    ($hasher:expr, $h:ident => $body:expr) => {
        match $hasher {
            Hasher::Md5($h) => $body,
            Hasher::Sha1($h) => $body,
            Hasher::Sha224($h) => $body,
            Hasher::Sha256($h) => $body,
            Hasher::Sha384($h) => $body,
            Hasher::Sha512($h) => $body,
        }
    };
}

impl Hasher {
    /// A fresh hasher for algorithm `name` (CPython's names, case-insensitive).
    fn named(name: &str) -> Option<Hasher> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => Hasher::Md5(Md5::new()),
            "sha1" => Hasher::Sha1(Sha1::new()),
            "sha224" => Hasher::Sha224(Sha224::new()),
            "sha256" => Hasher::Sha256(Sha256::new()),
            "sha384" => Hasher::Sha384(Sha384::new()),
            "sha512" => Hasher::Sha512(Sha512::new()),
            _ => return None,
        })
    }

    /// The algorithm's name, as `h.name` gives it.
    pub fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha224(_) => "sha224",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha384(_) => "sha384",
            Hasher::Sha512(_) => "sha512",
        }
    }

    /// `digest_size` in bytes.
    pub fn digest_size(&self) -> usize {
        with_digest!(self, h => digest_len(h))
    }

    /// `block_size` in bytes.
    pub fn block_size(&self) -> usize {
        match self {
            Hasher::Sha384(_) | Hasher::Sha512(_) => 128,
            _ => 64,
        }
    }

    fn update(&mut self, data: &[u8]) {
        with_digest!(self, h => h.update(data))
    }

    /// The digest of what was fed so far (the state is kept, as in CPython).
    fn digest(&self) -> Vec<u8> {
        with_digest!(self.clone(), h => h.finalize().to_vec())
    }
}

fn digest_len<D: Digest>(_: &D) -> usize {
    <D as Digest>::output_size()
}

/// The bytes of a data argument: `bytes`, `bytearray`; a `str` is CPython's TypeError.
fn data(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Value::Ref(id) = v {
        match vm.heap.get(id) {
            Obj::Bytes(b) | Obj::ByteArray(b) => return Ok(b.clone()),
            Obj::Str(_) => {
                return Err(type_error(
                    "Strings must be encoded before hashing".to_string(),
                ))
            }
            _ => {}
        }
    }
    Err(type_error("object supporting the buffer API required"))
}

/// A new hash object of algorithm `name`, fed `initial` if given.
fn new_hash(vm: &mut Vm, name: &str, initial: Option<Value>) -> PyResult<Value> {
    let Some(mut h) = Hasher::named(name) else {
        return Err(value_error(format!("unsupported hash type {name}")));
    };
    if let Some(v) = initial {
        let bytes = data(vm, v)?;
        vm.charge(bytes.len() as u64 / 4096)?;
        h.update(&bytes);
    }
    Ok(vm.alloc(Obj::Hasher(Box::new(h))))
}

/// Calls `hashlib.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    if f == ModuleFn::HashlibNew {
        let a = ArgParser::new("new", args).bind(vm, &["name", "data", "usedforsecurity"], 1)?;
        let name = a[0].unwrap_or(Value::None);
        let Some(name) = vm.pystr(name).map(|s| s.s.to_string()) else {
            return Err(type_error("name must be a string"));
        };
        return new_hash(vm, &name, a[1]);
    }
    let name = f.name();
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "openssl_{name}() takes at most 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let a = ArgParser::new(name, args).bind(vm, &["string", "usedforsecurity"], 0)?;
    new_hash(vm, name, a[0])
}

/// The methods of a hash object.
pub const METHODS: &[Kn] = &[Kn::Update, Kn::Digest, Kn::Hexdigest, Kn::Copy];

/// Calls method `kn` of hash object `recv`.
pub fn call_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Value::Ref(id) = recv else {
        return Err(type_error("expected a hash object"));
    };
    let Obj::Hasher(h) = vm.heap.get(id) else {
        return Err(type_error("expected a hash object"));
    };
    let h = (**h).clone();
    let given = args.pos.len() + args.kw.len();
    match kn {
        Kn::Update => {
            if given != 1 || !args.kw.is_empty() {
                return Err(type_error(format!(
                    "HASH.update() takes exactly one argument ({given} given)"
                )));
            }
            let bytes = data(vm, args.pos[0])?;
            vm.charge(bytes.len() as u64 / 4096)?;
            if let Obj::Hasher(h) = vm.heap.get_mut(id) {
                h.update(&bytes);
            }
            Ok(Value::None)
        }
        _ if given != 0 => Err(type_error(format!(
            "HASH.{}() takes no arguments ({given} given)",
            kn.as_str()
        ))),
        Kn::Digest => Ok(vm.new_bytes_like(Ty::Bytes, h.digest())),
        Kn::Hexdigest => {
            let hex: String = h.digest().iter().map(|b| format!("{b:02x}")).collect();
            Ok(vm.new_str(hex))
        }
        _ => Ok(vm.alloc(Obj::Hasher(Box::new(h)))),
    }
}

/// Data attributes of a hash object (`name`, `digest_size`, `block_size`).
pub fn attr(vm: &mut Vm, h: &Hasher, name: &str) -> Option<Value> {
    match name {
        "name" => Some(vm.new_str(h.name())),
        "digest_size" => Some(Value::Int(h.digest_size() as i64)),
        "block_size" => Some(Value::Int(h.block_size() as i64)),
        _ => None,
    }
}
