//! The `operator` module: the operator functions (through the VM's own operator,
//! comparison, subscript and truth entry points, so user classes' dunders apply)
//! and `itemgetter`, `attrgetter`, `methodcaller` (`FuncTool` objects).

use super::functools::{FuncTool, MethodCaller};
use super::ModuleFn;
use crate::builtins::{ArgParser, Builtin};
use crate::compile::code::{BinOp, CmpOp, UnOp};
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

fn binop(f: ModuleFn) -> Option<(BinOp, bool)> {
    use ModuleFn::*;
    Some(match f {
        OperatorAdd | OperatorDunderAdd => (BinOp::Add, false),
        OperatorSub | OperatorDunderSub => (BinOp::Sub, false),
        OperatorMul | OperatorDunderMul => (BinOp::Mul, false),
        OperatorMatmul => (BinOp::MatMul, false),
        OperatorTruediv | OperatorDunderTruediv => (BinOp::TrueDiv, false),
        OperatorFloordiv | OperatorDunderFloordiv => (BinOp::FloorDiv, false),
        OperatorMod | OperatorDunderMod => (BinOp::Mod, false),
        OperatorPow | OperatorDunderPow => (BinOp::Pow, false),
        OperatorAnd | OperatorDunderAnd => (BinOp::BitAnd, false),
        OperatorOr | OperatorDunderOr => (BinOp::BitOr, false),
        OperatorXor | OperatorDunderXor => (BinOp::BitXor, false),
        OperatorLshift | OperatorDunderLshift => (BinOp::LShift, false),
        OperatorRshift | OperatorDunderRshift => (BinOp::RShift, false),
        OperatorIadd => (BinOp::Add, true),
        OperatorIsub => (BinOp::Sub, true),
        OperatorImul => (BinOp::Mul, true),
        OperatorItruediv => (BinOp::TrueDiv, true),
        OperatorIfloordiv => (BinOp::FloorDiv, true),
        OperatorImod => (BinOp::Mod, true),
        OperatorIpow => (BinOp::Pow, true),
        OperatorIand => (BinOp::BitAnd, true),
        OperatorIor => (BinOp::BitOr, true),
        OperatorIxor => (BinOp::BitXor, true),
        OperatorIlshift => (BinOp::LShift, true),
        OperatorIrshift => (BinOp::RShift, true),
        _ => return None,
    })
}

fn cmpop(f: ModuleFn) -> Option<CmpOp> {
    use ModuleFn::*;
    Some(match f {
        OperatorEq | OperatorDunderEq => CmpOp::Eq,
        OperatorNe | OperatorDunderNe => CmpOp::Ne,
        OperatorLt | OperatorDunderLt => CmpOp::Lt,
        OperatorLe | OperatorDunderLe => CmpOp::Le,
        OperatorGt | OperatorDunderGt => CmpOp::Gt,
        OperatorGe | OperatorDunderGe => CmpOp::Ge,
        _ => return None,
    })
}

/// Calls `operator.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    let name = f.name();
    if let Some((op, inplace)) = binop(f) {
        let a = positional(name, args, 2, 2)?;
        return if inplace {
            vm.inplace_op(op, a[0], a[1])
        } else {
            vm.binary_op(op, a[0], a[1])
        };
    }
    if let Some(op) = cmpop(f) {
        let a = positional(name, args, 2, 2)?;
        return vm.compare(op, a[0], a[1]);
    }
    use ModuleFn::*;
    match f {
        OperatorNeg | OperatorPos | OperatorInvert | OperatorInv | OperatorDunderNeg => {
            let a = positional(name, args, 1, 1)?;
            let op = match f {
                OperatorPos => UnOp::Pos,
                OperatorInvert | OperatorInv => UnOp::Invert,
                _ => UnOp::Neg,
            };
            vm.unary_op(op, a[0])
        }
        OperatorAbs => {
            let a = positional(name, args, 1, 1)?;
            crate::builtins::call_builtin(vm, Builtin::Abs, Args::positional(a))
        }
        OperatorNot => {
            let a = positional(name, args, 1, 1)?;
            Ok(Value::Bool(!vm.truthy_mut(a[0])?))
        }
        OperatorTruth => {
            let a = positional(name, args, 1, 1)?;
            Ok(Value::Bool(vm.truthy_mut(a[0])?))
        }
        OperatorIs | OperatorIsNot => {
            let a = positional(name, args, 2, 2)?;
            Ok(Value::Bool(a[0].is(a[1]) == (f == OperatorIs)))
        }
        OperatorContains | OperatorDunderContains => {
            let a = positional(name, args, 2, 2)?;
            Ok(Value::Bool(vm.contains(a[0], a[1])?))
        }
        OperatorGetitem | OperatorDunderGetitem => {
            let a = positional(name, args, 2, 2)?;
            vm.get_item(a[0], a[1])
        }
        OperatorSetitem => {
            let a = positional(name, args, 3, 3)?;
            vm.set_item(a[0], a[1], a[2])?;
            Ok(Value::None)
        }
        OperatorDelitem => {
            let a = positional(name, args, 2, 2)?;
            vm.del_item(a[0], a[1])?;
            Ok(Value::None)
        }
        OperatorConcat | OperatorIconcat => {
            let a = positional(name, args, 2, 2)?;
            if !is_sequence(vm, a[0]) {
                return Err(type_error(format!(
                    "'{}' object can't be concatenated",
                    vm.type_name(a[0])
                )));
            }
            if f == OperatorIconcat {
                vm.inplace_op(BinOp::Add, a[0], a[1])
            } else {
                vm.binary_op(BinOp::Add, a[0], a[1])
            }
        }
        OperatorIndex => {
            let a = positional(name, args, 1, 1)?;
            index(vm, a[0])
        }
        OperatorCountOf | OperatorIndexOf => {
            let a = positional(name, args, 2, 2)?;
            let it = vm.get_iter(a[0])?;
            let mut i = 0i64;
            while let Some(x) = vm.iter_next(it)? {
                vm.count_op()?;
                if x.is(a[1]) || vm.eq_mut(x, a[1])? {
                    if f == OperatorIndexOf {
                        return Ok(Value::Int(i));
                    }
                    i += 1;
                } else if f == OperatorIndexOf {
                    i += 1;
                }
            }
            if f == OperatorIndexOf {
                return Err(value_error("sequence.index(x): x not in sequence"));
            }
            Ok(Value::Int(i))
        }
        OperatorLengthHint => {
            let a = positional(name, args, 1, 2)?;
            if let Some(n) = vm.user_len(a[0])? {
                return Ok(Value::Int(n as i64));
            }
            match vm.py_len(a[0]) {
                Ok(n) => Ok(Value::Int(n as i64)),
                Err(_) => Ok(a.get(1).copied().unwrap_or(Value::Int(0))),
            }
        }
        OperatorCall => {
            let Some((&func, rest)) = args.pos.split_first() else {
                return Err(type_error("call() missing required argument 'obj' (pos 1)"));
            };
            vm.call_value(func, rest, &args.kw)
        }
        OperatorItemgetter => {
            if !args.kw.is_empty() {
                return Err(type_error("itemgetter() takes no keyword arguments"));
            }
            if args.pos.is_empty() {
                return Err(type_error("itemgetter expected 1 argument, got 0"));
            }
            Ok(new_obj(
                vm,
                FuncTool::ItemGetter(args.pos.into_boxed_slice()),
            ))
        }
        OperatorAttrgetter => {
            if !args.kw.is_empty() {
                return Err(type_error("attrgetter() takes no keyword arguments"));
            }
            if args.pos.is_empty() {
                return Err(type_error("attrgetter expected 1 argument, got 0"));
            }
            let mut paths = Vec::with_capacity(args.pos.len());
            for v in &args.pos {
                let Some(s) = vm.pystr(*v).map(|s| s.s.to_string()) else {
                    return Err(type_error("attribute name must be a string"));
                };
                let path: Vec<Sym> = s.split('.').map(|p| vm.interner.intern(p)).collect();
                paths.push(path.into_boxed_slice());
            }
            Ok(new_obj(vm, FuncTool::AttrGetter(paths.into_boxed_slice())))
        }
        OperatorMethodcaller => {
            let Some((&mname, rest)) = args.pos.split_first() else {
                return Err(type_error(
                    "methodcaller needs at least one argument, the method name",
                ));
            };
            let Some(s) = vm.pystr(mname).map(|s| s.s.to_string()) else {
                return Err(type_error("method name must be a string"));
            };
            let m = MethodCaller {
                name: vm.interner.intern(&s),
                args: rest.to_vec(),
                kw: args.kw.clone(),
            };
            Ok(new_obj(vm, FuncTool::MethodCaller(Box::new(m))))
        }
        _ => Err(Raise::internal("not an operator function")),
    }
}

/// Binds positional-only arguments with the messages of CPython's `_operator` (the
/// one-argument functions and keyword errors name `_operator.<name>`).
fn positional(name: &str, args: Args, min: usize, max: usize) -> PyResult<Vec<Value>> {
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    if max == 1 {
        return ArgParser::new(&format!("_operator.{name}"), args).positional(min, max);
    }
    ArgParser::new(name, args).positional(min, max)
}

fn new_obj(vm: &mut Vm, f: FuncTool) -> Value {
    let bytes = f.heap_bytes();
    let v = vm.alloc(Obj::FuncTool(Box::new(f)));
    vm.heap.grew(bytes);
    v
}

/// Whether `concat` accepts `v` as its first operand (it has `__getitem__`).
fn is_sequence(vm: &Vm, v: Value) -> bool {
    if vm.is_instance(v) {
        return vm.dunder_of(v, "__getitem__").is_some();
    }
    matches!(
        vm.type_of(v),
        Ty::List | Ty::Tuple | Ty::Str | Ty::Bytes | Ty::ByteArray | Ty::Range | Ty::Dict
    )
}

/// `operator.index(a)`: an int, or what the object's `__index__` returns.
fn index(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Int(_)) => return Ok(v),
        _ => {}
    }
    if vm.is_instance(v) {
        if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
            if vm.is_int(r) {
                return Ok(r);
            }
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(r)
            )));
        }
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// The one item of a single-item `itemgetter` (for `sorted`'s fast path).
pub fn single_item(vm: &Vm, f: Value) -> Option<Value> {
    let Value::Ref(id) = f else { return None };
    match vm.heap.get(id) {
        Obj::FuncTool(t) => match &**t {
            FuncTool::ItemGetter(items) if items.len() == 1 => Some(items[0]),
            _ => None,
        },
        _ => None,
    }
}

/// Calls an `itemgetter`, `attrgetter` or `methodcaller` object.
pub fn call_getter(vm: &mut Vm, id: HeapId, args: Args) -> PyResult<Value> {
    let tname = match vm.heap.get(id) {
        Obj::FuncTool(t) => match &**t {
            FuncTool::ItemGetter(_) => "itemgetter",
            FuncTool::AttrGetter(_) => "attrgetter",
            _ => "methodcaller",
        },
        _ => return Err(Raise::internal("not a getter")),
    };
    if !args.kw.is_empty() {
        return Err(type_error(format!("{tname}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "{tname} expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let obj = args.pos[0];
    enum G {
        Items(Vec<Value>),
        Attrs(Vec<Vec<Sym>>),
        Method(Sym, Vec<Value>, Vec<(Sym, Value)>),
    }
    let g = match vm.heap.get(id) {
        Obj::FuncTool(t) => match &**t {
            FuncTool::ItemGetter(items) => G::Items(items.to_vec()),
            FuncTool::AttrGetter(paths) => G::Attrs(paths.iter().map(|p| p.to_vec()).collect()),
            FuncTool::MethodCaller(m) => G::Method(m.name, m.args.clone(), m.kw.clone()),
            _ => return Err(Raise::internal("not a getter")),
        },
        _ => return Err(Raise::internal("not a getter")),
    };
    match g {
        G::Items(items) if items.len() == 1 => vm.get_item(obj, items[0]),
        G::Items(items) => {
            let mut out = Vec::with_capacity(items.len());
            for k in items {
                out.push(vm.get_item(obj, k)?);
            }
            Ok(vm.new_tuple(out))
        }
        G::Attrs(paths) => {
            let mut out = Vec::with_capacity(paths.len());
            for path in &paths {
                let mut v = obj;
                for name in path {
                    v = vm.get_attr(v, *name)?;
                }
                out.push(v);
            }
            if out.len() == 1 {
                Ok(out[0])
            } else {
                Ok(vm.new_tuple(out))
            }
        }
        G::Method(name, margs, kw) => {
            let m = vm.get_attr(obj, name)?;
            vm.call_value(m, &margs, &kw)
        }
    }
}
