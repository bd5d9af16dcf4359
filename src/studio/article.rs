//! The article: pasted or opened, drafted from, and shown with each of
//! its figures marked as in the scorecard or not.

use std::sync::Arc;

use leptos::prelude::*;
use scorecard_core::draft::{self, coverage, Coverage, Options};
use scorecard_core::Lang;

use super::state::{use_studio, Studio};
use super::text::S;

/// The longest text the studio drafts from, in bytes.
pub const MAX_DRAFT: usize = 1024 * 1024;
/// How much of the text is shown with its figures marked, in characters.
const MAX_MARKED: usize = 100_000;
/// The most figures marked: the rest of the text is shown plain.
const MAX_FIGURES: usize = 2_000;

/// The article box and its buttons.
#[component]
pub fn Article() -> impl IntoView {
    let st = use_studio();
    let t = move |s: S| move || s.tr(st.lang.get());
    let draft_now = move |_| {
        let has_metrics = st.rows.with_untracked(|r| !r.is_empty());
        if has_metrics && !confirm(S::DraftConfirm.tr(st.lang.get_untracked())) {
            return;
        }
        make_draft(st);
    };
    view! {
        <section class="st-panel st-article" aria-labelledby="st-article-h">
            <h2 id="st-article-h">{t(S::Article)}</h2>
            <p class="st-hint">{t(S::ArticleHint)}</p>
            <textarea
                data-testid="studio-article"
                rows="10"
                spellcheck="false"
                aria-labelledby="st-article-h"
                prop:value=move || st.article.get()
                on:input=move |ev| st.article.set(event_target_value(&ev))
            ></textarea>
            <div class="st-actions">
                <button type="button" class="st-primary" data-testid="studio-draft" on:click=draft_now>{t(S::Draft)}</button>
                <label class="st-file">
                    {t(S::OpenFile)}
                    <input type="file" accept=".txt,.html,.htm,text/plain,text/html" data-testid="studio-open-article"
                        on:change=move |ev| super::files::read_picked(&ev, move |name, bytes| match bytes {
                            Ok(bytes) => st.article.set(super::files::article_text(&name, &super::files::text(&bytes))),
                            Err(_) => st.status.set(S::TooLongToDraft.tr(st.lang.get_untracked()).into()),
                        }) />
                </label>
            </div>
            <Marked />
        </section>
    }
}

/// Drafts the scorecard from the article, replacing the file (one step).
pub fn make_draft(st: Studio) {
    let lang = st.lang.get_untracked();
    let text = st.article.get_untracked();
    if text.len() > MAX_DRAFT {
        st.status.set(S::TooLongToDraft.tr(lang).into());
        return;
    }
    let h = draft::header(&text);
    let id = h
        .title
        .map(draft::id_from)
        .filter(|id| id != "draft")
        .unwrap_or_else(|| "draft".into());
    let options = Options {
        id,
        lang: draft::guess_lang(&text),
        today: crate::embed::browser::today(),
    };
    let sc = draft::draft(&text, &options);
    let count = sc.metrics().count();
    if let Ok(json) = scorecard_core::write::to_json(&sc) {
        st.refused.set(Vec::new());
        st.commit(json);
        st.status.set(format!("{}{count}", S::Drafted.tr(lang)));
    }
}

fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// The article with its figures marked; a click adds or removes one.
#[component]
fn Marked() -> impl IntoView {
    let st = use_studio();
    let found = Memo::new(move |_| {
        let text = st.article.get();
        let cut = text
            .char_indices()
            .nth(MAX_MARKED)
            .map_or(text.len(), |(i, _)| i);
        let shown = &text[..cut];
        let (cov, here) = st.inspected.with(|i| match i.scorecard.as_ref() {
            Some(sc) => {
                let cov = coverage(sc, shown);
                let body = &shown[cov.body..];
                let here = cov
                    .figures
                    .iter()
                    .take(MAX_FIGURES)
                    .map(|(f, _)| !stating(sc, f.quote(body), f.found.value).is_empty())
                    .collect();
                (cov, here)
            }
            None => (Coverage::default(), Vec::new()),
        });
        Arc::new((shown.to_string(), cov, cut < text.len(), here))
    });
    let lang = move || st.lang.get();
    view! {
        <Show when=move || found.with(|f| !f.1.figures.is_empty())>
            <h3>{move || S::Figures.tr(lang())} " "
                <span class="st-count" data-testid="studio-coverage">
                    {move || found.with(|f| format!("{}/{}", f.1.covered(), f.1.figures.len()))}
                </span>
            </h3>
            <p class="st-hint">{move || S::FiguresHint.tr(lang())}</p>
            <Show when=move || found.with(|f| f.2 || f.1.figures.len() > MAX_FIGURES)>
                <p class="st-hint">{move || S::FiguresTooLong.tr(lang())}</p>
            </Show>
            <div class="st-marked" data-testid="studio-marked">
                {move || found.with(|f| marked(st, &f.0, &f.1, &f.3))}
            </div>
        </Show>
    }
}

/// The article's body as text runs and figure buttons.
fn marked(st: Studio, text: &str, cov: &Coverage, here: &[bool]) -> impl IntoView {
    let body = &text[cov.body.min(text.len())..];
    let lang = st.lang.get_untracked();
    let mut parts = Vec::new();
    let mut last = 0;
    for (n, (f, _)) in cov.figures.iter().enumerate().take(MAX_FIGURES) {
        let range = f.found.range.clone();
        if range.start < last || range.end > body.len() {
            continue;
        }
        parts.push(body[last..range.start].to_string().into_any());
        let written = body[range.clone()].to_string();
        let covered = here.get(n).copied().unwrap_or(false);
        let label = format!(
            "{written}: {}",
            if covered {
                S::Included.tr(lang)
            } else {
                S::NotIncluded.tr(lang)
            }
        );
        parts.push(
            view! {
                <button type="button" class="st-fig" class:st-in=covered
                    aria-pressed=if covered { "true" } else { "false" }
                    title=label data-figure=n
                    on:click=move |_| toggle(st, n)>{written}</button>
            }
            .into_any(),
        );
        last = range.end;
    }
    parts.push(body[last..].to_string().into_any());
    parts
}

/// Adds the `n`th figure of the article as a metric, or removes the
/// metrics that state it from its sentence.
fn toggle(st: Studio, n: usize) {
    let text = st.article.get_untracked();
    let lang = st.lang.get_untracked();
    let Some(sc) = st.inspected.get_untracked().scorecard.clone() else {
        return;
    };
    let cov = coverage(&sc, &text);
    let body = &text[cov.body..];
    let Some((f, _)) = cov.figures.get(n) else {
        return;
    };
    let quote = f.quote(body).to_string();
    let written = body[f.found.range.clone()].to_string();
    let ids = stating(&sc, &quote, f.found.value);
    if !ids.is_empty() {
        let removed = st.edit(|sc| {
            for s in &mut sc.sections {
                s.metrics.retain(|m| !ids.contains(&m.id));
            }
        });
        if removed.is_some() {
            st.status.set(format!("{}{written}", S::Removed.tr(lang)));
        }
        return;
    }
    let draft_lang = if sc.default_lang == Lang::En {
        Lang::En
    } else {
        Lang::Zh
    };
    let added = st.edit(|sc| {
        let taken: std::collections::HashSet<String> =
            sc.metrics().map(|(_, m)| m.id.clone()).collect();
        let id = (n + 1..)
            .map(|k| format!("figure-{k}"))
            .find(|id| !taken.contains(id))
            .unwrap_or_default();
        let Some(metric) = draft::metric(f, body, draft_lang, id) else {
            return false;
        };
        // In reading order: before the first metric quoting a later sentence.
        let at = f.sentence.start;
        let place = sc.sections.iter().enumerate().find_map(|(i, s)| {
            s.metrics
                .iter()
                .position(|m| body.find(m.quote.as_str()).is_some_and(|p| p > at))
                .map(|j| (i, j))
        });
        match place {
            Some((i, j)) => sc.sections[i].metrics.insert(j, metric),
            None => match sc.sections.last_mut() {
                Some(s) => s.metrics.push(metric),
                None => return false,
            },
        }
        true
    });
    match added {
        Some(true) => st.status.set(format!("{}{written}", S::Added.tr(lang))),
        Some(false) => st
            .status
            .set(format!("{written}: {}", S::NoUnitWord.tr(lang))),
        None => {}
    }
}

/// Ids of the metrics that state `value` from the sentence `sentence`.
fn stating(sc: &scorecard_core::Scorecard, sentence: &str, value: f64) -> Vec<String> {
    sc.metrics()
        .filter(|(_, m)| {
            (m.value - value).abs() <= 1e-9 * value.abs().max(1.0)
                && !m.quote.is_empty()
                && (sentence.contains(m.quote.as_str()) || m.quote.contains(sentence))
        })
        .map(|(_, m)| m.id.clone())
        .collect()
}
