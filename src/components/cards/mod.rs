//! The cards view: headline strip, section bar, section cards and search
//! results; one component (or one close family) per file.

mod card;
mod change;
mod headline;
mod items;
mod search;
mod sections;

use leptos::prelude::*;
use scorecard_core::{Section, SectionKind};

pub use card::MetricCard;
use headline::HeadlineStrip;
use search::SearchResults;
pub use search::FIRST_RESULTS;
use sections::{SectionBar, SectionPanels};

use crate::components::later::Later;
use crate::context::use_ctx;

/// How many cards a list shows before "show more": large scorecards stay
/// fast and light because the page never holds thousands of cards at once
/// (each card's live view costs about 16 KB of WASM memory).
pub const PAGE: usize = 60;

/// Scorecards up to this many metrics keep every section in the page, so
/// printing shows them all; larger ones render only the chosen section.
pub(super) const RENDER_ALL_UP_TO: usize = 600;

/// Headline strip, then either the chosen section or the search results.
#[component]
pub fn CardsView() -> impl IntoView {
    let ctx = use_ctx();
    let searching = Memo::new(move |_| ctx.state.with(|s| !s.q.trim().is_empty()));
    let headline: Vec<Section> = ctx
        .sc()
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Headline)
        .cloned()
        .collect();
    view! {
        {move || {
            if searching.get() {
                view! { <SearchResults /> }.into_any()
            } else {
                let headline = headline.clone();
                view! {
                    <Later>
                        {headline
                            .clone()
                            .into_iter()
                            .map(|s| view! { <HeadlineStrip section=s /> })
                            .collect_view()}
                    </Later>
                    <SectionBar />
                    <SectionPanels />
                }
                .into_any()
            }
        }}
    }
}
