//! `str % args`: printf-style formatting, gluing `format::percent` to values.

use super::repr::{escape_non_ascii, format_error};
use super::Vm;
use crate::error::{type_error, PyResult, Raise};
use crate::format::{self, Count, PercentPiece};
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// `template % args` for a `str`, `bytes` or `bytearray` template.
    pub fn percent_format(&mut self, template: Value, args: Value) -> PyResult<Value> {
        let ty = self.type_of(template);
        if matches!(ty, Ty::Bytes | Ty::ByteArray) {
            // Bytes are formatted as latin-1 text: every byte is one char below U+0100.
            let text: String = self.bytes_of(template).iter().map(|&b| b as char).collect();
            let out = self.percent_core(&text, args, true)?;
            let b: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
            return Ok(self.new_bytes_like(ty, b));
        }
        let text = self.str_ref(template)?.to_string();
        let out = self.percent_core(&text, args, false)?;
        Ok(self.new_str(out))
    }

    /// The formatting loop; in `bytes` mode the text is latin-1 and the result must be.
    fn percent_core(&mut self, text: &str, args: Value, bytes: bool) -> PyResult<String> {
        let pieces = if bytes {
            format::parse_percent_bytes(text)
        } else {
            format::parse_percent(text)
        }
        .map_err(format_error)?;
        let uses_keys = pieces
            .iter()
            .any(|p| matches!(p, PercentPiece::Spec(s) if s.key.is_some()));
        let (positional, mapping) = match self.type_of(args) {
            Ty::Tuple => (self.seq_items(args), None),
            t if t.is_dict() && uses_keys => (vec![], Some(args)),
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
                    let key = if bytes {
                        let b = k.chars().map(|c| c as u32 as u8).collect();
                        self.new_bytes_like(Ty::Bytes, b)
                    } else {
                        self.new_str(k.as_str())
                    };
                    match self.dict_get(m.as_ref().expect("dict"), key)? {
                        Some(v) => v,
                        None => return Err(Raise::with_arg(Ty::KeyError, key)),
                    }
                }
                (Some(_), None) => return Err(type_error("format requires a mapping")),
                _ => take(self)?,
            };
            let piece = match spec.conversion {
                's' | 'b' if bytes => {
                    if !matches!(self.type_of(value), Ty::Bytes | Ty::ByteArray) {
                        return Err(type_error(format!(
                            "%b requires a bytes-like object, or an object that implements \
                             __bytes__, not '{}'",
                            self.type_name(value)
                        )));
                    }
                    let s: String = self.bytes_of(value).iter().map(|&b| b as char).collect();
                    format::percent_str(&s, &spec, width, precision)
                }
                'r' | 'a' if bytes => {
                    let s = escape_non_ascii(&self.repr(value)?);
                    format::percent_str(&s, &spec, width, precision)
                }
                'c' if bytes => {
                    let c = if matches!(self.type_of(value), Ty::Bytes | Ty::ByteArray)
                        && self.bytes_of(value).len() == 1
                    {
                        self.bytes_of(value)[0] as char
                    } else if self.is_int(value) {
                        match self.expect_i64(value) {
                            Ok(i) if (0..256).contains(&i) => i as u8 as char,
                            _ => {
                                return Err(crate::error::overflow_error(
                                    "%c arg not in range(256)",
                                ))
                            }
                        }
                    } else {
                        return Err(type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ));
                    };
                    format::percent_char(c, &spec, width, precision)
                }
                's' | 'r' | 'a' => {
                    let s = match spec.conversion {
                        's' => self.str_mut(value)?,
                        'r' => self.repr_mut(value)?,
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
                        v if matches!(spec.conversion, 'd' | 'i' | 'u')
                            && crate::modules::exact::is_exact(self, v) =>
                        {
                            let trunc = crate::modules::exact::Integral::Trunc;
                            let i = crate::modules::exact::integral(self, v, trunc)?;
                            i.and_then(|i| self.to_bigint(i)).unwrap_or_default()
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
                    if matches!(spec.conversion, 'd' | 'i' | 'u') && int.bits() > 63 {
                        super::repr::int_to_decimal(&int)?;
                    }
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
            return Err(type_error(if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }
}
