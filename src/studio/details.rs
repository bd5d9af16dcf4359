//! The scorecard's own fields: id, title and source, beside the grid.

use leptos::prelude::*;
use scorecard_core::grid::{field, set_field, Field};
use wasm_bindgen::JsCast;

use super::state::use_studio;
use super::text::S;

/// The form of the scorecard's fields.
#[component]
pub fn Details() -> impl IntoView {
    let st = use_studio();
    // Text typed and refused: kept in its box with the reason.
    let refused = RwSignal::new(Vec::<(Field, String, String)>::new());
    view! {
        <details class="st-panel st-details" data-testid="studio-details" open>
            <summary>{move || S::Details.tr(st.lang.get())}</summary>
            <div class="st-details-grid">
                {Field::ALL.map(|f| {
                    let shown = Memo::new(move |_| {
                        if let Some((_, text, why)) = refused.with(|r| r.iter().find(|(x, _, _)| *x == f).cloned()) {
                            return (text, Some(why));
                        }
                        let text = st.inspected.with(|i| i.scorecard.as_ref().map(|sc| field(sc, f)).unwrap_or_default());
                        (text, None)
                    });
                    let commit = move |ev: web_sys::Event| {
                        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                            return;
                        };
                        let text = input.value();
                        let lang = st.lang.get_untracked();
                        let result = st.edit(|sc| set_field(sc, f, &text));
                        refused.update(|r| r.retain(|(x, _, _)| *x != f));
                        if let Some(Err(e)) = result {
                            refused.update(|r| r.push((f, text, e.message(lang))));
                        }
                    };
                    view! {
                        <label class="st-field">
                            <span>{move || f.label(st.lang.get())}</span>
                            <input type="text" data-field=f.path()
                                prop:value=move || shown.with(|s| s.0.clone())
                                aria-invalid=move || shown.with(|s| s.1.is_some().then_some("true"))
                                title=move || shown.with(|s| s.1.clone().unwrap_or_default())
                                on:change=commit />
                        </label>
                    }
                })}
            </div>
        </details>
    }
}

/// Opens the form and focuses the field of `path`, if it is one.
pub fn focus_field(path: &str) -> bool {
    let Some(f) = Field::of_path(path) else {
        return false;
    };
    let doc = document();
    if let Some(details) = doc
        .query_selector("[data-testid=studio-details]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    {
        details.set_open(true);
    }
    let selector = format!("input[data-field=\"{}\"]", f.path());
    match doc
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        Some(input) => {
            let _ = input.focus();
            input.select();
            true
        }
        None => false,
    }
}
