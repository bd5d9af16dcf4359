//! What every component of one mounted scorecard shares.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use scorecard_core::search::{item_haystack, metric_haystack};
use scorecard_core::{Lang, Scorecard};

use crate::embed::browser;
use crate::embed::url_state::ViewState;
use crate::source::Source;

/// The scorecard shown and the reader's view of it. `Copy`: components
/// take it by value into as many closures as they need.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The validated scorecard (see [`Ctx::sc`]).
    sc: StoredValue<Arc<Scorecard>>,
    /// The scorecard file, offered for download (see [`Ctx::source`]).
    source: StoredValue<Source>,
    /// The view state (mirrored in the URL when the app owns the page).
    pub state: RwSignal<ViewState>,
    /// The reader's language: the URL's, else the scorecard's default.
    pub lang: Memo<Lang>,
    /// Whether the scorecard is the whole page (URL state, document language
    /// and theme are then its own).
    pub owns_page: bool,
    /// Search text of every metric and item, built on the first search.
    index: StoredValue<OnceLock<Arc<SearchIndex>>>,
}

/// Lower-cased searchable text, in reading order.
pub struct SearchIndex {
    /// One entry per metric.
    pub metrics: Vec<String>,
    /// One entry per item.
    pub items: Vec<String>,
}

impl Ctx {
    /// The context of `sc`, read from `source`, in view state `state`.
    pub fn new(sc: Scorecard, source: Source, state: RwSignal<ViewState>, owns_page: bool) -> Ctx {
        let default_lang = sc.default_lang;
        Ctx {
            sc: StoredValue::new(Arc::new(sc)),
            source: StoredValue::new(source),
            state,
            lang: Memo::new(move |_| state.with(|s| s.lang.unwrap_or(default_lang))),
            owns_page,
            index: StoredValue::new(OnceLock::new()),
        }
    }

    /// The validated scorecard.
    pub fn sc(&self) -> Arc<Scorecard> {
        self.sc.get_value()
    }

    /// The scorecard file, offered for download.
    pub fn source(&self) -> Source {
        self.source.get_value()
    }

    /// The reader's language, read reactively.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The reader's language as a signal, for components' `lang` props.
    pub fn lang_signal(&self) -> Signal<Lang> {
        self.lang.into()
    }

    /// The id of the section shown in the cards view.
    pub fn section_id(&self) -> String {
        let sc = self.sc();
        let (wanted, metric) = self.state.with(|s| (s.section.clone(), s.metric.clone()));
        // A linked metric opens its own section unless a section is named.
        let of_metric = metric
            .and_then(|m| sc.section_of(&m))
            .filter(|s| s.kind != scorecard_core::SectionKind::Headline)
            .map(|s| s.id.clone());
        wanted
            .filter(|id| sc.section(id).is_some())
            .or(of_metric)
            .unwrap_or_else(|| {
                sc.sections
                    .iter()
                    .find(|s| s.kind != scorecard_core::SectionKind::Headline)
                    .or(sc.sections.first())
                    .map(|s| s.id.clone())
                    .unwrap_or_default()
            })
    }

    /// The search index, built once per scorecard.
    pub fn search_index(&self) -> Arc<SearchIndex> {
        let sc = self.sc();
        self.index.with_value(|index| {
            index
                .get_or_init(|| {
                    Arc::new(SearchIndex {
                        metrics: sc
                            .metrics()
                            .map(|(_, m)| metric_haystack(m, browser::fold))
                            .collect(),
                        items: sc
                            .sections
                            .iter()
                            .flat_map(|s| s.items.iter())
                            .map(|i| item_haystack(i, browser::fold))
                            .collect(),
                    })
                })
                .clone()
        })
    }

    /// Changes the view state with `f`.
    pub fn update(&self, f: impl FnOnce(&mut ViewState)) {
        self.state.update(f);
    }
}

/// The shared context; components are only ever mounted under [`crate::app::ScorecardApp`].
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("components are mounted under ScorecardApp")
}
