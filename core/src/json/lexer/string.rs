//! Strings: escapes, surrogate pairs, control characters and the length
//! limit, borrowing from the text where no escape forces a copy.

use super::{chars, Last, Lexer};
use crate::error::{Pos, ProblemKind};
use crate::json::{ParseError, MAX_STRING_BYTES};

impl Lexer<'_, '_> {
    /// Reads a string, whose `"` is next; its text is then [`Lexer::str`].
    pub(crate) fn string(&mut self) -> Result<(), ParseError> {
        let start = self.pos();
        self.bump();
        self.scratch.clear();
        // Until an escape or a piece boundary, the text is `cur[begin..i]`
        // and is not copied; after, it is in `scratch`.
        let mut begin = self.i;
        let mut copied = false;
        // Bytes of unescaped text so far. Past the limit the text is only
        // counted: the string will be rejected.
        let mut len = 0usize;
        loop {
            if len > MAX_STRING_BYTES {
                return Err(too_long(start));
            }
            self.plain_run(&mut begin, &mut copied, &mut len);
            match self.peek() {
                None => {
                    return Err(ParseError {
                        pos: start,
                        kind: ProblemKind::Syntax,
                        message: "string is not closed".into(),
                    })
                }
                Some(b'"') => {
                    let end = self.i;
                    self.bump();
                    if len > MAX_STRING_BYTES {
                        return Err(too_long(start));
                    }
                    self.last = if copied {
                        Last::Scratch
                    } else {
                        Last::Span(begin, end)
                    };
                    return Ok(());
                }
                Some(b'\\') => {
                    let escape_pos = self.pos();
                    if !copied {
                        if len <= MAX_STRING_BYTES {
                            self.scratch.push_str(&self.cur[begin..self.i]);
                        }
                        copied = true;
                    }
                    self.bump();
                    let c = self.escape(escape_pos)?;
                    len += c.len_utf8();
                    if len <= MAX_STRING_BYTES {
                        self.scratch.push(c);
                    }
                }
                Some(_) => {
                    let found = self.describe_here();
                    return Err(self.err(
                        ProblemKind::Syntax,
                        format!("{found} inside a string; write it as an escape such as \\n"),
                    ));
                }
            }
        }
    }

    /// Reads characters that stand for themselves, across pieces, up to a
    /// quote, a backslash, a control character or the end.
    fn plain_run(&mut self, begin: &mut usize, copied: &mut bool, len: &mut usize) {
        loop {
            let rest = &self.cur.as_bytes()[self.i..];
            let n = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            self.col += chars(&rest[..n]);
            if *copied && *len + n <= MAX_STRING_BYTES {
                self.scratch.push_str(&self.cur[self.i..self.i + n]);
            }
            self.i += n;
            *len += n;
            if self.i < self.cur.len() {
                return;
            }
            // The piece ends inside the string: keep what it holds of it.
            if !*copied && *begin < self.i {
                if *len <= MAX_STRING_BYTES {
                    self.scratch.push_str(&self.cur[*begin..self.i]);
                }
                *copied = true;
            }
            if !self.fill() {
                return;
            }
            *begin = 0;
        }
    }

    /// Reads the escape after a backslash; `start` is the backslash.
    fn escape(&mut self, start: Pos) -> Result<char, ParseError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.bump();
                return self.unicode_escape(start);
            }
            _ => {
                let found = self.describe_here();
                return Err(self.err(
                    ProblemKind::Syntax,
                    format!("invalid escape \\{}", found.trim_matches('\'')),
                ));
            }
        };
        self.bump();
        Ok(c)
    }

    /// The character of a `\uXXXX` escape (or a surrogate pair of two),
    /// after the `u`; `start` is the backslash.
    fn unicode_escape(&mut self, start: Pos) -> Result<char, ParseError> {
        let hi = self.hex4()?;
        let c = if (0xD800..0xDC00).contains(&hi) {
            if self.peek() != Some(b'\\') || self.peek2() != Some(b'u') {
                return Err(lone_surrogate(hi, start));
            }
            self.bump();
            self.bump();
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(lone_surrogate(hi, start));
            }
            char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
        } else {
            char::from_u32(hi)
        };
        c.ok_or_else(|| lone_surrogate(hi, start))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        "\\u must be followed by four hex digits".into(),
                    ))
                }
            };
            v = v * 16 + u32::from(d);
            self.bump();
        }
        Ok(v)
    }
}

/// A string over [`MAX_STRING_BYTES`], reported at its opening quote.
fn too_long(start: Pos) -> ParseError {
    ParseError {
        pos: start,
        kind: ProblemKind::StringTooLong,
        message: format!("string longer than {MAX_STRING_BYTES} bytes"),
    }
}

/// An unpaired surrogate escape, reported at its backslash.
fn lone_surrogate(u: u32, start: Pos) -> ParseError {
    ParseError {
        pos: start,
        kind: ProblemKind::Syntax,
        message: format!("\\u{u:04X} is half of a surrogate pair without its other half"),
    }
}
