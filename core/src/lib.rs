//! The scorecard data core: model, JSON parsing and validation, number
//! formatting, derived figures and consistency checks.
//!
//! Pure Rust with no browser dependency, so the CLI validator, the native
//! tests and the WebAssembly app share one implementation.
#![warn(missing_docs)]

pub mod checks;
pub mod date;
pub mod decode;
pub mod derived;
pub mod draft;
pub mod error;
pub mod export;
pub mod format;
pub mod grid;
pub mod json;
mod locate;
pub mod messages;
pub mod model;
pub mod num;
pub mod remote;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod sort;
pub mod table;
pub mod types;
pub mod unit;
pub mod url;
pub mod validate;
pub mod write;

use std::borrow::Cow;

pub use error::{Pos, Problem, ProblemKind};
pub use model::{
    Change, ChangeKind, Figure, Item, Metric, Point, Relation, Scorecard, Section, Source, Text,
    SCHEMA_VERSION, SCHEMA_VERSIONS,
};
pub use types::{Direction, Lang, Qualifier, RelationKind, SectionKind};
pub use unit::{Base, Magnitude, Unit};

/// Parses and validates a scorecard file. Every problem found is returned
/// with its position and JSON path; nothing panics on any input.
pub fn load(bytes: &[u8]) -> Result<Scorecard, Vec<Problem>> {
    let text = json::utf8(bytes).map_err(|e| vec![e.into()])?;
    load_str(text)
}

/// The text of a scorecard file given as bytes, or the problem with its
/// size or encoding (UTF-16, invalid UTF-8), as [`load`] reports it.
pub fn text_of(bytes: &[u8]) -> Result<&str, Problem> {
    json::utf8(bytes).map_err(Into::into)
}

/// [`load`] for text.
pub fn load_str(text: &str) -> Result<Scorecard, Vec<Problem>> {
    load_chunks(|| std::iter::once(text))
}

/// [`load`] for text given in pieces, which may split it at any character
/// boundary: the whole text is never needed at once, and no tree of it is
/// built, so loading holds little more than the model and one piece.
///
/// `read` gives the pieces (`String`s or `&str`s) from the start of the
/// text. It is called once,
/// and a second time only when a whole-file check (a duplicate id, a dangling
/// reference, a relation that fails) needs the line and column of what it
/// found; it must then give the same text.
pub fn load_chunks<'a, I>(mut read: impl FnMut() -> I) -> Result<Scorecard, Vec<Problem>>
where
    I: IntoIterator,
    I::Item: Into<Cow<'a, str>>,
{
    // Only this adapter is generic: the loading itself is compiled once,
    // whatever the pieces are (one copy less in the WASM per caller).
    load_pieces(&mut |use_pieces| use_pieces(&mut read().into_iter().map(Into::into).fuse()))
}

/// Reads the text afresh: hands an iterator over its pieces to the callback.
type Read<'r, 'a> = dyn FnMut(&mut dyn FnMut(json::Pieces<'_, 'a>)) + 'r;

/// What an editor's tool needs of a file that may have problems: the
/// scorecard as far as it decoded, and every problem found.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspected {
    /// The scorecard, when the text decoded to one (with or without
    /// problems); `None` when it is not JSON or not a scorecard at all.
    pub scorecard: Option<Scorecard>,
    /// Every problem, in the order [`load`] gives them.
    pub problems: Vec<Problem>,
    /// Whether writing the scorecard back loses nothing the file says:
    /// every field decoded, or every problem of the fields stays as it is
    /// when the scorecard is written and read again (a field that did not
    /// decode would go, and its problem with it).
    pub complete: bool,
    /// How many of `problems` (the first ones) are of the fields.
    decoded_problems: usize,
}

/// [`load_str`] for an editor: the scorecard is kept even when it has
/// problems, so a grid can show it and a fix can be made in place.
pub fn inspect_str(text: &str) -> Inspected {
    let read = || std::iter::once(Cow::Borrowed(text));
    let mut found = inspect_pieces(&mut |use_pieces| use_pieces(&mut read().fuse()));
    if !found.complete {
        let fields = &found.problems[..found.decoded_problems.min(found.problems.len())];
        found.complete = found.scorecard.as_ref().is_some_and(|sc| keeps(sc, fields));
    }
    found
}

/// Whether `sc`, written and read again, has the same field problems.
fn keeps(sc: &Scorecard, problems: &[Problem]) -> bool {
    let Ok(text) = write::to_json(sc) else {
        return false;
    };
    let again = inspect_pieces(&mut |use_pieces| {
        use_pieces(&mut std::iter::once(Cow::Borrowed(text.as_str())).fuse())
    });
    let fields = &again.problems[..again.decoded_problems.min(again.problems.len())];
    let key = |p: &Problem| (p.path.clone(), p.message.clone());
    fields.iter().map(key).eq(problems.iter().map(key))
}

/// [`load_chunks`] over pieces given by `read`.
fn load_pieces<'a>(read: &mut Read<'_, 'a>) -> Result<Scorecard, Vec<Problem>> {
    let found = inspect_pieces(read);
    match found.scorecard {
        Some(sc) if found.problems.is_empty() => Ok(sc),
        _ => Err(found.problems),
    }
}

/// Decodes and checks the text `read` gives.
fn inspect_pieces<'a>(read: &mut Read<'_, 'a>) -> Inspected {
    let mut mode = decode::Mode::GUESS;
    let (sc, mut problems, broken) = loop {
        let mut decoded = None;
        read(&mut |pieces| decoded = Some(decode::decode(pieces, mode)));
        // `read` always gives the pieces; without them the text is empty.
        let decoded = decoded.unwrap_or_else(|| decode::decode(&mut std::iter::empty(), mode));
        match decoded {
            decode::Decoded::Stop(problem) => {
                return Inspected {
                    scorecard: None,
                    problems: vec![problem],
                    complete: false,
                    decoded_problems: 1,
                }
            }
            decode::Decoded::Redo(known) => mode = known,
            decode::Decoded::Done {
                scorecard,
                problems,
                broken,
            } => break (scorecard, problems, broken),
        }
    };
    // Whether writing loses nothing is decided by `inspect_str`, so that
    // loading (the reader) does not carry the writer.
    let complete = problems.is_empty();
    let decoded_problems = problems.len();
    // The whole-file checks run on whatever decoded, so an editor sees the
    // arithmetic that fails beside a field that is missing.
    let Some(sc) = sc.map(|sc| *sc) else {
        return Inspected {
            decoded_problems: problems.len(),
            scorecard: None,
            problems,
            complete: false,
        };
    };
    // Positions are needed only for problems: the checks run once to learn
    // which paths they need, and again once those have been found.
    let mut paths = Vec::new();
    let found = validate::validate_at(&sc, &broken, |path| {
        paths.push(path.to_owned());
        Pos::START
    });
    if !found.is_empty() {
        let mut at = None;
        read(&mut |pieces| at = Some(locate::Positions::find(pieces, &paths)));
        let at = at.unwrap_or_else(|| locate::Positions::find(&mut std::iter::empty(), &paths));
        problems.extend(validate::validate_at(&sc, &broken, |path| at.pos(path)));
    }
    Inspected {
        scorecard: Some(sc),
        problems,
        complete,
        decoded_problems,
    }
}

/// Notes on a valid scorecard, placed in `text` (the file it was loaded
/// from): one for each unit the engine does not know, which is valid and
/// shown as written, naming how many figures use it.
pub fn notes(text: &str, sc: &Scorecard) -> Vec<Problem> {
    let mut found: Vec<(String, String, usize)> = Vec::new();
    for (i, s) in sc.sections.iter().enumerate() {
        for (j, m) in s.metrics.iter().enumerate() {
            if m.unit.is_known() {
                continue;
            }
            let unit = m.unit.written();
            match found.iter_mut().find(|(_, u, _)| u == unit) {
                Some(entry) => entry.2 += 1,
                None => found.push((
                    format!("sections[{i}].metrics[{j}].unit"),
                    unit.to_string(),
                    1,
                )),
            }
        }
    }
    let paths: Vec<String> = found.iter().map(|(p, _, _)| p.clone()).collect();
    let at = locate::Positions::find(&mut std::iter::once(Cow::Borrowed(text)).fuse(), &paths);
    found
        .into_iter()
        .map(|(path, unit, count)| Problem {
            pos: at.pos(&path),
            message: format!(
                "\"{unit}\" is not a unit I know; it is shown as written and compared only with itself ({count} figure{})",
                if count == 1 { "" } else { "s" }
            ),
            path,
            kind: ProblemKind::Note,
        })
        .collect()
}
