//! The file as JSON text, edited directly and in step with the grid.

use leptos::prelude::*;

use super::state::use_studio;
use super::text::S;

/// The JSON box. Typing changes the file at once (the grid, problems and
/// preview follow); leaving the box makes the typing one undo step.
#[component]
pub fn JsonTab() -> impl IntoView {
    let st = use_studio();
    let before = StoredValue::new(None::<String>);
    let open = move |ev: web_sys::Event| {
        super::files::read_picked(&ev, move |name, bytes| {
            let bytes = match bytes {
                Ok(bytes) => bytes,
                Err(super::files::Unread::Failed(e)) => {
                    st.unread(&name, super::files::Unread::Failed(e));
                    return;
                }
                Err(super::files::Unread::TooLarge(size)) => {
                    st.opened.set(Some(scorecard_core::Problem {
                        pos: scorecard_core::Pos::START,
                        path: String::new(),
                        kind: scorecard_core::ProblemKind::TooLarge,
                        message: format!(
                            "the file is {size} bytes; the limit is {} bytes (5 MiB)",
                            scorecard_core::json::MAX_BYTES
                        ),
                    }));
                    return;
                }
            };
            match scorecard_core::text_of(&bytes) {
                Ok(text) => {
                    st.refused.set(Vec::new());
                    st.commit(text.to_string());
                }
                // The file stays as it was; the list says why.
                Err(problem) => st.opened.set(Some(problem)),
            }
        })
    };
    view! {
        <div class="st-actions">
            <label class="st-file">
                {move || S::OpenJson.tr(st.lang.get())}
                <input type="file" accept=".json,application/json" data-testid="studio-open-json" on:change=open />
            </label>
        </div>
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
