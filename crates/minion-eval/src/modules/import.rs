//! The import policy: which names `import` accepts, and the errors that tell the model
//! what it may import instead.
//!
//! A name is importable when it is a native module (or one of its submodules, such as
//! `collections.abc`) or a module the host added, and the executor's allow-list (if
//! set) names it. Modules that would reach the host (`os`, `sys`, `subprocess`...) are
//! never importable, whatever the allow-list says: they do not exist in the sandbox.

use super::{load, NATIVE};
use crate::error::{PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::Vm;

/// Modules that reach the host (files, processes, the interpreter itself): refused
/// even when the host's allow-list names them.
pub const NEVER_IMPORTABLE: &[&str] = &[
    "os",
    "sys",
    "subprocess",
    "socket",
    "io",
    "pathlib",
    "importlib",
    "ctypes",
    "pickle",
    "builtins",
    "gc",
    "inspect",
    "shutil",
    "tempfile",
    "glob",
    "multiprocessing",
    "threading",
    "signal",
    "marshal",
    "shelve",
    "runpy",
    "code",
    "pty",
    "posix",
    "resource",
    "mmap",
    "fcntl",
    "platform",
    "sysconfig",
    "site",
];

/// Native modules that have submodules (`collections.abc`).
const PACKAGES: &[&str] = &["collections"];

/// `import name`: applies the policy and returns the module `name` names (for a dotted
/// name, the submodule; the caller binds the top-level package itself for `import a.b`).
/// A leading `.` marks a relative import (there is no package to be relative to).
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if name.starts_with('.') {
        return Err(Raise::new(
            Ty::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let top = name.split('.').next().unwrap_or(name);
    if NEVER_IMPORTABLE.contains(&top) {
        let msg = format!(
            "Import of '{top}' is not allowed: the sandbox has no access to the host. {}",
            importable_list(vm)
        );
        return Err(Raise::new(Ty::ImportError, msg));
    }
    let exists = NATIVE.contains(&top) || host_module(vm, top).is_some();
    if !exists {
        let msg = format!("No module named '{top}'. {}", importable_list(vm));
        return Err(Raise::new(Ty::ModuleNotFoundError, msg));
    }
    if !allowed(vm, top) {
        let msg = format!("Import of '{top}' is not allowed. {}", importable_list(vm));
        return Err(Raise::new(Ty::ImportError, msg));
    }
    let module = match host_module(vm, top) {
        Some(m) => m,
        None => load(vm, top).ok_or_else(|| Raise::internal("native module failed to load"))?,
    };
    if top == name {
        return Ok(module);
    }
    let Some(sub) = load(vm, name) else {
        let msg = if PACKAGES.contains(&top) {
            format!("No module named '{name}'")
        } else {
            format!("No module named '{name}'; '{top}' is not a package")
        };
        return Err(Raise::new(Ty::ModuleNotFoundError, msg));
    };
    // As in CPython, importing `a.b` makes `b` an attribute of `a`.
    let attr = vm.interner.intern(&name[top.len() + 1..]);
    if let Value::Ref(id) = module {
        if let Obj::Namespace(ns) = vm.heap.get_mut(id) {
            if !ns.1.iter().any(|(k, _)| *k == attr) {
                ns.1.push((attr, sub));
            }
        }
    }
    Ok(sub)
}

/// The module the host added under `name`, if any.
fn host_module(vm: &Vm, name: &str) -> Option<Value> {
    vm.host_modules
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| *v)
}

/// Whether the allow-list admits top-level module `name`.
fn allowed(vm: &Vm, name: &str) -> bool {
    match &vm.authorized_imports {
        None => true,
        Some(list) => list.iter().any(|a| a == name || a == "*"),
    }
}

/// The names the code may import, sorted.
pub fn importable(vm: &Vm) -> Vec<String> {
    let mut names: Vec<String> = NATIVE
        .iter()
        .map(|n| n.to_string())
        .chain(vm.host_modules.iter().map(|(n, _)| n.clone()))
        .filter(|n| allowed(vm, n))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// "Authorized imports are: ['json', 'math']", for error messages the model reads.
fn importable_list(vm: &Vm) -> String {
    let list: Vec<String> = importable(vm).iter().map(|n| format!("'{n}'")).collect();
    format!("Authorized imports are: [{}]", list.join(", "))
}
