//! The grammar of JSON over the [`Lexer`]: a pull reader that yields a
//! document as events, each with where it starts.
//!
//! Both the tree parser ([`super::parse`]) and the streaming decoder
//! ([`crate::decode`]) read through it, so the syntax errors, limits and
//! positions of the two are the same by construction.

use std::collections::HashMap;

use super::lexer::{Lexer, Pieces};
use super::{ParseError, MAX_DEPTH};
use crate::error::{preview, Pos, ProblemKind};

/// Objects with more keys than this find duplicates through a map.
const SMALL_OBJECT: usize = 8;

/// One step through a document. The text of a `Key` or `String` is
/// [`Reader::str`] until the next call to [`Reader::next`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Event {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A finite number and the count of digits written after its decimal point.
    Number(f64, u8),
    /// A string value.
    String,
    /// `[`; items follow, then `EndArray`.
    StartArray,
    /// `]`
    EndArray,
    /// `{`; `Key` and value pairs follow, then `EndObject`.
    StartObject,
    /// A field name; its value follows.
    Key,
    /// `}`
    EndObject,
    /// The end of the document; yielded again on every later call.
    End,
}

impl Event {
    /// The JSON type name of the value this event starts, for messages.
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            Event::Null => "null",
            Event::Bool(_) => "boolean",
            Event::Number(..) => "number",
            Event::String => "string",
            Event::StartArray => "array",
            Event::StartObject => "object",
            Event::EndArray | Event::Key | Event::EndObject | Event::End => "end",
        }
    }

    /// Whether the event opens an array or an object.
    pub(crate) fn opens(self) -> bool {
        matches!(self, Event::StartArray | Event::StartObject)
    }
}

/// What the next call to [`Reader::next`] reads.
#[derive(Debug, Clone, Copy)]
enum State {
    /// The document's value.
    Start,
    /// After `[`: an item or `]`.
    FirstItem,
    /// After `{`: a key or `}`.
    FirstMember,
    /// After a key: `:` and the value.
    Colon,
    /// After a value: `,`, a closing bracket, or the end of the document.
    AfterValue,
    /// After the end.
    Done,
}

/// An array or object being read.
enum Frame {
    Array,
    /// `first` indexes the object's first key in [`Keys::ends`]; `index`
    /// maps each key to its index once the object has more than a few: a
    /// linear scan per key made an object with many keys quadratic (minutes
    /// for a hostile 5 MB file), and a map per small object costs an
    /// allocation each.
    Object {
        first: usize,
        index: Option<HashMap<String, usize>>,
    },
}

/// The keys of the objects being read, to find duplicates; one buffer for
/// all, so a key costs no allocation.
#[derive(Default)]
struct Keys {
    text: String,
    /// Where each key ends in `text`, and where it is in the document.
    ends: Vec<(usize, Pos)>,
}

impl Keys {
    fn get(&self, k: usize) -> &str {
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p].0);
        &self.text[start..self.ends[k].0]
    }

    fn truncate(&mut self, first: usize) {
        let start = first.checked_sub(1).map_or(0, |p| self.ends[p].0);
        self.text.truncate(start);
        self.ends.truncate(first);
    }
}

/// A pull reader of one document.
pub(crate) struct Reader<'s, 'a> {
    lex: Lexer<'s, 'a>,
    state: State,
    stack: Vec<Frame>,
    keys: Keys,
}

impl<'s, 'a> Reader<'s, 'a> {
    pub(crate) fn new(pieces: Pieces<'s, 'a>) -> Self {
        Reader {
            lex: Lexer::new(pieces),
            state: State::Start,
            stack: Vec::new(),
            keys: Keys::default(),
        }
    }

    /// The text of the last `Key` or `String`.
    pub(crate) fn str(&self) -> &str {
        self.lex.str()
    }

    /// [`Reader::str`], borrowed from the source text when it is there.
    pub(crate) fn borrowed(&self) -> Option<&'a str> {
        self.lex.borrowed()
    }

    /// Ends reading: fails when the whole document, read or not, is larger
    /// than the limit. Called after an error too, since that one wins.
    pub(crate) fn finish(&mut self) -> Result<(), ParseError> {
        self.lex.finish()
    }

    /// The next event and where it starts.
    pub(crate) fn next(&mut self) -> Result<(Pos, Event), ParseError> {
        match self.state {
            State::Start => {
                self.lex.skip_bom();
                self.lex.skip_ws()?;
                if self.lex.peek().is_none() {
                    return Err(self
                        .lex
                        .err(ProblemKind::Syntax, "the file is empty".into()));
                }
                self.value()
            }
            State::FirstItem => {
                self.lex.skip_ws()?;
                if self.lex.peek() == Some(b']') {
                    return Ok(self.close(Event::EndArray));
                }
                self.value()
            }
            State::FirstMember => {
                self.lex.skip_ws()?;
                if self.lex.peek() == Some(b'}') {
                    return Ok(self.close(Event::EndObject));
                }
                self.member()
            }
            State::Colon => {
                self.lex.skip_ws()?;
                self.expect(b':', "':' after the field name")?;
                self.lex.skip_ws()?;
                self.value()
            }
            State::AfterValue => self.after_value(),
            State::Done => Ok((self.lex.pos(), Event::End)),
        }
    }

    fn expect(&mut self, b: u8, what: &str) -> Result<(), ParseError> {
        if self.lex.peek() == Some(b) {
            self.lex.bump();
            return Ok(());
        }
        let found = self.lex.describe_here();
        Err(self.lex.err(
            ProblemKind::Syntax,
            format!("expected {what}, found {found}"),
        ))
    }

    fn syntax(&mut self, message: impl FnOnce(String) -> String) -> ParseError {
        let found = self.lex.describe_here();
        self.lex.err(ProblemKind::Syntax, message(found))
    }

    fn value(&mut self) -> Result<(Pos, Event), ParseError> {
        let pos = self.lex.pos();
        let event = match self.lex.peek() {
            Some(b'{') => return self.open(Event::StartObject),
            Some(b'[') => return self.open(Event::StartArray),
            Some(b'"') => {
                self.lex.string()?;
                Event::String
            }
            Some(b't') => {
                self.lex.literal("true")?;
                Event::Bool(true)
            }
            Some(b'f') => {
                self.lex.literal("false")?;
                Event::Bool(false)
            }
            Some(b'n') => {
                self.lex.literal("null")?;
                Event::Null
            }
            Some(b'-' | b'0'..=b'9') => {
                let (v, decimals) = self.lex.number()?;
                Event::Number(v, decimals)
            }
            Some(b'N' | b'I') => {
                return Err(self.lex.err(
                    ProblemKind::NumberOutOfRange,
                    "NaN and Infinity are not numbers in JSON".into(),
                ))
            }
            Some(b'\'') => {
                return Err(self.lex.err(
                    ProblemKind::Syntax,
                    "strings use double quotes in JSON".into(),
                ))
            }
            _ => return Err(self.syntax(|found| format!("expected a value, found {found}"))),
        };
        self.state = State::AfterValue;
        Ok((pos, event))
    }

    /// Reads `[` or `{`, within the depth limit.
    fn open(&mut self, event: Event) -> Result<(Pos, Event), ParseError> {
        let pos = self.lex.pos();
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.lex.err(
                ProblemKind::TooDeep,
                format!("nesting deeper than {MAX_DEPTH} levels"),
            ));
        }
        self.lex.bump();
        if event == Event::StartArray {
            self.stack.push(Frame::Array);
            self.state = State::FirstItem;
        } else {
            self.stack.push(Frame::Object {
                first: self.keys.ends.len(),
                index: None,
            });
            self.state = State::FirstMember;
        }
        Ok((pos, event))
    }

    /// Reads `]` or `}`.
    fn close(&mut self, event: Event) -> (Pos, Event) {
        let pos = self.lex.pos();
        self.lex.bump();
        if let Some(Frame::Object { first, .. }) = self.stack.pop() {
            self.keys.truncate(first);
        }
        self.state = State::AfterValue;
        (pos, event)
    }

    fn after_value(&mut self) -> Result<(Pos, Event), ParseError> {
        self.lex.skip_ws()?;
        match (self.stack.last(), self.lex.peek()) {
            (None, None) => {
                self.state = State::Done;
                Ok((self.lex.pos(), Event::End))
            }
            (None, Some(_)) => {
                Err(self
                    .syntax(|found| format!("unexpected {found} after the end of the document")))
            }
            (Some(Frame::Array), Some(b',')) => {
                self.lex.bump();
                self.lex.skip_ws()?;
                if self.lex.peek() == Some(b']') {
                    return Err(self.lex.err(
                        ProblemKind::TrailingComma,
                        "trailing comma before ']'".into(),
                    ));
                }
                self.value()
            }
            (Some(Frame::Array), Some(b']')) => Ok(self.close(Event::EndArray)),
            (Some(Frame::Array), _) => {
                Err(self.syntax(|found| format!("expected ',' or ']', found {found}")))
            }
            (Some(Frame::Object { .. }), Some(b',')) => {
                self.lex.bump();
                self.member()
            }
            (Some(Frame::Object { .. }), Some(b'}')) => Ok(self.close(Event::EndObject)),
            (Some(Frame::Object { .. }), _) => {
                Err(self.syntax(|found| format!("expected ',' or '}}', found {found}")))
            }
        }
    }

    /// Reads a key: the name is [`Reader::str`]; the value comes next.
    fn member(&mut self) -> Result<(Pos, Event), ParseError> {
        self.lex.skip_ws()?;
        match self.lex.peek() {
            Some(b'}') => {
                return Err(self.lex.err(
                    ProblemKind::TrailingComma,
                    "trailing comma before '}'".into(),
                ))
            }
            Some(b'"') => {}
            _ => {
                return Err(
                    self.syntax(|found| format!("expected a quoted field name, found {found}"))
                )
            }
        }
        let key_pos = self.lex.pos();
        self.lex.string()?;
        self.add_key(key_pos)?;
        self.state = State::Colon;
        Ok((key_pos, Event::Key))
    }

    /// Records the key just read in its object, failing if it is there.
    fn add_key(&mut self, pos: Pos) -> Result<(), ParseError> {
        let Some(Frame::Object { first, index }) = self.stack.last_mut() else {
            return Ok(());
        };
        let key = self.lex.str();
        let keys = &mut self.keys;
        let count = keys.ends.len() - *first;
        let earlier = match index {
            Some(index) => index.get(key).copied(),
            None => (*first..keys.ends.len()).find(|&k| keys.get(k) == key),
        };
        if let Some(earlier) = earlier {
            return Err(ParseError {
                pos,
                kind: ProblemKind::DuplicateKey,
                message: format!(
                    "field \"{}\" appears twice (first at {})",
                    preview(key),
                    keys.ends[earlier].1
                ),
            });
        }
        if count == SMALL_OBJECT {
            let all = (*first..keys.ends.len()).map(|k| (keys.get(k).to_owned(), k));
            *index = Some(all.collect());
        }
        if let Some(index) = index {
            index.insert(key.to_owned(), keys.ends.len());
        }
        keys.text.push_str(key);
        keys.ends.push((keys.text.len(), pos));
        Ok(())
    }
}
