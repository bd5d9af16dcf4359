//! The file as JSON text, edited directly and in step with the grid.

use leptos::prelude::*;

use super::state::use_studio;

/// The JSON box. Typing changes the file at once (the grid, problems and
/// preview follow); leaving the box makes the typing one undo step.
#[component]
pub fn JsonTab() -> impl IntoView {
    let st = use_studio();
    let before = StoredValue::new(None::<String>);
    view! {
        <textarea
            class="st-json"
            data-testid="studio-json"
            spellcheck="false"
            aria-label="JSON"
            prop:value=move || st.json.get()
            on:focus=move |_| before.set_value(Some(st.json.get_untracked()))
            on:input=move |ev| st.type_json(event_target_value(&ev))
            on:blur=move |_| {
                if let Some(b) = before.try_update_value(Option::take).flatten() {
                    st.record(b);
                }
            }
        ></textarea>
    }
}
