//! `str % args`: printf-style formatting, gluing `format::percent` to values.

use super::repr::{escape_non_ascii, format_error};
use super::Vm;
use crate::error::{type_error, PyResult, Raise};
use crate::format::{self, Count, PercentPiece};
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// `template % args`.
    pub fn percent_format(&mut self, template: Value, args: Value) -> PyResult<Value> {
        let text = self.str_ref(template)?.to_string();
        let pieces = format::parse_percent(&text).map_err(format_error)?;
        let uses_keys = pieces
            .iter()
            .any(|p| matches!(p, PercentPiece::Spec(s) if s.key.is_some()));
        let (positional, mapping) = match self.type_of(args) {
            Ty::Tuple => (self.seq_items(args), None),
            Ty::Dict if uses_keys => (vec![], Some(args)),
            _ => (vec![args], None),
        };
        let mut next = 0usize;
        let mut take = |vm: &Vm| -> PyResult<Value> {
            let _ = vm;
            let v = positional
                .get(next)
                .copied()
                .ok_or_else(|| type_error("not enough arguments for format string"))?;
            next += 1;
            Ok(v)
        };
        let mut out = String::new();
        for p in &pieces {
            let spec = match p {
                PercentPiece::Literal(s) => {
                    out.push_str(s);
                    continue;
                }
                PercentPiece::Spec(s) => s,
            };
            let mut spec = spec.clone();
            let width = match spec.width {
                Some(Count::Star) => {
                    let w = take(self)?;
                    let w = self.to_bigint(w).ok_or_else(|| type_error("* wants int"))?;
                    let (w, left) = format::star_width(&w).map_err(format_error)?;
                    if left {
                        spec.minus = true;
                    }
                    Some(w)
                }
                Some(Count::Fixed(n)) => Some(n),
                None => None,
            };
            let precision = match spec.precision {
                Some(Count::Star) => {
                    let p = take(self)?;
                    let p = self.to_bigint(p).ok_or_else(|| type_error("* wants int"))?;
                    Some(format::star_precision(&p).map_err(format_error)?)
                }
                Some(Count::Fixed(n)) => Some(n),
                None => None,
            };
            let value = match (&spec.key, mapping) {
                (Some(k), Some(m)) => {
                    let key = self.new_str(k.as_str());
                    match self.dict_get(m.as_ref().expect("dict"), key)? {
                        Some(v) => v,
                        None => return Err(Raise::with_arg(Ty::KeyError, key)),
                    }
                }
                (Some(_), None) => return Err(type_error("format requires a mapping")),
                _ => take(self)?,
            };
            let piece = match spec.conversion {
                's' | 'r' | 'a' => {
                    let s = match spec.conversion {
                        's' => self.str_of(value)?,
                        'r' => self.repr(value)?,
                        _ => escape_non_ascii(&self.repr(value)?),
                    };
                    format::percent_str(&s, &spec, width, precision)
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let int = match value {
                        Value::Float(f) if matches!(spec.conversion, 'd' | 'i' | 'u') => {
                            if !f.is_finite() {
                                return Err(Raise::new(
                                    if f.is_nan() {
                                        Ty::ValueError
                                    } else {
                                        Ty::OverflowError
                                    },
                                    if f.is_nan() {
                                        "cannot convert float NaN to integer"
                                    } else {
                                        "cannot convert float infinity to integer"
                                    },
                                ));
                            }
                            num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
                        }
                        v => match self.to_bigint(v) {
                            Some(i) => i,
                            None => {
                                let what = if matches!(spec.conversion, 'd' | 'i' | 'u') {
                                    "a real number is required"
                                } else {
                                    "an integer is required"
                                };
                                return Err(type_error(format!(
                                    "%{} format: {what}, not {}",
                                    spec.conversion,
                                    self.type_name(v)
                                )));
                            }
                        },
                    };
                    format::percent_int(&int, &spec, width, precision)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match self.to_f64(value) {
                        Some(f) => f?,
                        None => {
                            return Err(type_error(format!(
                                "must be real number, not {}",
                                self.type_name(value)
                            )))
                        }
                    };
                    format::percent_float(f, &spec, width, precision)
                }
                _ => {
                    let c = if self.is_str(value) {
                        format::percent_char_from_str(self.str_ref(value)?)
                    } else if let Some(i) = self.to_bigint(value) {
                        format::percent_char_from_int(&i)
                    } else {
                        return Err(type_error("%c requires int or char"));
                    }
                    .map_err(format_error)?;
                    format::percent_char(c, &spec, width, precision)
                }
            };
            out.push_str(&piece.map_err(format_error)?);
            self.check_alloc(out.len())?;
        }
        if mapping.is_none() && next < positional.len() {
            return Err(type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(self.new_str(out))
    }
}
