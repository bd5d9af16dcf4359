//! For editors: drop or pick a scorecard file to preview it, checked by the
//! same validator as the bundled data. An invalid file shows its problems
//! and leaves the scorecard on screen as it was.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::{json::MAX_BYTES, Lang, Pos, Problem, ProblemKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::error::ErrorPanel;
use crate::i18n::Ui;

/// The drop zone and file picker.
#[component]
pub fn Preview(
    /// The reader's language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The previewed file's text, when a valid one was given.
    preview: RwSignal<Option<Arc<str>>>,
) -> impl IntoView {
    let problems = RwSignal::new(Vec::<Problem>::new());
    let file_name = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let take = move |file: web_sys::File| {
        file_name.set(file.name());
        if file.size() > MAX_BYTES as f64 {
            problems.set(vec![Problem {
                pos: Pos::START,
                path: String::new(),
                kind: ProblemKind::TooLarge,
                message: format!(
                    "the file is {} bytes; the limit is {MAX_BYTES} bytes (5 MiB)",
                    file.size()
                ),
            }]);
            return;
        }
        spawn_local(async move {
            let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            match scorecard_core::load(&bytes) {
                Ok(_) => {
                    problems.set(Vec::new());
                    // Valid input is UTF-8 (possibly with a BOM the parser skips).
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    preview.set(Some(Arc::from(text)));
                }
                Err(found) => problems.set(found),
            }
        });
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
    };
    let on_pick = move |ev: web_sys::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
        if let Some(i) = input {
            i.set_value("");
        }
    };
    let t = move |ui: Ui| move || ui.tr(lang.get());
    view! {
        <details class="sc-root sc-preview" data-testid="preview">
            <summary>{t(Ui::EditorPreview)}</summary>
            <div
                class="sc-drop"
                class:sc-dragging=dragging
                data-testid="drop-zone"
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <p>{t(Ui::DropFile)}</p>
                <label class="sc-file">
                    {t(Ui::ChooseFile)}
                    <input type="file" accept=".json,application/json" data-testid="file-input" on:change=on_pick />
                </label>
                <p class="sc-hint">{t(Ui::CheckedLocally)}</p>
                <p><a href="studio.html" data-testid="open-studio">{t(Ui::OpenStudio)}</a></p>
            </div>
            {move || {
                let found = problems.get();
                (!found.is_empty()).then(|| {
                    view! {
                        <p class="sc-file-name">{file_name.get()}</p>
                        <ErrorPanel problems=found lang=lang.get_untracked() />
                    }
                })
            }}
            {move || {
                preview.with(|p| p.is_some()).then(|| {
                    view! {
                        <button type="button" data-testid="preview-reset" on:click=move |_| {
                            preview.set(None);
                            problems.set(Vec::new());
                        }>{t(Ui::BackToBundled)}</button>
                    }
                })
            }}
        </details>
    }
}
