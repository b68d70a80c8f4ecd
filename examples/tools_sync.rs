//! Host tools in the sync executor: a unit converter and an in-memory key-value store
//! shared between Python and the host.
//!
//! Run with `cargo run --example tools_sync`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use minion::tool::{FnTool, ToolError, ToolSpec, Value};
use minion::LocalPythonExecutor;

/// `(unit, dimension, size in the dimension's base unit)`.
const UNITS: [(&str, &str, f64); 7] = [
    ("m", "length", 1.0),
    ("km", "length", 1000.0),
    ("ft", "length", 0.3048),
    ("mi", "length", 1609.344),
    ("g", "mass", 0.001),
    ("kg", "mass", 1.0),
    ("lb", "mass", 0.453_592_37),
];

fn unit(name: &str) -> Result<(&'static str, f64), ToolError> {
    UNITS
        .iter()
        .find(|(u, _, _)| *u == name)
        .map(|(_, dim, size)| (*dim, *size))
        .ok_or_else(|| ToolError::value_error(format!("unknown unit: {name}")))
}

fn convert_units_tool() -> FnTool {
    let spec = ToolSpec::new(
        "convert_units",
        "Converts a length or a mass between units.",
    )
    .input("value", "float", "the quantity")
    .input("from_unit", "str", "m, km, ft, mi, g, kg or lb")
    .input("to_unit", "str", "a unit of the same dimension")
    .output("float");
    FnTool::new(spec, |args| {
        let value = args.get::<f64>("value")?;
        let (from_dim, from_size) = unit(&args.get::<String>("from_unit")?)?;
        let (to_dim, to_size) = unit(&args.get::<String>("to_unit")?)?;
        if from_dim != to_dim {
            return Err(ToolError::value_error(format!(
                "cannot convert {from_dim} to {to_dim}"
            )));
        }
        Ok(Value::from(value * from_size / to_size))
    })
}

type Store = Arc<Mutex<HashMap<String, Value>>>;

/// `kv_set`, `kv_get` and `kv_keys` over one shared store.
fn kv_tools(store: &Store) -> [FnTool; 3] {
    let s = store.clone();
    let set = FnTool::new(
        ToolSpec::new("kv_set", "Stores a value under a key.")
            .input("key", "str", "the key")
            .input("value", "Any", "any value")
            .output("None"),
        move |args| {
            let key = args.get::<String>("key")?;
            let value = args.value("value").cloned().unwrap_or(Value::None);
            s.lock().expect("store").insert(key, value);
            Ok(Value::None)
        },
    );
    let s = store.clone();
    let get = FnTool::new(
        ToolSpec::new("kv_get", "The value stored under a key.")
            .input("key", "str", "the key")
            .output("Any"),
        move |args| {
            let key = args.get::<String>("key")?;
            s.lock()
                .expect("store")
                .get(&key)
                .cloned()
                .ok_or_else(|| ToolError::with_type("KeyError", key))
        },
    );
    let s = store.clone();
    let keys = FnTool::new(
        ToolSpec::new("kv_keys", "All keys, sorted.").output("list"),
        move |_| {
            let mut keys: Vec<String> = s.lock().expect("store").keys().cloned().collect();
            keys.sort();
            Ok(Value::from(keys))
        },
    );
    [set, get, keys]
}

const CODE: &str = r#"
runs = {"morning run": (5, "km"), "trail": (3.2, "mi"), "sprint": (400, "m")}
for name, (distance, unit) in runs.items():
    kv_set(name, round(convert_units(distance, unit, "mi"), 3))

kv_set("bag", functions.convert_units(value=12, from_unit="kg", to_unit="lb"))

try:
    convert_units(1, "kg", "km")
except ValueError as e:
    print("refused:", e)
try:
    kv_get("swim")
except KeyError as e:
    print("no such key:", e)

total = 0.0
for key in kv_keys():
    value = kv_get(key)
    print(f"{key:<12} {value:8.3f}")
    if key != "bag":
        total += value
summary = f"{len(kv_keys())} entries, {total:.2f} miles run"
print(summary)
summary
"#;

fn main() {
    let store: Store = Arc::default();
    let mut executor = LocalPythonExecutor::new();
    executor.send_tool(convert_units_tool());
    executor.send_tools(kv_tools(&store));

    match executor.run(CODE) {
        Ok(out) => {
            print!("{}", out.logs);
            println!(
                "output: {}",
                out.output_repr().unwrap_or_else(|| "None".into())
            );
        }
        Err(e) => {
            print!("{}", e.logs);
            eprintln!("{e}");
            std::process::exit(1);
        }
    }

    // The host sees what the code stored.
    let store = store.lock().expect("store");
    let mut keys: Vec<&String> = store.keys().collect();
    keys.sort();
    for key in keys {
        println!("host sees {key} = {}", store[key].py_repr());
    }
}
