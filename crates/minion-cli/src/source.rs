//! Reading a program (file or stdin) and decoding it.

use std::io::Read;
use std::path::Path;

use crate::report::Failure;

/// Why a program could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file (or stdin) could not be read: a usage / I/O error (exit 2).
    Io(String),
    /// The bytes are not valid UTF-8: a SyntaxError (exit 1).
    Syntax(Failure),
}

/// Reads the program at `path` (`-` means stdin) as bytes.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| LoadError::Io(format!("minion: cannot read stdin: {e}")))?;
        Ok(buf)
    } else {
        std::fs::read(path)
            .map_err(|e| LoadError::Io(format!("minion: cannot read {}: {e}", path.display())))
    }
}

/// Decodes program bytes; invalid UTF-8 becomes the parser's SyntaxError.
pub fn decode(bytes: Vec<u8>) -> Result<String, LoadError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let bytes = e.into_bytes();
            match minion_parser::parse_module_bytes(&bytes, "<code>") {
                Err(se) => Err(LoadError::Syntax(Failure::from_syntax(&se))),
                // Unreachable in practice: the parser rejects what `from_utf8` rejects.
                Ok(_) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
            }
        }
    }
}

/// Reads and decodes the program at `path`.
pub fn load(path: &Path) -> Result<String, LoadError> {
    decode(read_bytes(path)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_a_syntax_error() {
        match decode(b"x = 1\ny = '\xff'\n".to_vec()) {
            Err(LoadError::Syntax(f)) => {
                assert_eq!(f.exc_type, "SyntaxError");
                assert_eq!(f.line, Some(2));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn valid_utf8_decodes() {
        assert_eq!(decode("é = 1".as_bytes().to_vec()).unwrap(), "é = 1");
    }
}
