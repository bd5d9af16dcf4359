//! One figure's card.

use leptos::prelude::*;
use scorecard_core::derived::series_change;
use scorecard_core::{format, Metric};

use super::change::{derived_line, stated_change_line};
use crate::components::charts::{CompositionChart, LineChart};
use crate::components::text::text_in;
use crate::context::use_ctx;
use crate::embed::events::HostEvents;
use crate::embed::{browser, history};
use crate::i18n::Ui;

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
    let host = use_context::<HostEvents>();
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
    // What follows the language is drawn anew when it changes: one
    // reactive node for the card's text instead of one per line.
    let change = series_change(&m);
    let mm = m.clone();
    let text = move || {
        let l = lang.get();
        let m = &mm;
        let stated = format::stated(m, l);
        let figure = format::emphasis(&stated);
        let also = (!m.also.is_empty()).then(|| {
            let all: Vec<String> = m
                .also
                .iter()
                .map(|f| format::figure(f.value, f.decimals, &f.unit, f.qualifier, l))
                .collect();
            view! {
                <p class="sc-also" data-testid="metric-also">
                    {Ui::AlsoStated.tr(l)}{Ui::Colon.tr(l)}{all.join(Ui::ListSep.tr(l))}
                </p>
            }
        });
        view! {
            <h3 class="sc-label" data-testid="metric-label">{text_in(&m.label, l)}</h3>
            // The number large, the words around it (a qualifier, the
            // unit) smaller; the text reads as formatted.
            <p class="sc-value" data-testid="metric-value">
                <span class="sc-fig-unit">{figure.before.to_owned()}</span>
                <span class="sc-fig-num">{figure.number.to_owned()}</span>
                <span class="sc-fig-unit">{figure.after.to_owned()}</span>
            </p>
            {format::alternate(m, l).map(|a| view! { <p class="sc-alt"><span class="sc-visually-hidden">{Ui::ExactValue.tr(l)}" "</span>"= "{a}</p> })}
            {m.period.as_ref().map(|p| view! { <p class="sc-period">{text_in(p, l)}</p> })}
            {m.change.as_ref().map(|c| stated_change_line(c, m.direction, l))}
            {also}
            {change.map(|d| derived_line(d, m.direction, l))}
        }
    };
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
            {text}
            {series_chart}
            {parts_chart}
            <div class="sc-actions">
                <button
                    type="button"
                    class="sc-link-btn"
                    data-testid="source-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=quote_id.clone()
                    on:click={
                        let m = m.clone();
                        move |_| {
                            open.update(|o| *o = !*o);
                            // The host hears which figure a reader opened.
                            if let (true, Some(host)) = (open.get_untracked(), host) {
                                host.select(&m, lang.get_untracked());
                            }
                        }
                    }
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
