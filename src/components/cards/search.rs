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
    Effect::new(move |_| {
        query.track();
        limit.set(PAGE);
    });
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
                {move || {
                    matches.with(|(m, _)| {
                        m.iter()
                            .take(limit.get())
                            .filter_map(|&i| metric_at(i))
                            .map(|m| view! { <MetricCard metric=m large=false /> })
                            .collect_view()
                    })
                }}
            </div>
            {move || view! { <MoreButton total=matches.with(|(m, _)| m.len()) limit=limit step=PAGE lang=lang /> }}
            {move || {
                let items: Vec<Item> = matches.with(|(_, it)| it.iter().filter_map(|&i| item_at(i)).collect());
                view! { <ItemList items=items /> }
            }}
        </section>
    }
}
