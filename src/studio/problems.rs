//! The validator's problems and the article checks, each a link to the
//! cell (or the place in the JSON) it is about.

use leptos::prelude::*;
use scorecard_core::grid::cell_of_path;
use scorecard_core::{Pos, Problem};
use wasm_bindgen::JsCast;

use super::grid::{focus_cell, PAGE};
use super::state::{use_studio, Studio, Tab};
use super::text::S;

/// One line of the list.
#[derive(Clone, PartialEq)]
struct Line {
    kind: &'static str,
    path: String,
    pos: Option<Pos>,
    message: String,
    note: bool,
}

/// The list of problems.
#[component]
pub fn Problems() -> impl IntoView {
    let st = use_studio();
    let lines = Memo::new(move |_| {
        let lang = st.lang.get();
        let inspected = st.inspected.get();
        let opened = st.opened.get();
        let mut out: Vec<Line> = opened
            .iter()
            .chain(inspected.problems.iter())
            .map(|p: &Problem| Line {
                kind: p.kind.as_str(),
                path: p.path.clone(),
                pos: Some(p.pos),
                message: p.message_in(lang).into_owned(),
                note: false,
            })
            .collect();
        let cov = st.coverage.get();
        for (paths, what) in [
            (&cov.not_verbatim, S::NotVerbatim),
            (&cov.not_in_quote, S::NotInQuote),
        ] {
            for path in paths {
                let field = if what == S::NotVerbatim {
                    "quote"
                } else {
                    "value"
                };
                out.push(Line {
                    kind: "article",
                    path: format!("{path}.{field}"),
                    pos: None,
                    message: what.tr(lang).into(),
                    note: true,
                });
            }
        }
        out
    });
    let lang = move || st.lang.get();
    view! {
        <section class="st-panel st-problems" aria-labelledby="st-problems-h">
            <h2 id="st-problems-h">{move || S::Problems.tr(lang())} " "
                <span class="st-count">{move || lines.with(Vec::len)}</span>
            </h2>
            <Show when=move || lines.with(Vec::is_empty)>
                <p class="st-ok" data-testid="studio-valid">{move || S::NoProblems.tr(lang())}</p>
            </Show>
            <ol class="st-problem-list" data-testid="studio-problems">
                <For
                    each=move || lines.get().into_iter().enumerate()
                    key=|(i, l)| format!("{i} {} {:?} {}", l.path, l.pos, l.message)
                    children=move |(_, line)| {
                        let Line { kind, path, pos, message, note } = line;
                        let place = pos.filter(|p| p.line > 0).map(|p| p.to_string()).unwrap_or_default();
                        let shown_path = if path.is_empty() { "$".to_string() } else { path.clone() };
                        view! {
                            <li class:st-note=note data-testid="problem" data-kind=kind>
                                <button type="button" class="st-link" data-path=path.clone()
                                    on:click=move |_| go_to(st, &path, pos)>
                                    <code>{place}</code>
                                    " "
                                    <code>{shown_path}</code>
                                    " "
                                    {message}
                                </button>
                            </li>
                        }
                    }
                />
            </ol>
        </section>
    }
}

/// Shows the problem's place: its cell in the grid, else its line and
/// column in the JSON.
fn go_to(st: Studio, path: &str, pos: Option<Pos>) {
    if let Some((at, col)) = cell_of_path(path) {
        let index = st.rows.with_untracked(|r| r.iter().position(|x| *x == at));
        if let Some(index) = index {
            st.tab.set(Tab::Grid);
            if st.shown.get_untracked() <= index {
                st.shown.set(index.div_ceil(PAGE).max(1) * PAGE + PAGE);
            }
            // After the grid is drawn.
            request_animation_frame(move || {
                focus_cell(index, col);
            });
            return;
        }
    }
    if super::details::focus_field(path) || super::details::focus_section(path) {
        return;
    }
    st.tab.set(Tab::Json);
    request_animation_frame(move || select_in_json(st, pos));
}

/// Selects the line of `pos` in the JSON box.
fn select_in_json(st: Studio, pos: Option<Pos>) {
    let Some(area) = document()
        .query_selector("[data-testid=studio-json]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let _ = area.focus();
    let Some(pos) = pos.filter(|p| p.line > 0) else {
        return;
    };
    let text = st.json.get_untracked();
    // Offsets in UTF-16 units, as the text box counts.
    let mut start = 0u32;
    for (n, line) in text.split('\n').enumerate() {
        if n + 1 == pos.line as usize {
            let end = start + line.encode_utf16().count() as u32;
            let col: u32 = line
                .chars()
                .take(pos.col.saturating_sub(1) as usize)
                .map(|c| c.len_utf16() as u32)
                .sum();
            let _ = area.set_selection_range(start + col, end);
            // Scroll the line into view: about its share of the height.
            let lines = text.split('\n').count().max(1) as f64;
            area.set_scroll_top(((n as f64 / lines) * f64::from(area.scroll_height())) as i32 - 40);
            return;
        }
        start += line.encode_utf16().count() as u32 + 1;
    }
}
