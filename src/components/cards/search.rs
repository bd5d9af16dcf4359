//! Search results across every section.

use leptos::prelude::*;
use scorecard_core::search::Query;
use scorecard_core::{Item, Section};

use super::card::MetricCard;
use super::items::ItemList;
use super::PAGE;
use crate::components::more::MoreButton;
use crate::context::use_ctx;
use crate::embed::browser;
use crate::i18n::Ui;

/// Result cards drawn in the keystroke's own task: a screenful at most
/// widths. The rest of the page of results follows in the next task, so
/// what the reader sees first does not wait for cards below it (at 1,000
/// metrics, a full page of 60 took 45 ms to draw).
pub const FIRST_RESULTS: usize = 12;

/// Matching cards across every section, with a count read to screen readers.
#[component]
pub(super) fn SearchResults() -> impl IntoView {
    let ctx = use_ctx();
    let index = ctx.search_index();
    let lang = ctx.lang_signal();
    let query = Memo::new(move |_| ctx.state.with(|s| Query::new(&s.q, browser::fold)));
    let matches = Memo::new(move |_| {
        let q = query.get();
        let hits = |list: &[String]| -> Vec<usize> {
            list.iter()
                .enumerate()
                .filter(|(_, h)| q.matches(h))
                .map(|(i, _)| i)
                .collect()
        };
        (hits(&index.metrics), hits(&index.items))
    });
    let limit = RwSignal::new(PAGE);
    // Each query in turn, and the last whose cards after the first
    // screenful may be drawn: a task after it was asked.
    let asked = Memo::new(move |n: Option<&usize>| {
        query.track();
        n.map_or(0, |n| n + 1)
    });
    let may_draw = RwSignal::new(usize::MAX);
    Effect::new(move |_| {
        let n = asked.get();
        limit.set(PAGE);
        set_timeout(
            move || {
                let _ = may_draw.try_set(n);
            },
            std::time::Duration::ZERO,
        );
    });
    let rest_ready = Memo::new(move |_| asked.get() == may_draw.get());
    // Where each entry sits, so only the cards shown are cloned.
    let place = |items: fn(&Section) -> usize| -> Vec<(usize, usize)> {
        ctx.sc()
            .sections
            .iter()
            .enumerate()
            .flat_map(|(i, s)| (0..items(s)).map(move |j| (i, j)))
            .collect()
    };
    let (metric_places, item_places) = (place(|s| s.metrics.len()), place(|s| s.items.len()));
    let sc = ctx.sc();
    let metric_at = move |i: usize| {
        metric_places
            .get(i)
            .map(|&(s, j)| sc.sections[s].metrics[j].clone())
    };
    // The result cards at `range` of the matches.
    let cards = std::sync::Arc::new(move |range: std::ops::Range<usize>| {
        matches.with(|(m, _)| {
            m.get(range.start.min(m.len())..range.end.min(m.len()))
                .unwrap_or_default()
                .iter()
                .filter_map(|&i| metric_at(i))
                .map(|m| view! { <MetricCard metric=m large=false /> })
                .collect_view()
        })
    });
    let first = cards.clone();
    let sc = ctx.sc();
    let item_at = move |i: usize| {
        item_places
            .get(i)
            .map(|&(s, j)| sc.sections[s].items[j].clone())
    };
    view! {
        <section class="sc-results" aria-labelledby="sc-results-h" data-testid="search-results">
            <h2 id="sc-results-h" class="sc-visually-hidden">{move || Ui::Search.tr(lang.get())}</h2>
            <p class="sc-match-count" role="status" aria-live="polite" data-testid="match-count">
                {move || {
                    let n = matches.with(|(m, _)| m.len());
                    if n == 0 {
                        Ui::NoMatches.tr(lang.get()).to_string()
                    } else {
                        crate::i18n::matches(n, lang.get())
                    }
                }}
            </p>
            <button type="button" class="sc-clear" on:click=move |_| ctx.update(|s| s.q.clear())>
                {move || Ui::ClearSearch.tr(lang.get())}
            </button>
            <div class="sc-grid">
                {move || first(0..FIRST_RESULTS.min(limit.get()))}
                {move || rest_ready.get().then(|| cards(FIRST_RESULTS..limit.get()))}
            </div>
            {move || view! { <MoreButton total=matches.with(|(m, _)| m.len()) limit=limit step=PAGE lang=lang /> }}
            {move || {
                let items: Vec<Item> = matches.with(|(_, it)| it.iter().filter_map(|&i| item_at(i)).collect());
                view! { <ItemList items=items /> }
            }}
        </section>
    }
}
