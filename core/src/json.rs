//! A strict JSON parser that remembers where every value starts.
//!
//! serde_json reports a position only for syntax errors; editors also need the
//! line and column of a wrong type, an unknown field or a duplicate id, so the
//! tree keeps a [`Pos`] per value. Writing it here also keeps serde_json out of
//! the WebAssembly build. The parser enforces the size and depth limits that
//! protect the page from hostile input, and never panics.
//!
//! Strings without escapes borrow from the source text, so the tree does not
//! hold a second copy of the document.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::error::{Pos, ProblemKind};

/// Largest accepted document, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Deepest accepted nesting of arrays and objects.
pub const MAX_DEPTH: usize = 64;
/// Longest accepted string, in bytes of UTF-8.
pub const MAX_STRING_BYTES: usize = 256 * 1024;
/// Objects with more keys than this find duplicates through a map.
const SMALL_OBJECT: usize = 8;

/// A parsed JSON value with its position, borrowing from the source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    /// Where the value starts.
    pub pos: Pos,
    /// The value itself.
    pub value: Value<'a>,
}

/// A JSON value. Objects keep their members in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A finite number and the count of digits written after its decimal point.
    Number(f64, u8),
    /// A string, unescaped; borrowed unless it had escapes.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Node<'a>>),
    /// An object; keys are unique (duplicates are a parse error).
    Object(Vec<Member<'a>>),
}

/// One `"key": value` pair of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member<'a> {
    /// The unescaped key; borrowed unless it had escapes.
    pub key: Cow<'a, str>,
    /// Where the key starts.
    pub key_pos: Pos,
    /// The value.
    pub node: Node<'a>,
}

impl Value<'_> {
    /// The JSON type name, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(..) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }
}

/// A parse failure: what went wrong and where.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// Where the problem is.
    pub pos: Pos,
    /// The category.
    pub kind: ProblemKind,
    /// A message naming what was found.
    pub message: String,
}

/// Parses a document given as raw bytes (as read from a file or a drop).
///
/// A UTF-8 byte-order mark is skipped; UTF-16 and invalid UTF-8 are errors.
pub fn parse_bytes(bytes: &[u8]) -> Result<Node<'_>, ParseError> {
    if bytes.len() > MAX_BYTES {
        return Err(ParseError {
            pos: Pos::START,
            kind: ProblemKind::TooLarge,
            message: format!(
                "the file is {} bytes; the limit is {} bytes (5 MiB)",
                bytes.len(),
                MAX_BYTES
            ),
        });
    }
    if bytes.starts_with(&[0xFE, 0xFF]) || bytes.starts_with(&[0xFF, 0xFE]) {
        return Err(ParseError {
            pos: Pos::START,
            kind: ProblemKind::Encoding,
            message: "the file is UTF-16; save it as UTF-8".into(),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // The valid prefix is UTF-8 by construction. A byte-order mark
            // takes no column, as in `parse`.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let prefix = prefix.strip_prefix('\u{FEFF}').unwrap_or(prefix);
            Err(ParseError {
                pos: Pos::after(prefix),
                kind: ProblemKind::Encoding,
                message: format!(
                    "invalid UTF-8 at byte {}; save the file as UTF-8",
                    e.valid_up_to()
                ),
            })
        }
    }
}

/// Parses a document given as text.
pub fn parse(text: &str) -> Result<Node<'_>, ParseError> {
    if text.len() > MAX_BYTES {
        return parse_bytes(text.as_bytes());
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut p = Parser {
        src: text.as_bytes(),
        text,
        i: 0,
        line: 1,
        col: 1,
        items: Vec::new(),
        members: Vec::new(),
    };
    p.skip_ws()?;
    if p.i >= p.src.len() {
        return Err(p.err(ProblemKind::Syntax, "the file is empty".into()));
    }
    let node = p.value(0)?;
    p.skip_ws()?;
    if p.i < p.src.len() {
        return Err(p.err(
            ProblemKind::Syntax,
            format!(
                "unexpected {} after the end of the document",
                p.describe_here()
            ),
        ));
    }
    Ok(node)
}

struct Parser<'a> {
    src: &'a [u8],
    text: &'a str,
    i: usize,
    line: u32,
    col: u32,
    /// Items of the arrays being read, innermost last. Each array is moved
    /// out into a `Vec` of exactly its length when it closes: growing one
    /// `Vec` per array by doubling left up to half of every array unused.
    items: Vec<Node<'a>>,
    /// Members of the objects being read, as `items`.
    members: Vec<Member<'a>>,
}

impl<'a> Parser<'a> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn err(&self, kind: ProblemKind, message: String) -> ParseError {
        ParseError {
            pos: self.pos(),
            kind,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.i).copied()
    }

    /// Advances over one character, keeping line and column (in characters).
    fn bump(&mut self) {
        let Some(&b) = self.src.get(self.i) else {
            return;
        };
        let width = match b {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        self.i = (self.i + width).min(self.src.len());
        if b == b'\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
    }

    fn describe_here(&self) -> String {
        match self.text[self.i..].chars().next() {
            None => "end of file".into(),
            Some(c) if c.is_control() => format!("control character U+{:04X}", c as u32),
            Some(c) => format!("'{c}'"),
        }
    }

    fn skip_ws(&mut self) -> Result<(), ParseError> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.bump(),
                b'/' if matches!(self.src.get(self.i + 1), Some(b'/') | Some(b'*')) => {
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

    fn expect(&mut self, b: u8, what: &str) -> Result<(), ParseError> {
        if self.peek() == Some(b) {
            self.bump();
            Ok(())
        } else {
            Err(self.err(
                ProblemKind::Syntax,
                format!("expected {what}, found {}", self.describe_here()),
            ))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node<'a>, ParseError> {
        let pos = self.pos();
        let value = match self.peek() {
            Some(b'{') => self.object(depth + 1)?,
            Some(b'[') => self.array(depth + 1)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b'N' | b'I') => {
                return Err(self.err(
                    ProblemKind::NumberOutOfRange,
                    "NaN and Infinity are not numbers in JSON".into(),
                ))
            }
            Some(b'\'') => {
                return Err(self.err(
                    ProblemKind::Syntax,
                    "strings use double quotes in JSON".into(),
                ))
            }
            _ => {
                return Err(self.err(
                    ProblemKind::Syntax,
                    format!("expected a value, found {}", self.describe_here()),
                ))
            }
        };
        Ok(Node { pos, value })
    }

    fn literal(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, ParseError> {
        if self.src[self.i..].starts_with(word.as_bytes()) {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(value)
        } else {
            Err(self.err(
                ProblemKind::Syntax,
                format!("expected a value, found {}", self.describe_here()),
            ))
        }
    }

    fn enter(&self, depth: usize) -> Result<(), ParseError> {
        if depth > MAX_DEPTH {
            Err(self.err(
                ProblemKind::TooDeep,
                format!("nesting deeper than {MAX_DEPTH} levels"),
            ))
        } else {
            Ok(())
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, ParseError> {
        self.enter(depth)?;
        self.bump();
        let first = self.items.len();
        self.skip_ws()?;
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Value::Array(Vec::new()));
        }
        loop {
            self.skip_ws()?;
            if self.peek() == Some(b']') {
                return Err(self.err(
                    ProblemKind::TrailingComma,
                    "trailing comma before ']'".into(),
                ));
            }
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_ws()?;
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    // A drain is exact-size, so this allocates exactly.
                    return Ok(Value::Array(self.items.drain(first..).collect()));
                }
                _ => {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        format!("expected ',' or ']', found {}", self.describe_here()),
                    ))
                }
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, ParseError> {
        self.enter(depth)?;
        self.bump();
        let first = self.members.len();
        // Key -> index in `self.members`, once the object has more than a few
        // keys: a linear scan per key made an object with many keys quadratic
        // (minutes for a hostile 5 MB file), and a map per small object costs
        // an allocation each.
        let mut seen: HashMap<Cow<'a, str>, usize> = HashMap::new();
        self.skip_ws()?;
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Value::Object(Vec::new()));
        }
        loop {
            self.skip_ws()?;
            match self.peek() {
                Some(b'}') => {
                    return Err(self.err(
                        ProblemKind::TrailingComma,
                        "trailing comma before '}'".into(),
                    ))
                }
                Some(b'"') => {}
                _ => {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        format!(
                            "expected a quoted field name, found {}",
                            self.describe_here()
                        ),
                    ))
                }
            }
            let key_pos = self.pos();
            let key = self.string()?;
            let own = &self.members[first..];
            let earlier = if own.len() <= SMALL_OBJECT {
                own.iter().position(|m| m.key == key)
            } else {
                seen.get(&key).copied()
            };
            if let Some(earlier) = earlier {
                return Err(ParseError {
                    pos: key_pos,
                    kind: ProblemKind::DuplicateKey,
                    message: format!(
                        "field \"{}\" appears twice (first at {})",
                        crate::decode::preview(&key),
                        own[earlier].key_pos
                    ),
                });
            }
            self.skip_ws()?;
            self.expect(b':', "':' after the field name")?;
            self.skip_ws()?;
            let node = self.value(depth)?;
            let own = &self.members[first..];
            if own.len() == SMALL_OBJECT {
                seen.extend(own.iter().enumerate().map(|(i, m)| (m.key.clone(), i)));
            }
            if own.len() >= SMALL_OBJECT {
                seen.insert(key.clone(), own.len());
            }
            self.members.push(Member { key, key_pos, node });
            self.skip_ws()?;
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(Value::Object(self.members.drain(first..).collect()));
                }
                _ => {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        format!("expected ',' or '}}', found {}", self.describe_here()),
                    ))
                }
            }
        }
    }

    fn string(&mut self) -> Result<Cow<'a, str>, ParseError> {
        let start = self.pos();
        self.bump();
        let begin = self.i;
        // The unescaped text so far, once there was an escape; until then it
        // is `self.text[begin..self.i]`, and the string is returned borrowed.
        let mut unescaped: Option<String> = None;
        let too_long = || ParseError {
            pos: start,
            kind: ProblemKind::StringTooLong,
            message: format!("string longer than {MAX_STRING_BYTES} bytes"),
        };
        loop {
            let len = unescaped.as_ref().map_or(self.i - begin, String::len);
            if len > MAX_STRING_BYTES {
                return Err(too_long());
            }
            let run_start = self.i;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.bump();
            }
            if let Some(out) = &mut unescaped {
                out.push_str(&self.text[run_start..self.i]);
            }
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
                    return match unescaped {
                        Some(out) if out.len() > MAX_STRING_BYTES => Err(too_long()),
                        Some(out) => Ok(Cow::Owned(out)),
                        None if end - begin > MAX_STRING_BYTES => Err(too_long()),
                        None => Ok(Cow::Borrowed(&self.text[begin..end])),
                    };
                }
                Some(b'\\') => {
                    let escape_pos = self.pos();
                    let done = &self.text[begin..self.i];
                    let out = unescaped.get_or_insert_with(|| done.to_owned());
                    self.bump();
                    self.escape(out, escape_pos)?;
                }
                Some(_) => {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        format!(
                            "{} inside a string; write it as an escape such as \\n",
                            self.describe_here()
                        ),
                    ))
                }
            }
        }
    }

    /// Reads the escape after a backslash; `start` is the backslash.
    fn escape(&mut self, out: &mut String, start: Pos) -> Result<(), ParseError> {
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
                let hi = self.hex4()?;
                let c = if (0xD800..0xDC00).contains(&hi) {
                    if !self.src[self.i..].starts_with(b"\\u") {
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
                return match c {
                    Some(c) => {
                        out.push(c);
                        Ok(())
                    }
                    None => Err(lone_surrogate(hi, start)),
                };
            }
            _ => {
                return Err(self.err(
                    ProblemKind::Syntax,
                    format!(
                        "invalid escape \\{}",
                        self.describe_here().trim_matches('\'')
                    ),
                ))
            }
        };
        self.bump();
        out.push(c);
        Ok(())
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

    fn number(&mut self) -> Result<Value<'a>, ParseError> {
        let start_pos = self.pos();
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => {
                self.bump();
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        "numbers must not have leading zeros".into(),
                    ));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            Some(b'N' | b'I') => {
                return Err(ParseError {
                    pos: start_pos,
                    kind: ProblemKind::NumberOutOfRange,
                    message: "-NaN and -Infinity are not numbers in JSON".into(),
                })
            }
            _ => {
                return Err(self.err(
                    ProblemKind::Syntax,
                    format!("expected a digit, found {}", self.describe_here()),
                ))
            }
        }
        let mut decimals = 0usize;
        if self.peek() == Some(b'.') {
            self.bump();
            let before = self.i;
            self.digits();
            decimals = self.i - before;
            if decimals == 0 {
                return Err(self.err(
                    ProblemKind::Syntax,
                    "expected a digit after the decimal point".into(),
                ));
            }
        }
        let mut exponent: i64 = 0;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump();
            let negative = self.peek() == Some(b'-');
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump();
            }
            let before = self.i;
            self.digits();
            if self.i == before {
                return Err(self.err(
                    ProblemKind::Syntax,
                    "expected a digit in the exponent".into(),
                ));
            }
            // Only digits, so parsing fails only on overflow.
            let size = self.text[before..self.i].parse::<i64>().unwrap_or(i64::MAX);
            exponent = if negative { -size } else { size };
        }
        let raw = &self.text[start..self.i];
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
        Ok(Value::Number(v, decimals))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.bump();
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(src: &str) -> ProblemKind {
        parse(src).expect_err(src).kind
    }

    #[test]
    fn parses_values_with_positions() {
        let node = parse("{\n  \"a\": [1, 2.50, \"x\"],\n  \"b\": null }").unwrap();
        let Value::Object(m) = node.value else {
            panic!("object expected")
        };
        assert_eq!(m[0].key, "a");
        assert_eq!(m[0].node.pos, Pos { line: 2, col: 8 });
        let Value::Array(items) = &m[0].node.value else {
            panic!("array expected")
        };
        assert_eq!(items[1].value, Value::Number(2.5, 2));
        assert_eq!(m[1].key_pos, Pos { line: 3, col: 3 });
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let err = parse("{\"标题\": x}").unwrap_err();
        assert_eq!(err.pos, Pos { line: 1, col: 8 });
    }

    #[test]
    fn rejects_with_named_kinds() {
        let cases = [
            ("", ProblemKind::Syntax),
            ("{\"a\":1,}", ProblemKind::TrailingComma),
            ("[1,]", ProblemKind::TrailingComma),
            ("// x\n{}", ProblemKind::Comment),
            ("{\"a\":1,\"a\":2}", ProblemKind::DuplicateKey),
            ("1e400", ProblemKind::NumberOutOfRange),
            ("NaN", ProblemKind::NumberOutOfRange),
            ("[\"\\ud800\"]", ProblemKind::Syntax),
            ("'a'", ProblemKind::Syntax),
            ("{} {}", ProblemKind::Syntax),
            ("012", ProblemKind::Syntax),
            ("\"a\u{1}\"", ProblemKind::Syntax),
        ];
        for (src, expected) in cases {
            assert_eq!(kind(src), expected, "{src:?}");
        }
    }

    #[test]
    fn limits_depth() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(kind(&deep), ProblemKind::TooDeep);
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn handles_encodings() {
        assert!(parse_bytes(b"\xEF\xBB\xBF{}").is_ok());
        assert_eq!(
            parse_bytes(b"\xFF\xFE{\x00}\x00").unwrap_err().kind,
            ProblemKind::Encoding
        );
        let err = parse_bytes(b"{\n \"a\": \"\xC3\x28\"}").unwrap_err();
        assert_eq!(err.kind, ProblemKind::Encoding);
        assert_eq!(err.pos, Pos { line: 2, col: 8 });
    }

    #[test]
    fn reads_minus_zero_as_zero_and_keeps_decimals() {
        assert_eq!(parse("-0").unwrap().value, Value::Number(0.0, 0));
        assert_eq!(parse("1.230").unwrap().value, Value::Number(1.23, 3));
        assert_eq!(parse("1e308").unwrap().value, Value::Number(1e308, 0));
    }

    #[test]
    fn unescapes_strings() {
        let v = parse(r#""a\n\u00e9\ud83d\ude00\"""#).unwrap().value;
        assert_eq!(v, Value::String("a\né😀\"".into()));
    }

    #[test]
    fn borrows_strings_without_escapes() {
        let node = parse(r#"{"k": "plain", "e\u0073c": "x\ty"}"#).unwrap();
        let Value::Object(m) = node.value else {
            panic!("object expected")
        };
        assert!(matches!(m[0].key, Cow::Borrowed("k")));
        assert!(matches!(
            m[0].node.value,
            Value::String(Cow::Borrowed("plain"))
        ));
        assert!(matches!(&m[1].key, Cow::Owned(k) if k == "esc"));
        assert_eq!(m[1].node.value, Value::String("x\ty".into()));
    }

    #[test]
    fn finds_duplicate_keys_in_small_and_large_objects() {
        for n in [1, SMALL_OBJECT - 1, SMALL_OBJECT, SMALL_OBJECT + 1, 40] {
            let keys: Vec<String> = (0..n).map(|i| format!("\"k{i}\": {i}")).collect();
            let src = format!("{{{}, \"k0\": 0}}", keys.join(", "));
            let err = parse(&src).expect_err(&src);
            assert_eq!(err.kind, ProblemKind::DuplicateKey, "{src}");
            assert!(err.message.ends_with("(first at 1:2)"), "{}", err.message);
            // An escaped spelling is the same key.
            let src = format!("{{{}, \"\\u006b{}\": 0}}", keys.join(", "), n - 1);
            assert_eq!(kind(&src), ProblemKind::DuplicateKey, "{src}");
        }
    }
}
