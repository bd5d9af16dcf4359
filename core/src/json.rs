//! A strict JSON parser that remembers where every value starts.
//!
//! serde_json reports a position only for syntax errors; editors also need the
//! line and column of a wrong type, an unknown field or a duplicate id, so
//! every value keeps a [`Pos`]. Writing it here also keeps serde_json out of
//! the WebAssembly build. The parser enforces the size and depth limits that
//! protect the page from hostile input, and never panics.
//!
//! The document is read as a stream of events (`reader`) from text that may
//! come in pieces (`lexer`); loading decodes the model from the events
//! directly, and [`parse`] builds a tree from them. Strings without escapes
//! borrow from the source text, so the tree does not hold a second copy of
//! the document.

mod lexer;
mod reader;

use std::borrow::Cow;

pub(crate) use lexer::Pieces;
pub(crate) use reader::{Event, Reader};

use crate::error::{Pos, Problem, ProblemKind};

/// Largest accepted document, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Deepest accepted nesting of arrays and objects.
pub const MAX_DEPTH: usize = 64;
/// Longest accepted string, in bytes of UTF-8.
pub const MAX_STRING_BYTES: usize = 256 * 1024;

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

impl From<ParseError> for Problem {
    /// A parse error is a problem of the whole file: it has no JSON path.
    fn from(e: ParseError) -> Problem {
        Problem {
            pos: e.pos,
            path: String::new(),
            kind: e.kind,
            message: e.message,
        }
    }
}

/// A document over [`MAX_BYTES`]; `bytes` is its size.
pub(crate) fn too_large(bytes: usize) -> ParseError {
    ParseError {
        pos: Pos::START,
        kind: ProblemKind::TooLarge,
        message: format!("the file is {bytes} bytes; the limit is {MAX_BYTES} bytes (5 MiB)"),
    }
}

/// The text of a file given as raw bytes (as read from a file or a drop),
/// checked for size and encoding before anything else is read.
///
/// UTF-16 and invalid UTF-8 are errors; a UTF-8 byte-order mark is kept (the
/// reader skips it).
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, ParseError> {
    if bytes.len() > MAX_BYTES {
        return Err(too_large(bytes.len()));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) || bytes.starts_with(&[0xFF, 0xFE]) {
        return Err(ParseError {
            pos: Pos::START,
            kind: ProblemKind::Encoding,
            message: "the file is UTF-16; save it as UTF-8".into(),
        });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        // The valid prefix is UTF-8 by construction. A byte-order mark
        // takes no column, as in `parse`.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        let prefix = prefix.strip_prefix('\u{FEFF}').unwrap_or(prefix);
        ParseError {
            pos: Pos::after(prefix),
            kind: ProblemKind::Encoding,
            message: format!(
                "invalid UTF-8 at byte {}; save the file as UTF-8",
                e.valid_up_to()
            ),
        }
    })
}

/// Parses a document given as raw bytes (as read from a file or a drop).
///
/// A UTF-8 byte-order mark is skipped; UTF-16 and invalid UTF-8 are errors.
pub fn parse_bytes(bytes: &[u8]) -> Result<Node<'_>, ParseError> {
    parse(utf8(bytes)?)
}

/// Parses a document given as text.
pub fn parse(text: &str) -> Result<Node<'_>, ParseError> {
    let mut pieces = std::iter::once(Cow::Borrowed(text));
    let mut r = Reader::new(&mut pieces);
    let root = Tree::default().document(&mut r);
    // A document over the limit is that, whatever else is wrong with it.
    r.finish()?;
    root
}

/// Builds a tree from a reader's events.
#[derive(Default)]
struct Tree<'a> {
    /// Items of the arrays being read, innermost last. Each array is moved
    /// out into a `Vec` of exactly its length when it closes: growing one
    /// `Vec` per array by doubling left up to half of every array unused.
    items: Vec<Node<'a>>,
    /// Members of the objects being read, as `items`.
    members: Vec<Member<'a>>,
}

impl<'a> Tree<'a> {
    fn document(&mut self, r: &mut Reader<'_, 'a>) -> Result<Node<'a>, ParseError> {
        let (pos, event) = r.next()?;
        let root = self.node(r, pos, event)?;
        // The end, or an error for anything after the value.
        r.next()?;
        Ok(root)
    }

    /// The value that `event` starts, read to its end.
    fn node(
        &mut self,
        r: &mut Reader<'_, 'a>,
        pos: Pos,
        event: Event,
    ) -> Result<Node<'a>, ParseError> {
        let value = match event {
            Event::Bool(b) => Value::Bool(b),
            Event::Number(v, decimals) => Value::Number(v, decimals),
            Event::String => Value::String(text_of(r)),
            Event::StartArray => self.array(r)?,
            Event::StartObject => self.object(r)?,
            Event::Null => Value::Null,
            // Not yielded where a value is due.
            Event::EndArray | Event::Key | Event::EndObject | Event::End => Value::Null,
        };
        Ok(Node { pos, value })
    }

    fn array(&mut self, r: &mut Reader<'_, 'a>) -> Result<Value<'a>, ParseError> {
        let first = self.items.len();
        loop {
            let (pos, event) = r.next()?;
            if !is_value(event) {
                // A drain is exact-size, so this allocates exactly.
                return Ok(Value::Array(self.items.drain(first..).collect()));
            }
            let item = self.node(r, pos, event)?;
            self.items.push(item);
        }
    }

    fn object(&mut self, r: &mut Reader<'_, 'a>) -> Result<Value<'a>, ParseError> {
        let first = self.members.len();
        loop {
            let (key_pos, event) = r.next()?;
            if event != Event::Key {
                return Ok(Value::Object(self.members.drain(first..).collect()));
            }
            let key = text_of(r);
            let (pos, event) = r.next()?;
            let node = self.node(r, pos, event)?;
            self.members.push(Member { key, key_pos, node });
        }
    }
}

/// Whether `event` starts a value (rather than closing a container).
fn is_value(event: Event) -> bool {
    !matches!(event, Event::EndArray | Event::EndObject | Event::End)
}

/// The last string read, borrowed from the source when it is there.
fn text_of<'a>(r: &Reader<'_, 'a>) -> Cow<'a, str> {
    match r.borrowed() {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(r.str().to_owned()),
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
        for n in [1, 7, 8, 9, 40] {
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
