//! A text box over one value of the file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Shows a value of the file and takes what is typed on change. Text that
/// is refused stays in the box, marked, with the reason as its title,
/// until it is corrected. Attributes given with `{..}` go on the box.
#[component]
pub fn ValueInput(
    /// What the file says.
    #[prop(into)]
    value: Signal<String>,
    /// Takes typed text; returns the reason when it is refused.
    take: Callback<String, Option<String>>,
    /// The box's accessible name.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let refused = RwSignal::new(None::<(String, String)>);
    let shown = move || {
        refused
            .with(|r| r.as_ref().map(|(t, _)| t.clone()))
            .unwrap_or_else(|| value.get())
    };
    let commit = move |ev: web_sys::Event| {
        let text = event_target_value(&ev);
        refused.set(take.run(text.clone()).map(|why| (text, why)));
    };
    view! {
        <input
            type="text"
            aria-label=label
            prop:value=shown
            aria-invalid=move || refused.with(|r| r.is_some().then_some("true"))
            title=move || refused.with(|r| r.as_ref().map(|(_, why)| why.clone()))
            on:change=commit
        />
    }
}

/// Focuses the text box `selector` finds and selects its text; `false`
/// when there is none.
pub fn focus_input(selector: &str) -> bool {
    let input = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(input) = input else {
        return false;
    };
    let _ = input.focus();
    input.select();
    true
}
