//! What every component of one mounted scorecard shares.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use scorecard_core::search::{item_haystack, metric_haystack};
use scorecard_core::{Lang, Scorecard};

use crate::embed::url_state::ViewState;
use crate::source::Source;

/// The scorecard shown and the reader's view of it.
#[derive(Clone)]
pub struct Ctx {
    /// The validated scorecard.
    pub sc: Arc<Scorecard>,
    /// The scorecard file, offered for download.
    pub source: Source,
    /// The view state (mirrored in the URL when the app owns the page).
    pub state: RwSignal<ViewState>,
    /// Whether the scorecard is the whole page (URL state, document language
    /// and theme are then its own).
    pub owns_page: bool,
    /// Search text of every metric and item, built on the first search.
    pub index: Arc<OnceLock<Arc<SearchIndex>>>,
}

/// Lower-cased searchable text, in reading order.
pub struct SearchIndex {
    /// One entry per metric.
    pub metrics: Vec<String>,
    /// One entry per item.
    pub items: Vec<String>,
}

impl Ctx {
    /// The reader's language: the URL's, else the scorecard's default.
    pub fn lang(&self) -> Lang {
        let sc = self.sc.clone();
        self.state.with(|s| s.lang.unwrap_or(sc.default_lang))
    }

    /// The id of the section shown in the cards view.
    pub fn section_id(&self) -> String {
        let (wanted, metric) = self.state.with(|s| (s.section.clone(), s.metric.clone()));
        // A linked metric opens its own section unless a section is named.
        let of_metric = metric
            .and_then(|m| self.sc.section_of(&m))
            .filter(|s| s.kind != scorecard_core::SectionKind::Headline)
            .map(|s| s.id.clone());
        wanted
            .filter(|id| self.sc.section(id).is_some())
            .or(of_metric)
            .unwrap_or_else(|| {
                self.sc
                    .sections
                    .iter()
                    .find(|s| s.kind != scorecard_core::SectionKind::Headline)
                    .or(self.sc.sections.first())
                    .map(|s| s.id.clone())
                    .unwrap_or_default()
            })
    }

    /// The search index, built once per scorecard.
    pub fn search_index(&self) -> Arc<SearchIndex> {
        self.index
            .get_or_init(|| {
                Arc::new(SearchIndex {
                    metrics: self.sc.metrics().map(|(_, m)| metric_haystack(m)).collect(),
                    items: self
                        .sc
                        .sections
                        .iter()
                        .flat_map(|s| s.items.iter())
                        .map(item_haystack)
                        .collect(),
                })
            })
            .clone()
    }

    /// Changes the view state with `f`.
    pub fn update(&self, f: impl FnOnce(&mut ViewState)) {
        self.state.update(f);
    }
}

/// The shared context; components are only ever mounted under [`crate::app::ScorecardApp`].
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
