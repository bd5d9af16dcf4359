//! The scorecard's own fields (id, title, source) and its sections (id,
//! kind, title), beside the grid.

use leptos::prelude::*;
use scorecard_core::grid::{
    field, section_cell, section_of_path, set_field, set_section, Field, SectionCol,
};
use wasm_bindgen::JsCast;

use super::input::{focus_input, ValueInput};
use super::state::use_studio;
use super::text::S;

/// The form of the scorecard's fields.
#[component]
pub fn Details() -> impl IntoView {
    let st = use_studio();
    view! {
        <details class="st-panel st-details" data-testid="studio-details" open>
            <summary>{move || S::Details.tr(st.lang.get())}</summary>
            <div class="st-details-grid">
                {Field::ALL.map(|f| {
                    let value = Signal::derive(move || {
                        st.inspected.with(|i| i.scorecard.as_ref().map(|sc| field(sc, f)).unwrap_or_default())
                    });
                    let take = Callback::new(move |text: String| {
                        let lang = st.lang.get_untracked();
                        match st.edit(|sc| set_field(sc, f, &text)) {
                            Some(Err(e)) => Some(e.message(lang)),
                            _ => None,
                        }
                    });
                    view! {
                        <label class="st-field">
                            <span>{move || f.label(st.lang.get())}</span>
                            <ValueInput value=value take=take label=Signal::derive(move || f.label(st.lang.get()).to_string())
                                {..} data-field=f.path() />
                        </label>
                    }
                })}
            </div>
            <h3>{move || S::Sections.tr(st.lang.get())}</h3>
            <Sections />
        </details>
    }
}

/// The sections: id, kind and title, one row each.
#[component]
fn Sections() -> impl IntoView {
    let st = use_studio();
    let count = move || {
        st.inspected
            .with(|i| i.scorecard.as_ref().map_or(0, |sc| sc.sections.len()))
    };
    view! {
        <div class="st-grid-scroll">
            <table class="st-grid" data-testid="studio-sections">
                <thead>
                    <tr>
                        {SectionCol::ALL.map(|c| view! { <th scope="col">{move || c.heading(st.lang.get())}</th> })}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || 0..count() key=|i| *i children=move |i| view! {
                        <tr>
                            {SectionCol::ALL.map(|c| {
                                let value = Signal::derive(move || {
                                    st.inspected.with(|x| x.scorecard.as_ref().map(|sc| section_cell(sc, i, c)).unwrap_or_default())
                                });
                                let take = Callback::new(move |text: String| {
                                    let lang = st.lang.get_untracked();
                                    match st.edit(|sc| set_section(sc, i, c, &text)) {
                                        Some(Err(e)) => Some(e.message(lang)),
                                        _ => None,
                                    }
                                });
                                view! {
                                    <td>
                                        <ValueInput value=value take=take
                                            label=Signal::derive(move || format!("{} {}", c.heading(st.lang.get()), i + 1))
                                            {..} data-section-row=i data-col=c.as_str() />
                                    </td>
                                }
                            })}
                        </tr>
                    } />
                </tbody>
            </table>
        </div>
    }
}

/// Opens the form and focuses the section cell of `path`, if it is one.
pub fn focus_section(path: &str) -> bool {
    let Some((i, c)) = section_of_path(path) else {
        return false;
    };
    open_details();
    focus_input(&format!(
        "input[data-section-row=\"{i}\"][data-col=\"{}\"]",
        c.as_str()
    ))
}

fn open_details() {
    if let Some(details) = document()
        .query_selector("[data-testid=studio-details]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    {
        details.set_open(true);
    }
}

/// Opens the form and focuses the field of `path`, if it is one.
pub fn focus_field(path: &str) -> bool {
    let Some(f) = Field::of_path(path) else {
        return false;
    };
    open_details();
    focus_input(&format!("input[data-field=\"{}\"]", f.path()))
}
