//! `str.format` and `str.format_map`: renders a template parsed by
//! [`crate::format::TemplateParser`], looking fields up in the arguments.

use super::repr::{escape_non_ascii, format_error};
use super::Vm;
use crate::error::{value_error, PyResult, Raise};
use crate::format::{ArgRef, FieldRef, FieldStep, TemplateParser, TemplatePiece};
use crate::intern::Sym;
use crate::types::Ty;
use crate::value::Value;

/// Where `{name}` fields come from.
pub enum Kwargs {
    /// `str.format(**kwargs)`: the call's keyword arguments.
    Call(Vec<(Sym, Value)>),
    /// `str.format_map(mapping)`: `mapping[name]`.
    Mapping(Value),
}

impl Vm {
    /// `template.format(*args, **kwargs)` / `template.format_map(mapping)`.
    pub fn str_format(
        &mut self,
        template: &str,
        args: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<String> {
        let mut out = String::new();
        for piece in TemplateParser::numbered(template) {
            let piece = piece.map_err(format_error)?;
            self.render_piece(&piece, args, kwargs, &mut out)?;
        }
        Ok(out)
    }

    fn render_piece(
        &mut self,
        piece: &TemplatePiece,
        args: &[Value],
        kwargs: &Kwargs,
        out: &mut String,
    ) -> PyResult<()> {
        match piece {
            TemplatePiece::Literal(s) => {
                self.check_alloc(out.len() + s.len())?;
                out.push_str(s);
            }
            TemplatePiece::Field(f) => {
                let s = self.render_field(f, args, kwargs)?;
                self.check_alloc(out.len() + s.len())?;
                out.push_str(&s);
            }
        }
        Ok(())
    }

    fn render_field(&mut self, f: &FieldRef, args: &[Value], kwargs: &Kwargs) -> PyResult<String> {
        let mut v = match &f.arg {
            ArgRef::Index(i) => {
                if matches!(kwargs, Kwargs::Mapping(_)) {
                    return Err(value_error("Format string contains positional fields"));
                }
                match args.get(*i) {
                    Some(v) => *v,
                    None => {
                        return Err(Raise::new(
                            Ty::IndexError,
                            format!("Replacement index {i} out of range for positional args tuple"),
                        ))
                    }
                }
            }
            ArgRef::Auto => return Err(value_error("Format string contains positional fields")),
            ArgRef::Name(name) => match kwargs {
                Kwargs::Call(kw) => {
                    let found = kw
                        .iter()
                        .find(|(k, _)| self.interner.name(*k) == name.as_str())
                        .map(|(_, v)| *v);
                    match found {
                        Some(v) => v,
                        None => {
                            let key = self.new_str(name.as_str());
                            return Err(Raise::with_arg(Ty::KeyError, key));
                        }
                    }
                }
                Kwargs::Mapping(m) => {
                    let key = self.new_str(name.as_str());
                    self.get_item(*m, key)?
                }
            },
        };
        for step in &f.path {
            v = match step {
                FieldStep::Attr(name) => {
                    let sym = self.interner.intern(name);
                    self.get_attr(v, sym)?
                }
                FieldStep::Index(i) => self.get_item(v, Value::Int(*i as i64))?,
                FieldStep::Key(k) => {
                    let key = self.new_str(k.as_str());
                    self.get_item(v, key)?
                }
            };
        }
        let converted = match f.conversion {
            Some('r') => Some(self.repr_mut(v)?),
            Some('s') => Some(self.str_mut(v)?),
            Some('a') => Some(escape_non_ascii(&self.repr(v)?)),
            _ => None,
        };
        if let Some(s) = converted {
            v = self.new_str(s);
        }
        let spec = match &f.nested {
            Some(pieces) => {
                let mut spec = String::new();
                for p in pieces {
                    self.render_piece(p, args, kwargs, &mut spec)?;
                }
                spec
            }
            None => f.spec.clone(),
        };
        if self.is_instance(v) {
            // `__format__`, else `str()` for an empty spec (as f-strings do).
            let spec_v = self.new_str(spec.clone());
            let s = self.format_field(v, 0, Some(spec_v))?;
            return Ok(self.str_ref(s)?.to_string());
        }
        self.format_value(v, &spec)
    }
}
