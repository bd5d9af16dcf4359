//! Turns a document into the model as it is read, collecting every problem
//! with its path and position instead of stopping at the first.
//!
//! The decoder reads the events of [`crate::json`]'s reader, so no tree of
//! the document is built and the text can arrive in pieces: loading holds
//! the model and one piece of text. Problems come out in the order the
//! format lists each object's fields (not the document's order): an object
//! keeps its fields' problems until it has been read.

mod checks;
mod metric;
mod relation;
mod table;
mod top;
mod values;

pub use crate::error::preview;
pub use checks::{is_date, is_id, is_timestamp, not_an_id};

use crate::error::{Pos, Problem, ProblemKind};
use crate::json::{Event, ParseError, Pieces, Reader};
use crate::types::Lang;

/// Most metrics a scorecard may have; beyond this the page would crawl.
pub const MAX_METRICS: usize = 50_000;
/// Most sections, items, relations or points in one list.
pub const MAX_LIST: usize = 50_000;

/// The fields each object of the format may have, in the format's order;
/// any other is an error. Derived from the tables that decode them.
pub mod fields {
    use super::{metric, relation, top};

    /// The top level.
    pub const SCORECARD: &[&str] = &top::SCORECARD_NAMES;
    /// `source`.
    pub const SOURCE: &[&str] = &top::SOURCE_NAMES;
    /// `sections[]`.
    pub const SECTION: &[&str] = &top::SECTION_NAMES;
    /// `metrics[]`.
    pub const METRIC: &[&str] = &metric::METRIC_NAMES;
    /// `change`.
    pub const CHANGE: &[&str] = &metric::CHANGE_NAMES;
    /// `also[]`.
    pub const FIGURE: &[&str] = &metric::FIGURE_NAMES;
    /// `series[]`.
    pub const POINT: &[&str] = &metric::POINT_NAMES;
    /// `items[]`.
    pub const ITEM: &[&str] = &relation::ITEM_NAMES;
    /// `relations[]`.
    pub const RELATION: &[&str] = &relation::RELATION_NAMES;
    /// Text in either language.
    pub const TEXT: &[&str] = &["zh", "en"];
    /// Every object's fields, for tools that generate scorecard-like input.
    pub const ALL: &[&[&str]] = &[
        SCORECARD, SOURCE, SECTION, METRIC, CHANGE, FIGURE, POINT, ITEM, RELATION, TEXT,
    ];
}

/// Appends `.key` to a JSON path.
fn field(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Appends `[i]` to a JSON path.
fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// Reading stops at the first syntax error; problems of the format are
/// collected instead.
type R<T> = Result<T, ParseError>;

/// A value whose first event has been read; the rest of it (for an array or
/// object) is next in the reader.
#[derive(Debug, Clone, Copy)]
struct Val {
    pos: Pos,
    event: Event,
}

/// An object read to its end: which known fields it had and the problems
/// found inside each, kept until the decoder emits them in the order the
/// format lists the fields (whatever the document's order).
pub(super) struct Obj {
    pos: Pos,
    path: String,
    known: &'static [&'static str],
    /// Bit `i` is set when `known[i]` is present.
    present: u32,
    /// The problems inside present fields' values, by index in `known`.
    problems: Vec<(usize, Vec<Problem>)>,
}

impl Obj {
    /// Whether `key` was present.
    fn has(&self, key: &str) -> bool {
        self.known
            .iter()
            .position(|k| *k == key)
            .is_some_and(|i| self.present & (1 << i) != 0)
    }

    /// Whether `key` was present, with the problems inside its value.
    fn take(&mut self, key: &str) -> Option<Vec<Problem>> {
        let i = self.known.iter().position(|k| *k == key)?;
        if self.present & (1 << i) == 0 {
            return None;
        }
        let found = self.problems.iter().position(|(f, _)| *f == i);
        Some(found.map_or_else(Vec::new, |at| self.problems.swap_remove(at).1))
    }
}

/// What the rules of a document depend on: its format version, and the
/// language a plain string is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mode {
    /// `schema_version`.
    pub version: u32,
    /// `default_lang` (always Chinese in version 1).
    pub lang: Lang,
}

impl Mode {
    /// What a document is assumed to be before its top-level fields say.
    pub const GUESS: Mode = Mode {
        version: 2,
        lang: Lang::Zh,
    };

    /// The language of a plain string.
    fn plain(self) -> Lang {
        if self.version == 1 {
            Lang::Zh
        } else {
            self.lang
        }
    }
}

/// Decodes the model from a document's events, collecting problems.
pub(crate) struct Decoder<'s, 'a> {
    r: Reader<'s, 'a>,
    /// Problems found so far, in the order they are reported.
    problems: Vec<Problem>,
    metric_count: usize,
    /// The rules in force: assumed at first, then as the document says.
    mode: Mode,
    /// Whether the version and the default language have been read.
    seen: (bool, bool),
    /// Whether a rule was applied before both were read.
    assumed: bool,
    /// Ids of metrics that did not decode: references to them are not
    /// reported as dangling.
    pub(crate) broken: Vec<String>,
}

/// What decoding a document gave.
pub(crate) enum Decoded {
    /// The model, if its required parts decoded, and every problem found.
    Done {
        scorecard: Option<Box<crate::model::Scorecard>>,
        problems: Vec<Problem>,
        broken: Vec<String>,
    },
    /// A syntax error or the size limit: nothing else is reported.
    Stop(Problem),
    /// The document's rules turned out other than assumed after a rule had
    /// been applied: decode again from the start with these.
    Redo(Mode),
}

/// Reads a whole document from `pieces` and decodes the scorecard in it,
/// under the rules of `mode` until the document names its own.
///
/// Syntax stops decoding at the first error; problems of the format (fields,
/// types and values) are all collected.
pub(crate) fn decode(pieces: Pieces<'_, '_>, mode: Mode) -> Decoded {
    let mut d = Decoder {
        r: Reader::new(pieces),
        problems: Vec::new(),
        metric_count: 0,
        mode,
        seen: (false, false),
        assumed: false,
        broken: Vec::new(),
    };
    let decoded = d.document();
    if let Err(e) = d.r.finish() {
        return Decoded::Stop(e.into());
    }
    let (sc, root_pos) = match decoded {
        Ok(found) => found,
        Err(e) => return Decoded::Stop(e.into()),
    };
    if d.assumed && d.mode != mode {
        return Decoded::Redo(d.mode);
    }
    if sc.is_none() && d.problems.is_empty() {
        d.problems.push(Problem {
            pos: root_pos,
            path: String::new(),
            kind: ProblemKind::InvalidValue,
            message: "the file is not a scorecard".into(),
        });
    }
    Decoded::Done {
        scorecard: sc.map(Box::new),
        problems: d.problems,
        broken: d.broken,
    }
}

impl Decoder<'_, '_> {
    /// The rules in force, noting when they are still assumed.
    fn mode(&mut self) -> Mode {
        if self.seen != (true, true) {
            self.assumed = true;
        }
        self.mode
    }

    fn report(&mut self, pos: Pos, path: String, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            pos,
            path,
            kind,
            message,
        });
    }

    /// The next value's first event.
    fn value(&mut self) -> R<Val> {
        let (pos, event) = self.r.next()?;
        Ok(Val { pos, event })
    }

    /// Reads the rest of `v` without decoding it.
    fn skip(&mut self, v: Val) -> R<()> {
        let mut depth = usize::from(v.event.opens());
        while depth > 0 {
            match self.r.next()?.1 {
                Event::StartArray | Event::StartObject => depth += 1,
                Event::EndArray | Event::EndObject => depth -= 1,
                Event::End => break,
                _ => {}
            }
        }
        Ok(())
    }

    fn wrong_type(&mut self, v: Val, path: &str, expected: &str) -> R<()> {
        let found = v.event.type_name();
        self.report(
            v.pos,
            path.to_string(),
            ProblemKind::WrongType,
            format!("expected {expected}, found {found}"),
        );
        self.skip(v)
    }

    /// Reads an object, checking that its fields are all in `known`, and
    /// hands each known field's value to `member` with the field's path.
    /// The values of unknown fields are not decoded.
    fn object(
        &mut self,
        v: Val,
        path: &str,
        known: &'static [&'static str],
        // Not generic: one copy of this loop serves every object type.
        member: &mut dyn FnMut(&mut Self, &'static str, Val, &str) -> R<()>,
    ) -> R<Option<Obj>> {
        if v.event != Event::StartObject {
            self.wrong_type(v, path, "an object")?;
            return Ok(None);
        }
        let mut obj = Obj {
            pos: v.pos,
            path: path.to_string(),
            known,
            present: 0,
            problems: Vec::new(),
        };
        while let (key_pos, Event::Key) = self.r.next()? {
            let Some(i) = known.iter().position(|k| *k == self.r.str()) else {
                self.unknown_field(key_pos, path, known);
                let v = self.value()?;
                self.skip(v)?;
                continue;
            };
            obj.present |= 1 << i;
            let before = self.problems.len();
            let v = self.value()?;
            member(self, known[i], v, &field(path, known[i]))?;
            if self.problems.len() > before {
                obj.problems.push((i, self.problems.split_off(before)));
            }
        }
        Ok(Some(obj))
    }

    /// Reports the key just read as not one of `known`.
    fn unknown_field(&mut self, pos: Pos, path: &str, known: &[&str]) {
        let key = preview(self.r.str());
        let hint = known
            .iter()
            .find(|k| k.eq_ignore_ascii_case(self.r.str()))
            .map(|k| format!(" (did you mean \"{k}\"?)"))
            .unwrap_or_default();
        self.report(
            pos,
            field(path, &key),
            ProblemKind::UnknownField,
            format!(
                "unknown field \"{key}\"{hint}; expected one of: {}",
                known.join(", ")
            ),
        );
    }

    /// Reports the problems found inside field `key` of `obj`, or that it
    /// is missing when `required`. Whether it was present.
    fn field_problems(&mut self, obj: &mut Obj, key: &str, required: bool) -> bool {
        match obj.take(key) {
            Some(mut problems) => {
                self.problems.append(&mut problems);
                true
            }
            None if required => {
                self.report(
                    obj.pos,
                    field(&obj.path, key),
                    ProblemKind::MissingField,
                    format!("missing required field \"{key}\""),
                );
                false
            }
            None => false,
        }
    }

    /// Reads the document: a scorecard and nothing after it. Also returns
    /// where the document's value starts.
    fn document(&mut self) -> R<(Option<crate::model::Scorecard>, Pos)> {
        let root = self.value()?;
        let sc = self.scorecard(root)?;
        // The end, or an error for anything after the value.
        self.r.next()?;
        Ok((sc, root.pos))
    }
}
