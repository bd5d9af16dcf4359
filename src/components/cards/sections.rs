//! The section bar and the sections' cards.

use leptos::prelude::*;
use scorecard_core::{Metric, SectionKind, Text};

use super::card::MetricCard;
use super::items::ItemList;
use super::{PAGE, RENDER_ALL_UP_TO};
use crate::components::later::Later;
use crate::components::more::MoreButton;
use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::Ui;

/// Buttons for the non-headline sections; wraps on narrow screens.
#[component]
pub(super) fn SectionBar() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    // Only what a tab shows: the sections' metrics stay in the shared model.
    let tabs: Vec<(String, Text, usize)> = ctx
        .sc()
        .sections
        .iter()
        .filter(|s| s.kind != SectionKind::Headline)
        .map(|s| (s.id.clone(), s.title.clone(), s.metrics.len()))
        .collect();
    view! {
        <nav class="sc-sections" aria-label=move || Ui::Sections.tr(lang.get())>
            <ul>
                {tabs
                    .into_iter()
                    .map(|(id, title, count)| {
                        let current = {
                            let id = id.clone();
                            move || ctx.section_id() == id
                        };
                        let cur = current.clone();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    data-testid="section-tab"
                                    data-section-id=id.clone()
                                    aria-current=move || cur().then_some("true")
                                    on:click=move |_| {
                                        let id = id.clone();
                                        ctx.update(|st| {
                                            st.section = Some(id);
                                            st.metric = None;
                                        })
                                    }
                                >
                                    <Tr text=title lang=lang />
                                    <span class="sc-count">{count}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The non-headline sections, only the chosen one visible.
#[component]
pub(super) fn SectionPanels() -> impl IntoView {
    let ctx = use_ctx();
    let current = Memo::new(move |_| ctx.section_id());
    let lang = ctx.lang_signal();
    let render_all = ctx.sc().metrics().count() <= RENDER_ALL_UP_TO;
    let drawn = draw_later(if render_all {
        ctx.sc().sections.len()
    } else {
        0
    });
    ctx.sc()
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind != SectionKind::Headline)
        .map(|(index, section)| {
            let heading_id = format!("sec-{}", section.id);
            let labelled_by = heading_id.clone();
            let id = section.id.clone();
            let visible = Memo::new(move |_| current.get() == id);
            // The section on screen is drawn with the page; the others
            // after it is live, one per task (see `draw_later`).
            let shown = Memo::new(move |_| visible.get() || drawn.get() > index);
            let total = section.metrics.len();
            let limit = RwSignal::new(PAGE);
            // Cards are cut from the shared model: a copy of every section's
            // metrics would double the memory of a large scorecard.
            let sc = ctx.sc();
            let cards = move || {
                shown.get().then(|| {
                    let shown = &sc.sections[index].metrics[..limit.get().min(total)];
                    topics(shown)
                        .into_iter()
                        .map(|(topic, metrics)| {
                            view! {
                                {topic.map(|t| view! { <h3 class="sc-topic"><Tr text=t lang=lang /></h3> })}
                                <div class="sc-grid">
                                    {metrics.into_iter().map(|m| view! { <MetricCard metric=m large=false /> }).collect_view()}
                                </div>
                            }
                        })
                        .collect_view()
                })
            };
            view! {
                <section
                    class="sc-section"
                    aria-labelledby=labelled_by
                    data-testid="section-panel"
                    data-section-id=section.id.clone()
                    hidden=move || !visible.get()
                >
                    <h2 id=heading_id><Tr text=section.title.clone() lang=lang /></h2>
                    {section.focus.clone().map(|f| view! { <p class="sc-focus"><Tr text=f lang=lang /></p> })}
                    // Alive in a task after the page's (see `Later`).
                    <Later>{cards.clone()}</Later>
                    <MoreButton total=total limit=limit step=PAGE lang=lang />
                    <ItemList items=section.items.clone() />
                </section>
            }
        })
        .collect_view()
}

/// How many sections (in file order) may be drawn although not on screen:
/// none while the pre-rendered page is taken over, so that first task
/// holds only what the reader sees; then one more per task up to `all`,
/// so no task blocks a phone for long; all at once before printing.
fn draw_later(all: usize) -> RwSignal<usize> {
    let drawn = RwSignal::new(0);
    if all == 0 {
        return drawn;
    }
    // Effects run only in the browser, after the take-over.
    Effect::new(move |_| {
        next(drawn, all);
        let print = window_event_listener_untyped("beforeprint", move |_| drawn.set(all));
        on_cleanup(move || print.remove());
    });
    drawn
}

/// Draws one more section in a later task, until `all` are.
fn next(drawn: RwSignal<usize>, all: usize) {
    set_timeout(
        move || {
            let Some(n) = drawn.try_get_untracked().filter(|&n| n < all) else {
                return;
            };
            drawn.set(n + 1);
            next(drawn, all);
        },
        std::time::Duration::ZERO,
    );
}

/// Metrics grouped by topic, groups in order of first appearance.
fn topics(metrics: &[Metric]) -> Vec<(Option<Text>, Vec<Metric>)> {
    let mut groups: Vec<(Option<Text>, Vec<Metric>)> = Vec::new();
    for m in metrics {
        match groups.iter_mut().find(|(t, _)| *t == m.topic) {
            Some((_, list)) => list.push(m.clone()),
            None => groups.push((m.topic.clone(), vec![m.clone()])),
        }
    }
    groups
}
