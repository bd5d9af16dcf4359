//! The characters of a document that arrives in pieces: positions,
//! whitespace, strings, numbers and literals, each read across piece
//! boundaries.
//!
//! Pieces may split the text at any character boundary, so every token can
//! straddle two pieces (or more); only the piece being read is held, plus the
//! next one while looking two bytes ahead across a boundary. A string that
//! lies within one piece and has no escapes is not copied.

use std::borrow::Cow;

use super::{too_large, ParseError, MAX_BYTES};
use crate::error::{Pos, ProblemKind};

/// The pieces of a document, in order; the document is their concatenation.
mod number;
mod string;

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
}
