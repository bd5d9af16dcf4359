//! The cards view: headline strip, section bar, section cards and search
//! results.

use leptos::prelude::*;
use scorecard_core::derived::{series_change, Derived};
use scorecard_core::search::Query;
use scorecard_core::{format, Change, Direction, Item, Lang, Metric, Section, SectionKind, Text};

use crate::components::charts::{CompositionChart, LineChart};
use crate::components::more::MoreButton;
use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::embed::{browser, history};
use crate::i18n::Ui;

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
                    {headline
                        .into_iter()
                        .map(|s| view! { <HeadlineStrip section=s /> })
                        .collect_view()}
                    <SectionBar />
                    <SectionPanels />
                }
                .into_any()
            }
        }}
    }
}

/// The figures the article leads with, as large cards.
#[component]
fn HeadlineStrip(section: Section) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let heading_id = format!("sec-{}", section.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="sc-headline" aria-labelledby=labelled_by data-testid="headline">
            <h2 id=heading_id><Tr text=section.title.clone() lang=lang /></h2>
            <div class="sc-grid sc-grid-large">
                {section.metrics.into_iter().map(|m| view! { <MetricCard metric=m large=true /> }).collect_view()}
            </div>
            <ItemList items=section.items />
        </section>
    }
}

/// Buttons for the non-headline sections; wraps on narrow screens.
#[component]
fn SectionBar() -> impl IntoView {
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

/// How many cards a list shows before "show more": large scorecards stay
/// fast and light because the page never holds thousands of cards at once
/// (each card's live view costs about 16 KB of WASM memory).
pub const PAGE: usize = 60;

/// Scorecards up to this many metrics keep every section in the page, so
/// printing shows them all; larger ones render only the chosen section.
const RENDER_ALL_UP_TO: usize = 600;

/// The non-headline sections, only the chosen one visible.
#[component]
fn SectionPanels() -> impl IntoView {
    let ctx = use_ctx();
    let current = Memo::new(move |_| ctx.section_id());
    let lang = ctx.lang_signal();
    let render_all = ctx.sc().metrics().count() <= RENDER_ALL_UP_TO;
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
            let total = section.metrics.len();
            let limit = RwSignal::new(PAGE);
            // Cards are cut from the shared model: a copy of every section's
            // metrics would double the memory of a large scorecard.
            let sc = ctx.sc();
            let cards = move || {
                (render_all || visible.get()).then(|| {
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
                    {cards}
                    <MoreButton total=total limit=limit step=PAGE lang=lang />
                    <ItemList items=section.items.clone() />
                </section>
            }
        })
        .collect_view()
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

/// Matching cards across every section, with a count read to screen readers.
#[component]
fn SearchResults() -> impl IntoView {
    let ctx = use_ctx();
    let index = ctx.search_index();
    let lang = ctx.lang_signal();
    let query = Memo::new(move |_| ctx.state.with(|s| Query::new(&s.q)));
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
                        format!("{n} {}", Ui::Matches.tr(lang.get()))
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

/// One figure: label, value as the article states it, derived figures, and
/// the sentence it comes from on request.
#[component]
pub fn MetricCard(
    /// The figure.
    metric: Metric,
    /// Drawn large, with its trend chart, in the headline strip.
    large: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    // Shared by the card's reactive parts rather than copied into each.
    let m = std::sync::Arc::new(metric);
    let id = m.id.clone();
    let open = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let highlighted = {
        let id = id.clone();
        move || ctx.state.with(|s| s.metric.as_deref() == Some(id.as_str()))
    };
    let quote_id = format!("q-{}", m.id);
    let change = series_change(&m);
    let mm = m.clone();
    let value = move || format::stated(&mm, lang.get());
    let mm = m.clone();
    let alt = move || format::alternate(&mm, lang.get());
    let node = NodeRef::<leptos::html::Article>::new();
    let h = highlighted.clone();
    Effect::new(move |_| {
        if h() {
            if let Some(el) = node.get() {
                browser::scroll_into_view(&el);
            }
        }
    });
    let link_id = id.clone();
    let sc = ctx.sc();
    let parts_chart = (!m.parts.is_empty())
        .then(|| view! { <CompositionChart total=(*m).clone() scorecard=sc.clone() /> });
    let series_chart =
        (!m.series.is_empty()).then(|| view! { <LineChart metric=(*m).clone() large=large /> });
    view! {
        <article
            class="sc-card"
            class:sc-card-large=large
            class:sc-highlight=highlighted
            id=format!("m-{}", m.id)
            data-testid="metric-card"
            data-metric-id=m.id.clone()
            node_ref=node
        >
            <h3 class="sc-label" data-testid="metric-label"><Tr text=m.label.clone() lang=lang /></h3>
            <p class="sc-value" data-testid="metric-value">{value}</p>
            {move || alt().map(|a| view! { <p class="sc-alt"><span class="sc-visually-hidden">{Ui::ExactValue.tr(lang.get())}" "</span>"= "{a}</p> })}
            {m.period.clone().map(|p| view! { <p class="sc-period"><Tr text=p lang=lang /></p> })}
            {m.change.clone().map(|c| view! { <StatedChangeLine change=*c direction=m.direction lang=lang /> })}
            {(!m.also.is_empty()).then(|| {
                let mm = m.clone();
                view! {
                    <p class="sc-also" data-testid="metric-also">
                        {move || Ui::AlsoStated.tr(lang.get())}{move || if lang.get() == Lang::Zh { "：" } else { ": " }}
                        {move || {
                            let l = lang.get();
                            let all: Vec<String> = mm.also.iter().map(|f| format::figure(f.value, f.decimals, &f.unit, f.qualifier, l)).collect();
                            all.join(if l == Lang::Zh { "，" } else { ", " })
                        }}
                    </p>
                }
            })}
            {change.map(|d| view! { <DerivedLine derived=d direction=m.direction lang=lang /> })}
            {series_chart}
            {parts_chart}
            <div class="sc-actions">
                <button
                    type="button"
                    class="sc-link-btn"
                    data-testid="source-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=quote_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || if open.get() { Ui::HideSource.tr(lang.get()) } else { Ui::ShowSource.tr(lang.get()) }}
                </button>
                {ctx.owns_page.then(move || view! {
                <button
                        type="button"
                        class="sc-link-btn"
                        data-testid="copy-link"
                        on:click=move |_| {
                            let mut st = ctx.state.get_untracked();
                            st.metric = Some(link_id.clone());
                            if let Some(sec) = ctx.sc().section_of(&link_id) {
                                st.section = Some(sec.id.clone());
                            }
                            st.q.clear();
                            browser::copy_text(&history::link(&st));
                            copied.set(true);
                        }
                    >
                        {move || if copied.get() { Ui::Copied.tr(lang.get()) } else { Ui::CopyLink.tr(lang.get()) }}
                    </button>
                })}
            </div>
            <blockquote class="sc-quote" id=format!("q-{}", m.id) hidden=move || !open.get() lang=crate::components::text::lang_attr(sc.default_lang) data-testid="metric-quote">
                <p>{m.quote.clone()}</p>
            </blockquote>
        </article>
    }
}

/// Whether a change is good news, given the metric's direction.
fn good_news(rising: bool, direction: Direction) -> Option<bool> {
    match direction {
        Direction::HigherIsBetter => Some(rising),
        Direction::LowerIsBetter => Some(!rising),
        Direction::Neutral => None,
    }
}

/// The class of a change line: `base` with its verdict's colour.
fn change_class(base: &'static str, good: Option<bool>) -> String {
    match good {
        Some(true) => format!("{base} sc-good"),
        Some(false) => format!("{base} sc-bad"),
        None => base.to_string(),
    }
}

/// The verdict in words after a change: `（向好）`, ` (better)`.
fn verdict(good: Option<bool>, l: Lang) -> Option<String> {
    good.map(|g| {
        let word = if g { Ui::Up.tr(l) } else { Ui::Down.tr(l) };
        if l == Lang::Zh {
            format!("（{word}）")
        } else {
            format!(" ({word})")
        }
    })
}

/// A change the article states, with its direction cue; kept apart from
/// derived changes, and not labelled as derived.
#[component]
fn StatedChangeLine(change: Change, direction: Direction, lang: Signal<Lang>) -> impl IntoView {
    let rising = change.value > 0.0;
    let good = (change.value != 0.0)
        .then(|| good_news(rising, direction))
        .flatten();
    view! {
        <p class=change_class("sc-stated-change", good) data-testid="stated-change">
            <span class="sc-visually-hidden">{move || Ui::StatedChange.tr(lang.get())}": "</span>
            <span aria-hidden="true">{if change.value == 0.0 { "" } else if rising { "↑ " } else { "↓ " }}</span>
            {move || format::stated_change(&change, lang.get())}
            {move || verdict(good, lang.get())}
        </p>
    }
}

/// A derived change with its direction cue: arrow, words and colour.
#[component]
fn DerivedLine(derived: Derived, direction: Direction, lang: Signal<Lang>) -> impl IntoView {
    let rising = match derived {
        Derived::Points { change, .. } => change > 0.0,
        Derived::Growth { multiple, .. } => multiple > 1.0,
    };
    let good = good_news(rising, direction);
    let (from, to) = derived.years();
    let class = change_class("sc-derived", good);
    view! {
        <p class=class data-testid="derived">
            <span class="sc-badge">{move || Ui::Derived.tr(lang.get())}</span>
            " "
            <span aria-hidden="true">{if rising { "↑ " } else { "↓ " }}</span>
            {move || format!("{from}→{to} {}", derived.describe(lang.get()))}
            {move || verdict(good, lang.get())}
        </p>
    }
}

/// Named mechanisms of a section.
#[component]
fn ItemList(items: Vec<Item>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    (!items.is_empty()).then(|| {
        view! {
            <div class="sc-items">
                <h3>{move || Ui::Mechanisms.tr(lang.get())}</h3>
                <ul>
                    {items
                        .into_iter()
                        .map(|i| {
                            view! {
                                <li data-testid="item" data-item-id=i.id.clone()>
                                    <strong><Tr text=i.name.clone() lang=lang /></strong>
                                    {i.description.clone().map(|d| view! { "：" <Tr text=d lang=lang /> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
