//! Escapes shared by the codecs (`backslashreplace`): `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
//! (`repr` of str and bytes lives in `minion_tool::repr_str` / `repr_bytes`.)

use std::fmt::Write;

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex) for `c`.
pub(crate) fn push_escape(c: char, out: &mut String) {
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}
