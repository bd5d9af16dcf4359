//! The studio's state: the article's text and the scorecard file's text.
//! The file is the one source of truth; the grid, the problems and the
//! preview are derived from it, and every edit writes it anew.

use std::sync::Arc;

use leptos::prelude::*;
use scorecard_core::draft::Coverage;
use scorecard_core::grid::{self, Col, RowAt};
use scorecard_core::{Inspected, Lang, Scorecard};

/// How many steps undo keeps.
const HISTORY: usize = 200;

/// Which editor of the file is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// The grid of metrics.
    Grid,
    /// The file as JSON text.
    Json,
}

/// Earlier and undone versions of the file.
#[derive(Default)]
struct History {
    past: Vec<String>,
    future: Vec<String>,
}

impl History {
    /// A new step from `old`: what was undone is gone, and only the last
    /// [`HISTORY`] steps are kept.
    fn record(&mut self, old: String) {
        self.past.push(old);
        if self.past.len() > HISTORY {
            self.past.remove(0);
        }
        self.future.clear();
    }
}

/// The studio's shared state. `Copy`: components take it into closures.
#[derive(Clone, Copy)]
pub struct Studio {
    /// The article's text, as pasted or opened.
    pub article: RwSignal<String>,
    /// The scorecard file's text.
    pub json: RwSignal<String>,
    /// The file as read: the scorecard as far as it decodes, and problems.
    pub inspected: Memo<Arc<Inspected>>,
    /// [`Studio::inspected`] one task after it changed.
    pub later: RwSignal<Arc<Inspected>>,
    /// The file's text, and whether it is valid, a task after
    /// [`Studio::later`].
    pub later_json: RwSignal<(Arc<str>, bool)>,
    /// The scorecard against the article (empty without either), from
    /// [`Studio::later`].
    pub coverage: Memo<Arc<Coverage>>,
    /// The grid's rows, in reading order.
    pub rows: Memo<Arc<Vec<RowAt>>>,
    /// The studio's interface language.
    pub lang: RwSignal<Lang>,
    /// The editor shown.
    pub tab: RwSignal<Tab>,
    /// How many of the grid's rows are drawn.
    pub shown: RwSignal<usize>,
    /// Cells whose typed text was not taken: row index, column, the text
    /// (kept in the cell) and why.
    pub refused: RwSignal<Vec<(usize, Col, String, String)>>,
    /// Why the file last opened was not taken (its size or encoding).
    pub opened: RwSignal<Option<scorecard_core::Problem>>,
    /// A line for the editor: what was done, or what went wrong.
    pub status: RwSignal<String>,
    history: StoredValue<History>,
    /// Bumped by every change of the file, so saving can follow it.
    pub version: RwSignal<u64>,
}

impl Studio {
    /// The state for `article` and `json` (from storage, or new).
    pub fn new(article: String, json: String, lang: Lang) -> Studio {
        let json = RwSignal::new(json);
        let inspected = Memo::new(move |_| Arc::new(json.with(|j| scorecard_core::inspect_str(j))));
        let rows = Memo::new(move |_| {
            Arc::new(inspected.with(|i| i.scorecard.as_ref().map(grid::rows).unwrap_or_default()))
        });
        let article = RwSignal::new(article);
        // What follows the file but is not needed at once (the article's
        // marks, the preview) reads it one task later, so an edit of a
        // large file never makes one long task of all of it.
        let later = RwSignal::new(inspected.get_untracked());
        let valid = |i: &Inspected| i.scorecard.is_some() && i.problems.is_empty();
        let later_json = RwSignal::new((
            Arc::<str>::from(json.get_untracked()),
            inspected.with_untracked(|i| valid(i)),
        ));
        Effect::new(move |_| {
            let now = inspected.get();
            let text = (Arc::<str>::from(json.get()), valid(&now));
            // Two tasks: the marks, then the preview.
            set_timeout(move || later.set(now), std::time::Duration::ZERO);
            set_timeout(move || later_json.set(text), std::time::Duration::ZERO);
        });
        let coverage = Memo::new(move |_| {
            let cov = article.with(|text| {
                later.with(|i| match i.scorecard.as_ref() {
                    Some(sc)
                        if !text.trim().is_empty() && text.len() <= super::article::MAX_DRAFT =>
                    {
                        scorecard_core::draft::coverage(sc, text)
                    }
                    _ => Coverage::default(),
                })
            });
            Arc::new(cov)
        });
        Studio {
            article,
            coverage,
            later,
            later_json,
            json,
            inspected,
            rows,
            lang: RwSignal::new(lang),
            tab: RwSignal::new(Tab::Grid),
            shown: RwSignal::new(super::grid::PAGE),
            refused: RwSignal::new(Vec::new()),
            status: RwSignal::new(String::new()),
            opened: RwSignal::new(None),
            history: StoredValue::new(History::default()),
            version: RwSignal::new(0),
        }
    }

    /// Replaces the file with `text`, as one step undo can take back.
    pub fn commit(&self, text: String) {
        self.opened.set(None);
        let old = self.json.get_untracked();
        if old == text {
            return;
        }
        self.history.update_value(|h| h.record(old));
        self.json.set(text);
        self.version.update(|v| *v += 1);
    }

    /// Sets the file's text as the editor types it in the JSON tab; the
    /// step is recorded by [`Studio::commit`] when the box is left.
    pub fn type_json(&self, text: String) {
        self.json.set(text);
        self.version.update(|v| *v += 1);
    }

    /// Records a typed JSON text as one step: `before` is what it was.
    pub fn record(&self, before: String) {
        if before != self.json.get_untracked() {
            self.history.update_value(|h| h.record(before));
        }
    }

    /// Changes the scorecard with `f` and writes the file anew. Refused
    /// (with a message) while the file does not decode completely, since
    /// writing it would drop what did not.
    pub fn edit<R>(&self, f: impl FnOnce(&mut Scorecard) -> R) -> Option<R> {
        let inspected = self.inspected.get_untracked();
        let Some(mut sc) = inspected.scorecard.clone().filter(|_| inspected.complete) else {
            self.status.set(
                super::text::S::FixJsonFirst
                    .tr(self.lang.get_untracked())
                    .into(),
            );
            return None;
        };
        let out = f(&mut sc);
        match scorecard_core::write::to_json(&sc) {
            Ok(text) => {
                self.commit(text);
                Some(out)
            }
            Err(e) => {
                self.status.set(format!("{}: {}", e.path, e.message));
                None
            }
        }
    }

    /// Says in the status line why the file `name` was not read.
    pub fn unread(&self, name: &str, why: super::files::Unread) {
        let lang = self.lang.get_untracked();
        self.status.set(match why {
            super::files::Unread::TooLarge(size) => {
                format!(
                    "{name}: {} ({size} B)",
                    super::text::S::FileTooLarge.tr(lang)
                )
            }
            super::files::Unread::Failed(e) => {
                format!("{name}: {} ({e})", super::text::S::FileUnreadable.tr(lang))
            }
        });
    }

    /// Takes back the last change.
    pub fn undo(&self) {
        self.step(true);
    }

    /// Makes the last undone change again.
    pub fn redo(&self) {
        self.step(false);
    }

    /// One step back (`back`) or forward through the history.
    fn step(&self, back: bool) {
        let now = self.json.get_untracked();
        let Some(text) = self
            .history
            .try_update_value(|h| {
                let (from, to) = if back {
                    (&mut h.past, &mut h.future)
                } else {
                    (&mut h.future, &mut h.past)
                };
                let text = from.pop()?;
                to.push(now);
                Some(text)
            })
            .flatten()
        else {
            return;
        };
        self.refused.set(Vec::new());
        self.json.set(text);
        self.version.update(|v| *v += 1);
    }

    /// Whether there is a step to undo (`back`) or redo.
    pub fn can(&self, back: bool) -> bool {
        self.version.track();
        self.history.with_value(|h| {
            if back {
                !h.past.is_empty()
            } else {
                !h.future.is_empty()
            }
        })
    }

    /// The scorecard's id, or a name for files when it has none.
    pub fn id(&self) -> String {
        self.inspected
            .with_untracked(|i| i.scorecard.as_ref().map(|sc| sc.id.clone()))
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| "scorecard".into())
    }
}

/// The studio's state, provided by [`super::Studio`].
pub fn use_studio() -> Studio {
    expect_context::<Studio>()
}
