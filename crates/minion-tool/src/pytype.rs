//! Reading the Python type names a [`ToolSpec`](crate::ToolSpec) declares (`int`,
//! `list[str]`, `Optional[float]`, `str | None`), shared by argument checking and
//! rendering.

/// A declared type, reduced to what binding and JSON schema need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PyType<'a> {
    /// The outer type name without parameters (`list` for `list[str]`); `Any` for an
    /// empty name or a union of several non-`None` types.
    pub base: &'a str,
    /// The bracketed parameters (`str` for `list[str]`), if any.
    pub params: Option<&'a str>,
    /// Whether `None` is also accepted (`Optional[...]`, `... | None`).
    pub optional: bool,
}

impl<'a> PyType<'a> {
    /// Parses a type name; anything it does not understand keeps its text as `base`.
    pub fn parse(ty: &'a str) -> PyType<'a> {
        let ty = ty.trim();
        if let Some(inner) = bracketed(ty, &["Optional", "typing.Optional"]) {
            let mut t = PyType::parse(inner);
            t.optional = true;
            return t;
        }
        let parts: Vec<&str> = match bracketed(ty, &["Union", "typing.Union"]) {
            Some(inner) => split_top_level(inner, ','),
            None => split_top_level(ty, '|'),
        };
        if parts.len() > 1 {
            let rest: Vec<&str> = parts.iter().copied().filter(|p| !is_none(p)).collect();
            let optional = rest.len() < parts.len();
            if rest.len() == 1 {
                let mut t = PyType::parse(rest[0]);
                t.optional |= optional;
                return t;
            }
            return PyType {
                base: "Any",
                params: None,
                optional,
            };
        }
        if ty.is_empty() {
            return PyType {
                base: "Any",
                params: None,
                optional: false,
            };
        }
        match ty.find('[') {
            Some(i) if ty.ends_with(']') => PyType {
                base: ty[..i].trim(),
                params: Some(ty[i + 1..ty.len() - 1].trim()),
                optional: false,
            },
            _ => PyType {
                base: ty,
                params: None,
                optional: false,
            },
        }
    }

    /// The base name without a `typing.` prefix, lower-cased for the capitalised
    /// `typing` aliases (`List` -> `list`).
    pub fn normalized_base(&self) -> String {
        let base = self.base.strip_prefix("typing.").unwrap_or(self.base);
        match base {
            "List" | "Dict" | "Tuple" | "Set" | "FrozenSet" => base.to_lowercase(),
            "NoneType" => "None".to_owned(),
            other => other.to_owned(),
        }
    }

    /// The top-level comma-separated parameters (`["str", "int"]` for `dict[str, int]`).
    pub fn param_list(&self) -> Vec<&'a str> {
        self.params
            .map(|p| split_top_level(p, ','))
            .unwrap_or_default()
    }
}

fn is_none(t: &str) -> bool {
    matches!(t.trim(), "None" | "NoneType")
}

/// The text inside `Name[...]` when `ty` is exactly that form for one of `names`.
fn bracketed<'a>(ty: &'a str, names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|n| {
        ty.strip_prefix(n)?
            .trim_start()
            .strip_prefix('[')?
            .strip_suffix(']')
    })
}

/// Splits on `sep` outside brackets, trimming each part.
fn split_top_level(s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth = depth.saturating_sub(1),
            c if c == sep && depth == 0 => {
                parts.push(s[start..i].trim());
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(s[start..].trim());
    parts
}

#[cfg(test)]
mod tests {
    use super::PyType;

    #[test]
    fn parses_common_forms() {
        let t = PyType::parse("Optional[int]");
        assert_eq!((t.base, t.optional), ("int", true));
        let t = PyType::parse("str | None");
        assert_eq!((t.base, t.optional), ("str", true));
        let t = PyType::parse("Union[None, list[str]]");
        assert_eq!((t.base, t.params, t.optional), ("list", Some("str"), true));
        let t = PyType::parse("int | str");
        assert_eq!((t.base, t.optional), ("Any", false));
        let t = PyType::parse("dict[str, list[int]]");
        assert_eq!(t.param_list(), vec!["str", "list[int]"]);
        assert_eq!(PyType::parse("List[int]").normalized_base(), "list");
        assert_eq!(PyType::parse("").base, "Any");
    }
}
