//! Rendering a [`ToolSpec`] for models: a Python stub with a Google-style docstring for
//! code-writing prompts, and an OpenAI function-calling JSON schema.

use serde_json::{json, Map};

use crate::pytype::PyType;
use crate::{AnyTool, ToolSpec};

impl ToolSpec {
    /// The `def` line of the tool as Python: `def name(a: int, b: float = 1.0) -> str:`
    /// (`async def` when `is_async`), with defaults written as their `repr`. An empty
    /// type name leaves the annotation out (`b=1`), an empty output type the `->` part.
    ///
    /// ```
    /// use minion_tool::ToolSpec;
    /// let spec = ToolSpec::new("fetch_url", "Fetches a URL.")
    ///     .input("url", "str", "The address.")
    ///     .optional_input("timeout", "float", "Seconds.", 10.0)
    ///     .output("str");
    /// assert_eq!(
    ///     spec.python_signature(true),
    ///     "async def fetch_url(url: str, timeout: float = 10.0) -> str:"
    /// );
    /// ```
    pub fn python_signature(&self, is_async: bool) -> String {
        let params: Vec<String> = self
            .inputs
            .iter()
            .map(|input| {
                let ty = input.ty.trim();
                match (&input.default, ty.is_empty()) {
                    (None, true) => input.name.to_string(),
                    (None, false) => format!("{}: {ty}", input.name),
                    (Some(d), true) => format!("{}={}", input.name, d.py_repr()),
                    (Some(d), false) => format!("{}: {ty} = {}", input.name, d.py_repr()),
                }
            })
            .collect();
        let prefix = if is_async { "async def" } else { "def" };
        let output = self.output_type.trim();
        let ret = if output.is_empty() {
            String::new()
        } else {
            format!(" -> {output}")
        };
        format!("{prefix} {}({}){ret}:", self.name, params.join(", "))
    }

    /// The signature followed by a docstring: the description, then an `Args:` section
    /// listing each input's description (left out when the tool has no inputs). This is
    /// what prompts show the model. The result ends with a newline.
    ///
    /// ```
    /// use minion_tool::ToolSpec;
    /// let spec = ToolSpec::new("now", "Returns the current time.").output("str");
    /// assert_eq!(
    ///     spec.python_stub(false),
    ///     "def now() -> str:\n    \"\"\"Returns the current time.\"\"\"\n"
    /// );
    /// ```
    pub fn python_stub(&self, is_async: bool) -> String {
        let mut out = self.python_signature(is_async);
        out.push('\n');
        let description = escape_docstring(self.description.trim());
        if self.inputs.is_empty() {
            if description.is_empty() {
                out.push_str("    ...\n");
            } else if !description.contains('\n') {
                let closing_safe = if description.ends_with('"') {
                    format!("{}\\\"", &description[..description.len() - 1])
                } else {
                    description
                };
                out.push_str(&format!("    \"\"\"{closing_safe}\"\"\"\n"));
            } else {
                out.push_str("    \"\"\"");
                push_indented(&mut out, &description, "    ");
                out.push_str("\n    \"\"\"\n");
            }
            return out;
        }
        out.push_str("    \"\"\"");
        if !description.is_empty() {
            push_indented(&mut out, &description, "    ");
            out.push_str("\n\n    ");
        }
        out.push_str("Args:");
        for input in &self.inputs {
            out.push_str("\n        ");
            out.push_str(&input.name);
            out.push(':');
            let text = escape_docstring(input.description.trim());
            if !text.is_empty() {
                out.push(' ');
                push_indented(&mut out, &text, "            ");
            }
        }
        out.push_str("\n    \"\"\"\n");
        out
    }

    /// The tool as an OpenAI function-calling definition:
    /// `{"type": "function", "function": {"name", "description", "parameters"}}`, where
    /// `parameters` is a JSON schema object with one property per input (`type`,
    /// `description`, and `default` when the input has one that JSON can hold) and
    /// `required` listing the inputs without a default.
    ///
    /// Python types map to JSON types: `str` -> `string`, `int` -> `integer`, `float` ->
    /// `number`, `bool` -> `boolean`, `list`/`tuple`/`set` -> `array` (with `items` for
    /// `list[T]`), `dict` -> `object`, `None` -> `null`; `Optional[T]` and `T | None`
    /// add `"null"`; `Any`, `bytes`, unions and unknown names have no `type`.
    ///
    /// ```
    /// use minion_tool::ToolSpec;
    /// let spec = ToolSpec::new("add", "Adds.").input("a", "int", "first");
    /// let schema = spec.json_schema();
    /// assert_eq!(schema["function"]["parameters"]["properties"]["a"]["type"], "integer");
    /// assert_eq!(schema["function"]["parameters"]["required"][0], "a");
    /// ```
    pub fn json_schema(&self) -> serde_json::Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for input in &self.inputs {
            let mut prop = type_schema(&input.ty);
            prop.insert("description".into(), input.description.clone().into());
            match &input.default {
                Some(d) => {
                    if let Ok(j) = d.to_json() {
                        prop.insert("default".into(), j);
                    }
                }
                None => required.push(serde_json::Value::from(&*input.name)),
            }
            properties.insert(input.name.to_string(), serde_json::Value::Object(prop));
        }
        json!({
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": {
                    "type": "object",
                    "properties": properties,
                    "required": required,
                },
            },
        })
    }
}

impl AnyTool {
    /// The tool's [`ToolSpec::python_stub`], `async def` for async tools.
    pub fn python_stub(&self) -> String {
        self.spec().python_stub(self.is_async())
    }

    /// The tool's [`ToolSpec::python_signature`], `async def` for async tools.
    pub fn python_signature(&self) -> String {
        self.spec().python_signature(self.is_async())
    }

    /// The tool's [`ToolSpec::json_schema`].
    pub fn json_schema(&self) -> serde_json::Value {
        self.spec().json_schema()
    }
}

/// The JSON type name of a Python base type, if it has one.
fn json_type(base: &str) -> Option<&'static str> {
    Some(match base {
        "str" => "string",
        "int" => "integer",
        "float" => "number",
        "bool" => "boolean",
        "list" | "tuple" | "set" | "frozenset" => "array",
        "dict" => "object",
        "None" => "null",
        _ => return None,
    })
}

/// The schema of a declared Python type (`type`, and `items` for `list[T]`).
fn type_schema(ty: &str) -> Map<String, serde_json::Value> {
    let t = PyType::parse(ty);
    let base = t.normalized_base();
    let mut out = Map::new();
    let Some(json_ty) = json_type(&base) else {
        return out;
    };
    if t.optional && json_ty != "null" {
        out.insert("type".into(), json!([json_ty, "null"]));
    } else {
        out.insert("type".into(), json_ty.into());
    }
    if matches!(base.as_str(), "list" | "set" | "frozenset") {
        if let [item] = t.param_list()[..] {
            let items = type_schema(item);
            out.insert("items".into(), serde_json::Value::Object(items));
        }
    }
    out
}

/// Makes text safe inside a `"""` docstring: backslashes doubled, `"""` escaped.
fn escape_docstring(s: &str) -> String {
    s.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"")
}

/// Appends `text`, indenting every line after the first by `indent` (blank lines stay
/// empty).
fn push_indented(out: &mut String, text: &str, indent: &str) {
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.trim().is_empty() {
                out.push_str(indent);
            }
        }
        out.push_str(line.trim_end());
    }
}
