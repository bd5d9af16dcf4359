//! The characters of a document that arrives in pieces: positions,
//! whitespace, strings, numbers and literals, each read across piece
//! boundaries.
//!
//! Pieces may split the text at any character boundary, so every token can
//! straddle two pieces (or more); only the piece being read is held, plus the
//! next one while looking two bytes ahead across a boundary. A string that
//! lies within one piece and has no escapes is not copied.

use std::borrow::Cow;

use super::{too_large, ParseError, MAX_BYTES, MAX_STRING_BYTES};
use crate::error::{Pos, ProblemKind};

/// The pieces of a document, in order; the document is their concatenation.
pub(crate) type Pieces<'s, 'a> = &'s mut dyn Iterator<Item = Cow<'a, str>>;

/// Where the text of the last string read is.
#[derive(Debug, Clone, Copy)]
enum Last {
    /// `cur[start..end]`: the string had no escapes and lay in one piece.
    Span(usize, usize),
    /// In `scratch`.
    Scratch,
}

/// A cursor over the pieces, keeping the line and column of every character.
pub(crate) struct Lexer<'s, 'a> {
    pieces: Pieces<'s, 'a>,
    /// The piece being read.
    cur: Cow<'a, str>,
    /// The next non-empty piece, once peeked at.
    ahead: Option<Cow<'a, str>>,
    /// Byte offset in `cur`.
    i: usize,
    line: u32,
    col: u32,
    /// Bytes taken from `pieces` so far.
    total: usize,
    /// The last string's text when it is not a span of `cur`.
    scratch: String,
    last: Last,
    /// The last number, as written.
    number: String,
}

/// How many characters `bytes` (whole UTF-8 characters) hold.
fn chars(bytes: &[u8]) -> u32 {
    // Continuation bytes are 0b10xxxxxx; every other byte starts a character.
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32
}

/// `describe` of a character, or of the end of the file.
fn describe(c: Option<char>) -> String {
    match c {
        None => "end of file".into(),
        Some(c) if c.is_control() => format!("control character U+{:04X}", c as u32),
        Some(c) => format!("'{c}'"),
    }
}

impl<'s, 'a> Lexer<'s, 'a> {
    pub(crate) fn new(pieces: Pieces<'s, 'a>) -> Self {
        Lexer {
            pieces,
            cur: Cow::Borrowed(""),
            ahead: None,
            i: 0,
            line: 1,
            col: 1,
            total: 0,
            scratch: String::new(),
            last: Last::Scratch,
            number: String::new(),
        }
    }

    /// The next non-empty piece. Past [`MAX_BYTES`] the document reads as
    /// ended: it is rejected as a whole, so nothing more needs reading.
    fn pull(&mut self) -> Option<Cow<'a, str>> {
        while self.total <= MAX_BYTES {
            let piece = self.pieces.next()?;
            self.total += piece.len();
            if !piece.is_empty() && self.total <= MAX_BYTES {
                return Some(piece);
            }
        }
        None
    }

    /// Moves to the next piece once `cur` is read; false at the end.
    fn fill(&mut self) -> bool {
        // Freed first, so two pieces are held together only when looking
        // ahead across a boundary.
        self.cur = Cow::Borrowed("");
        self.i = 0;
        match self.ahead.take().or_else(|| self.pull()) {
            Some(piece) => {
                self.cur = piece;
                true
            }
            None => false,
        }
    }

    /// Reads what is left of the pieces, only to count it, and fails when
    /// the document is larger than [`MAX_BYTES`]. A document over the limit
    /// is reported as such whatever else is wrong with it.
    pub(crate) fn finish(&mut self) -> Result<(), ParseError> {
        for piece in &mut *self.pieces {
            self.total += piece.len();
        }
        if self.total > MAX_BYTES {
            return Err(too_large(self.total));
        }
        Ok(())
    }

    pub(crate) fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    pub(crate) fn err(&self, kind: ProblemKind, message: String) -> ParseError {
        ParseError {
            pos: self.pos(),
            kind,
            message,
        }
    }

    /// The next byte, reading on into the next piece when needed.
    pub(crate) fn peek(&mut self) -> Option<u8> {
        if let Some(&b) = self.cur.as_bytes().get(self.i) {
            return Some(b);
        }
        if self.fill() {
            return self.cur.as_bytes().first().copied();
        }
        None
    }

    /// The byte after the next one, which must be ASCII (`/` or `\`).
    fn peek2(&mut self) -> Option<u8> {
        self.peek()?;
        if let Some(&b) = self.cur.as_bytes().get(self.i + 1) {
            return Some(b);
        }
        if self.ahead.is_none() {
            self.ahead = self.pull();
        }
        self.ahead.as_ref()?.as_bytes().first().copied()
    }

    /// Advances over one character, keeping line and column (in characters).
    pub(crate) fn bump(&mut self) {
        let Some(b) = self.peek() else {
            return;
        };
        let width = match b {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        // Pieces split only between characters, so the character is whole.
        self.i = (self.i + width).min(self.cur.len());
        if b == b'\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
    }

    /// Skips a byte-order mark at the very start; it takes no column.
    pub(crate) fn skip_bom(&mut self) {
        if self.peek() == Some(0xEF) && self.cur[self.i..].starts_with('\u{FEFF}') {
            self.i += '\u{FEFF}'.len_utf8();
        }
    }

    /// The next character, for messages: `'x'`, a control character's code,
    /// or "end of file".
    pub(crate) fn describe_here(&mut self) -> String {
        self.peek();
        describe(self.cur.get(self.i..).and_then(|s| s.chars().next()))
    }

    pub(crate) fn skip_ws(&mut self) -> Result<(), ParseError> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.bump(),
                b'/' if matches!(self.peek2(), Some(b'/' | b'*')) => {
                    return Err(self.err(
                        ProblemKind::Comment,
                        "comments are not allowed in JSON; remove it".into(),
                    ));
                }
                _ => break,
            }
        }
        Ok(())
    }

    /// Reads `word` (`true`, `false` or `null`), whose first letter is next.
    pub(crate) fn literal(&mut self, word: &str) -> Result<(), ParseError> {
        let start = self.pos();
        for b in word.bytes() {
            if self.peek() != Some(b) {
                // Reported at the word's start, naming its first letter.
                let first = word.chars().next().map(|c| format!("'{c}'"));
                return Err(ParseError {
                    pos: start,
                    kind: ProblemKind::Syntax,
                    message: format!("expected a value, found {}", first.unwrap_or_default()),
                });
            }
            self.bump();
        }
        Ok(())
    }

    /// The text of the last string read (a key or a value).
    pub(crate) fn str(&self) -> &str {
        match self.last {
            Last::Span(start, end) => self.cur.get(start..end).unwrap_or_default(),
            Last::Scratch => &self.scratch,
        }
    }

    /// [`Lexer::str`], borrowed from the source text when it is there.
    pub(crate) fn borrowed(&self) -> Option<&'a str> {
        match (self.last, &self.cur) {
            (Last::Span(start, end), Cow::Borrowed(piece)) => piece.get(start..end),
            _ => None,
        }
    }

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

    /// Appends the next (ASCII) byte to the number being read.
    fn take(&mut self) {
        if let Some(b) = self.peek() {
            self.number.push(char::from(b));
            self.bump();
        }
    }

    /// Appends a run of digits to the number; returns how many.
    fn digits(&mut self) -> usize {
        let before = self.number.len();
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            let rest = &self.cur[self.i..];
            let n = rest.bytes().take_while(u8::is_ascii_digit).count();
            self.number.push_str(&rest[..n]);
            self.i += n;
            self.col += n as u32;
        }
        self.number.len() - before
    }

    /// Reads a number, whose first character is next: its value and the
    /// count of digits after its decimal point once the exponent is applied.
    pub(crate) fn number(&mut self) -> Result<(f64, u8), ParseError> {
        let start_pos = self.pos();
        self.number.clear();
        if self.peek() == Some(b'-') {
            self.take();
        }
        match self.peek() {
            Some(b'0') => {
                self.take();
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        "numbers must not have leading zeros".into(),
                    ));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            Some(b'N' | b'I') => {
                return Err(ParseError {
                    pos: start_pos,
                    kind: ProblemKind::NumberOutOfRange,
                    message: "-NaN and -Infinity are not numbers in JSON".into(),
                })
            }
            _ => {
                let found = self.describe_here();
                return Err(self.err(
                    ProblemKind::Syntax,
                    format!("expected a digit, found {found}"),
                ));
            }
        }
        let decimals = self.fraction()?;
        let exponent = self.exponent()?;
        let raw = &self.number;
        let v: f64 = raw.parse().map_err(|_| ParseError {
            pos: start_pos,
            kind: ProblemKind::Syntax,
            message: format!("{raw} is not a number"),
        })?;
        if !v.is_finite() {
            return Err(ParseError {
                pos: start_pos,
                kind: ProblemKind::NumberOutOfRange,
                message: format!("{raw} is too large for a number"),
            });
        }
        // -0 is read as 0 so that it never prints as "-0".
        let v = if v == 0.0 { 0.0 } else { v };
        // Digits after the point once the exponent is applied: 1.55e1 is
        // 15.5 (one decimal), 12345e-2 is 123.45 (two).
        let decimals = (decimals as i64)
            .saturating_sub(exponent)
            .clamp(0, i64::from(u8::MAX)) as u8;
        Ok((v, decimals))
    }

    /// Reads `.digits` if next; returns how many digits.
    fn fraction(&mut self) -> Result<usize, ParseError> {
        if self.peek() != Some(b'.') {
            return Ok(0);
        }
        self.take();
        let decimals = self.digits();
        if decimals == 0 {
            return Err(self.err(
                ProblemKind::Syntax,
                "expected a digit after the decimal point".into(),
            ));
        }
        Ok(decimals)
    }

    /// Reads `e[+-]digits` if next; returns the exponent (saturated).
    fn exponent(&mut self) -> Result<i64, ParseError> {
        if !matches!(self.peek(), Some(b'e' | b'E')) {
            return Ok(0);
        }
        self.take();
        let negative = self.peek() == Some(b'-');
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.take();
        }
        let before = self.number.len();
        if self.digits() == 0 {
            return Err(self.err(
                ProblemKind::Syntax,
                "expected a digit in the exponent".into(),
            ));
        }
        // Only digits, so parsing fails only on overflow.
        let size = self.number[before..].parse::<i64>().unwrap_or(i64::MAX);
        Ok(if negative { -size } else { size })
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
