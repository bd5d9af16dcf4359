//! Where a scorecard's JSON text comes from. A bundled scorecard stays in
//! the page's data block and is read from there in pieces, so a large file
//! is never whole in the WASM memory (which never shrinks); it is read again
//! for the JSON download.

use std::cell::RefCell;
use std::sync::Arc;

use scorecard_core::{Problem, Scorecard};

use crate::bundled;

/// A scorecard file's text, or where to read it.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// Text in hand: an editor's file, inline mount data, build-time rendering.
    Text(Arc<str>),
    /// The page's data block with this id.
    Bundled(String),
    /// A file still being read from its address (an embed's `src`).
    Pending,
    /// A file that could not be read from its address.
    Failed(Problem),
}

impl From<Arc<str>> for Source {
    fn from(text: Arc<str>) -> Self {
        Source::Text(text)
    }
}

impl From<&str> for Source {
    fn from(text: &str) -> Self {
        Source::Text(Arc::from(text))
    }
}

impl Source {
    /// Parses and validates the scorecard.
    pub fn load(&self) -> Result<Scorecard, Vec<Problem>> {
        match self {
            Source::Text(text) => scorecard_core::load_str(text),
            Source::Bundled(id) => {
                take_read(id).unwrap_or_else(|| scorecard_core::load_chunks(|| bundled::pieces(id)))
            }
            Source::Pending => Err(Vec::new()),
            Source::Failed(problem) => Err(vec![problem.clone()]),
        }
    }

    /// Reads the scorecard now, so that the next [`Source::load`] of the
    /// same bundled scorecard takes the result instead of reading it: the
    /// page reads its data in one task and is taken over in another, so
    /// neither is long on a phone.
    pub fn read_ahead(&self) {
        if let Source::Bundled(id) = self {
            let loaded = self.load();
            READ.with(|r| *r.borrow_mut() = Some((id.clone(), loaded)));
        }
    }

    /// The scorecard's default language when it can be told without
    /// reading the file (a bundled block names it).
    pub fn lang_hint(&self) -> Option<scorecard_core::Lang> {
        match self {
            Source::Bundled(id) => bundled::lang(id),
            _ => None,
        }
    }

    /// The whole text, for the JSON download.
    pub fn text(&self) -> String {
        match self {
            Source::Text(text) => text.to_string(),
            Source::Bundled(id) => bundled::text(id).unwrap_or_default(),
            Source::Pending | Source::Failed(_) => String::new(),
        }
    }
}

thread_local! {
    /// A bundled scorecard read by [`Source::read_ahead`] and not yet taken.
    static READ: RefCell<Option<(String, Loaded)>> = const { RefCell::new(None) };
}

/// A scorecard read: valid, or its problems.
type Loaded = Result<Scorecard, Vec<Problem>>;

/// What [`Source::read_ahead`] read for bundled scorecard `id`, once.
fn take_read(id: &str) -> Option<Loaded> {
    READ.with(|r| {
        let mut r = r.borrow_mut();
        match r.take() {
            Some((read, loaded)) if read == id => Some(loaded),
            other => {
                *r = other;
                None
            }
        }
    })
}
