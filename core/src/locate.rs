//! Where values are in a document, by JSON path, found in one reading.
//!
//! Whole-file checks run on the model, which has no positions; a problem's
//! line and column come from reading the document again. Only the paths
//! asked for are followed, so no tree of the document is built and the text
//! may again arrive in pieces.

use std::collections::HashMap;

use crate::error::Pos;
use crate::json::{Event, Pieces, Reader};

/// One step of a JSON path: a field of an object or an item of an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step<'p> {
    /// `.key`
    Key(&'p str),
    /// `[i]`
    Index(usize),
}

/// The steps of `path` (`sections[2].metrics[0].id`), in order; `None` for
/// an index that is not a number, which nothing matches.
pub(crate) fn steps(path: &str) -> impl Iterator<Item = Option<Step<'_>>> {
    path.split('.')
        .filter(|s| !s.is_empty())
        .flat_map(|segment| {
            let (key, indexes) = segment.split_once('[').unwrap_or((segment, ""));
            let indexes = indexes
                .split('[')
                .map(|s| s.trim_end_matches(']'))
                .filter(|s| !s.is_empty())
                .map(|i| i.parse().ok().map(Step::Index));
            std::iter::once(Some(Step::Key(key))).chain(indexes)
        })
}

/// The positions of some paths in one document: a trie of the paths, each
/// node with where its value starts once read. Node 0 is the document.
pub(crate) struct Positions {
    keys: HashMap<(usize, String), usize>,
    indexes: HashMap<(usize, usize), usize>,
    found: Vec<Option<Pos>>,
    /// Whether the document could not be read (it changed since it was).
    failed: bool,
}

/// An array or object being read: its trie node, if it is on a path asked
/// for, and for an array the index of its next item.
struct Open {
    node: Option<usize>,
    next: Option<usize>,
}

impl Positions {
    /// Reads the document in `pieces` once, noting where each value on the
    /// way to one of `paths` starts.
    pub(crate) fn find(pieces: Pieces<'_, '_>, paths: &[String]) -> Positions {
        let mut positions = Positions {
            keys: HashMap::new(),
            indexes: HashMap::new(),
            found: vec![None],
            failed: false,
        };
        for path in paths {
            positions.add(path);
        }
        let mut r = Reader::new(pieces);
        let read = positions.read(&mut r);
        positions.failed = read.is_err() || r.finish().is_err();
        positions
    }

    /// Adds the nodes of `path` to the trie.
    fn add(&mut self, path: &str) {
        let mut node = 0;
        for step in steps(path) {
            let next = self.found.len();
            node = match step {
                Some(Step::Key(k)) => *self.keys.entry((node, k.to_owned())).or_insert(next),
                Some(Step::Index(i)) => *self.indexes.entry((node, i)).or_insert(next),
                None => return,
            };
            if node == next {
                self.found.push(None);
            }
        }
    }

    /// Follows the document's events, recording where each node's value is.
    fn read(&mut self, r: &mut Reader<'_, '_>) -> Result<(), crate::json::ParseError> {
        let mut open: Vec<Open> = Vec::new();
        // The node of the value after the last key read, and a reusable key
        // for looking it up.
        let mut after_key = None;
        let mut probe = (0, String::new());
        loop {
            let (pos, event) = r.next()?;
            let node = match event {
                Event::End => return Ok(()),
                Event::EndArray | Event::EndObject => {
                    open.pop();
                    continue;
                }
                Event::Key => {
                    after_key = open.last().and_then(|o| o.node).and_then(|n| {
                        probe.0 = n;
                        probe.1.clear();
                        probe.1.push_str(r.str());
                        self.keys.get(&probe).copied()
                    });
                    continue;
                }
                _ => match open.last_mut() {
                    None => Some(0),
                    Some(Open {
                        node,
                        next: Some(i),
                    }) => {
                        let at = *i;
                        *i += 1;
                        (*node).and_then(|n| self.indexes.get(&(n, at)).copied())
                    }
                    Some(Open { next: None, .. }) => after_key.take(),
                },
            };
            if let Some(n) = node {
                self.found[n] = Some(pos);
            }
            if event.opens() {
                let next = (event == Event::StartArray).then_some(0);
                open.push(Open { node, next });
            }
        }
    }

    /// Where the value at `path` starts, or the deepest value on the way to
    /// it that exists.
    pub(crate) fn pos(&self, path: &str) -> Pos {
        let Some(mut pos) = self.found[0].filter(|_| !self.failed) else {
            return Pos::START;
        };
        let mut node = 0;
        for step in steps(path) {
            let next = match step {
                Some(Step::Key(k)) => self.keys.get(&(node, k.to_owned())),
                Some(Step::Index(i)) => self.indexes.get(&(node, i)),
                None => None,
            };
            match next.and_then(|&n| Some((n, self.found[n]?))) {
                Some((n, at)) => {
                    node = n;
                    pos = at;
                }
                None => break,
            }
        }
        pos
    }
}
