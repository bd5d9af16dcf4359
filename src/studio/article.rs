//! The article: pasted or opened, drafted from, and shown with each of
//! its figures marked as in the scorecard or not.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;
use scorecard_core::draft::{self, Coverage, Options};
use scorecard_core::{Lang, Scorecard};

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
                            Err(super::files::Unread::TooLarge(_)) => st.status.set(S::TooLongToDraft.tr(st.lang.get_untracked()).into()),
                            Err(why) => st.unread(&name, why),
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
    // The file is written and read in a task of its own.
    set_timeout(
        move || {
            if let Ok(json) = scorecard_core::write::to_json(&sc) {
                st.refused.set(Vec::new());
                st.commit(json);
                st.status.set(format!("{}{count}", S::Drafted.tr(lang)));
            }
        },
        std::time::Duration::ZERO,
    );
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
    // Whether each marked figure is stated from its own sentence.
    let here = Memo::new(move |_| {
        let cov = st.coverage.get();
        let text = st.article.get();
        let body = &text[cov.body.min(text.len())..];
        let here: Vec<bool> = st.later.with(|i| match i.scorecard.as_ref() {
            Some(sc) => {
                let stated = Stated::new(sc, body, &cov);
                cov.figures
                    .iter()
                    .take(MAX_FIGURES)
                    .map(|(f, _)| !stated.ids(f.quote(body), f.found.value).is_empty())
                    .collect()
            }
            None => Vec::new(),
        });
        Arc::new(here)
    });
    let long = move || {
        st.article.with(|t| t.chars().nth(MAX_MARKED).is_some())
            || st.coverage.with(|c| c.figures.len() > MAX_FIGURES)
    };
    let lang = move || st.lang.get();
    view! {
        <Show when=move || st.coverage.with(|c| !c.figures.is_empty())>
            <h3>{move || S::Figures.tr(lang())} " "
                <span class="st-count" data-testid="studio-coverage">
                    {move || st.coverage.with(|c| format!("{}/{}", c.covered(), c.figures.len()))}
                </span>
            </h3>
            <p class="st-hint">{move || S::FiguresHint.tr(lang())}</p>
            <Show when=long>
                <p class="st-hint">{move || S::FiguresTooLong.tr(lang())}</p>
            </Show>
            <div class="st-marked" data-testid="studio-marked">
                {move || {
                    let cov = st.coverage.get();
                    let here = here.get();
                    st.article.with(|text| marked(st, text, &cov, &here))
                }}
            </div>
        </Show>
    }
}

/// The article's body as text runs and figure buttons.
fn marked(st: Studio, text: &str, cov: &Coverage, here: &[bool]) -> impl IntoView {
    let cut = text
        .char_indices()
        .nth(MAX_MARKED)
        .map_or(text.len(), |(i, _)| i);
    let body = &text[cov.body.min(cut)..cut];
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
    let cov = st.coverage.get_untracked();
    let body = &text[cov.body.min(text.len())..];
    let Some((f, _)) = cov.figures.get(n) else {
        return;
    };
    let quote = f.quote(body).to_string();
    let written = body[f.found.range.clone()].to_string();
    let ids: Vec<String> = Stated::new(&sc, body, &cov)
        .ids(&quote, f.found.value)
        .into_iter()
        .map(str::to_string)
        .collect();
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

/// Which metrics state a figure from its own sentence, found fast: a
/// quote that is a whole sentence of the article by lookup, any other by
/// search.
struct Stated<'s> {
    /// Metrics by quote: value and id.
    by_quote: HashMap<&'s str, Vec<(f64, &'s str)>>,
    /// Metrics whose quote is not a whole sentence with a figure.
    other: Vec<(&'s str, f64, &'s str)>,
}

impl<'s> Stated<'s> {
    fn new(sc: &'s Scorecard, body: &str, cov: &Coverage) -> Stated<'s> {
        let sentences: HashSet<&str> = cov.figures.iter().map(|(f, _)| f.quote(body)).collect();
        let mut out = Stated {
            by_quote: HashMap::new(),
            other: Vec::new(),
        };
        for (_, m) in sc.metrics() {
            if m.quote.is_empty() {
                continue;
            }
            if sentences.contains(m.quote.as_str()) {
                out.by_quote
                    .entry(m.quote.as_str())
                    .or_default()
                    .push((m.value, m.id.as_str()));
            } else {
                out.other.push((m.quote.as_str(), m.value, m.id.as_str()));
            }
        }
        out
    }

    /// Ids of the metrics that state `value` from `sentence`.
    fn ids(&self, sentence: &str, value: f64) -> Vec<&'s str> {
        let same = |v: f64| (v - value).abs() <= 1e-9 * value.abs().max(1.0);
        let whole = self.by_quote.get(sentence).into_iter().flatten();
        let part = self
            .other
            .iter()
            .filter(|(q, _, _)| sentence.contains(q) || q.contains(sentence))
            .map(|(_, v, id)| (*v, *id));
        whole
            .copied()
            .chain(part)
            .filter(|(v, _)| same(*v))
            .map(|(_, id)| id)
            .collect()
    }
}
