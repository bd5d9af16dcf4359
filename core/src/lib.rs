//! The scorecard data core: model, JSON parsing and validation, number
//! formatting, derived figures and consistency checks.
//!
//! Pure Rust with no browser dependency, so the CLI validator, the native
//! tests and the WebAssembly app share one implementation.
#![warn(missing_docs)]

pub mod checks;
pub mod decode;
pub mod derived;
pub mod error;
pub mod export;
pub mod format;
pub mod json;
pub mod model;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod types;
pub mod unit;
pub mod url;
pub mod validate;

pub use error::{Pos, Problem, ProblemKind};
pub use model::{Item, Metric, Point, Relation, Scorecard, Section, Source, Text, SCHEMA_VERSION};
pub use types::{Direction, Lang, Qualifier, RelationKind, SectionKind};
pub use unit::{BaseUnit, Magnitude, Unit};

/// Parses and validates a scorecard file. Every problem found is returned
/// with its position and JSON path; nothing panics on any input.
pub fn load(bytes: &[u8]) -> Result<Scorecard, Vec<Problem>> {
    let root = json::parse_bytes(bytes).map_err(|e| {
        vec![Problem {
            pos: e.pos,
            path: String::new(),
            kind: e.kind,
            message: e.message,
        }]
    })?;
    let root_pos = root.pos;
    let mut decoder = decode::Decoder::default();
    // Consumes the tree: it is gone before validation builds its indexes.
    let decoded = decoder.scorecard(root);
    if !decoder.problems.is_empty() {
        return Err(decoder.problems);
    }
    let Some(sc) = decoded else {
        return Err(vec![Problem {
            pos: root_pos,
            path: String::new(),
            kind: ProblemKind::InvalidValue,
            message: "the file is not a scorecard".into(),
        }]);
    };
    // Positions are needed only for problems, so the tree is rebuilt only
    // when there is one; text that parsed once parses again.
    let mut tree = None;
    let problems = validate::validate_at(&sc, |path| {
        match tree.get_or_insert_with(|| json::parse_bytes(bytes).ok()) {
            Some(root) => validate::pos_at(root, path),
            None => Pos::START,
        }
    });
    if problems.is_empty() {
        Ok(sc)
    } else {
        Err(problems)
    }
}

/// [`load`] for text.
pub fn load_str(text: &str) -> Result<Scorecard, Vec<Problem>> {
    load(text.as_bytes())
}
