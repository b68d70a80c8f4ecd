//! `format(d, spec)`: a port of `_pydecimal`'s `Decimal.__format__`, laid out by the
//! shared number renderer (fill, alignment, sign, zero padding, grouping).

use super::context::Ctx;
use super::num::{Budget, Decimal, Kind};
use crate::error::{value_error, PyResult};
use num_traits::Zero;

use crate::format::{FormatSpec, NumberParts, NumberStyle, Sign};

/// Formats `d` per `spec` under context `ctx`.
pub fn format(d: &Decimal, spec_text: &str, ctx: &Ctx, budget: Budget) -> PyResult<String> {
    let spec = FormatSpec::parse(spec_text, "Decimal").map_err(crate::vm::repr::format_error)?;
    // The C module (what CPython 3.11 runs) has no `_` grouping.
    if spec.grouping == Some('_')
        || !matches!(
            spec.ty,
            None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
        )
    {
        return Err(value_error("invalid format string"));
    }
    let style = NumberStyle::new(&spec, 3);
    if d.kind != Kind::Finite {
        let mut body = d.to_sci_string(true);
        if let Some(rest) = body.strip_prefix('-') {
            body = rest.to_string();
        }
        if spec.ty == Some('%') {
            body.push('%');
        }
        let parts = NumberParts {
            negative: d.neg,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &body,
        };
        // Zero padding does not apply to infinities and NaNs.
        let mut plain = spec.clone();
        plain.zero_pad = false;
        let style = NumberStyle::new(&plain, 3).without_grouping();
        return Ok(crate::format::render_number(&parts, &style));
    }
    let ty = match spec.ty {
        None | Some('n') => {
            if ctx.capitals {
                'G'
            } else {
                'g'
            }
        }
        Some(t) => t,
    };
    let mut d = d.clone();
    if ty == '%' {
        d.exp = d.exp.saturating_add(2);
    }
    let rounding = ctx.rounding;
    if let Some(p) = spec.precision {
        let p = p as u64;
        match ty {
            'e' | 'E' => d = d.round_sig(p + 1, rounding, budget)?,
            'f' | 'F' | '%' => d = d.rescale(-(p as i64), rounding, budget)?,
            'g' | 'G' if super::num::ndigits(&d.coeff) > p => {
                d = d.round_sig(p.max(1), rounding, budget)?
            }
            _ => {}
        }
    }
    if d.coeff.is_zero() && d.exp > 0 && matches!(ty, 'f' | 'F' | '%') {
        d = d.rescale(0, rounding, budget)?;
    }
    let negative = d.neg && !(d.coeff.is_zero() && spec.no_neg_zero);
    let digits = d.coeff.to_string();
    let len = digits.len() as i64;
    let leftdigits = d.exp + len;
    let dotplace = match ty {
        'e' | 'E' => {
            if d.coeff.is_zero() && spec.precision.is_some() {
                1 - spec.precision.unwrap_or(0) as i64
            } else {
                1
            }
        }
        'f' | 'F' | '%' => leftdigits,
        _ => {
            if d.exp <= 0 && leftdigits > -6 {
                leftdigits
            } else {
                1
            }
        }
    };
    let (intpart, fracpart) = if dotplace < 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat((-dotplace) as usize)),
        )
    } else if dotplace > len {
        (
            format!("{digits}{}", "0".repeat((dotplace - len) as usize)),
            String::new(),
        )
    } else {
        let (i, f) = digits.split_at(dotplace as usize);
        (
            if i.is_empty() { "0" } else { i }.to_string(),
            f.to_string(),
        )
    };
    let exp = leftdigits - dotplace;
    let point = !fracpart.is_empty() || spec.alternate;
    let mut rest = fracpart;
    if exp != 0 || matches!(ty, 'e' | 'E') {
        let e = if matches!(ty, 'E' | 'G') { 'E' } else { 'e' };
        rest.push_str(&format!("{e}{exp:+}"));
    }
    if ty == '%' {
        rest.push('%');
    }
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &intpart,
        decimal: point,
        remainder: &rest,
    };
    let _ = Sign::Default;
    Ok(crate::format::render_number(&parts, &style))
}
