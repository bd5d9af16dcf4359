//! The scorecard as readers will see it, drawn by the reader's own
//! components from the file being edited.

use std::sync::Arc;

use leptos::prelude::*;
use scorecard_core::Lang;

use super::state::use_studio;
use super::text::S;
use crate::app::ScorecardApp;
use crate::embed::url_state::ViewState;
use crate::source::Source;

/// The preview, in a reader's language of the editor's choosing.
#[component]
pub fn Preview() -> impl IntoView {
    let st = use_studio();
    // The last valid file: while the file has problems the preview stays.
    let valid = Memo::new(move |last: Option<&Option<Arc<str>>>| {
        let (text, ok) = st.later_json.get();
        if ok {
            Some(text)
        } else {
            last.cloned().flatten()
        }
    });
    let stale = move || !st.later_json.with(|(_, ok)| *ok) && valid.with(Option::is_some);
    // One view state across edits: the editor's view and language stay.
    let state = RwSignal::new(ViewState::default());
    let reader_lang = move || state.with(|s| s.lang);
    view! {
        <section class="st-panel st-preview" aria-labelledby="st-preview-h">
            <h2 id="st-preview-h">{move || S::Preview.tr(st.lang.get())}
                <span class="st-preview-langs">
                    {[Lang::Zh, Lang::En].map(|l| view! {
                        <button type="button" aria-pressed=move || if reader_lang() == Some(l) { "true" } else { "false" }
                            data-testid=format!("studio-preview-{}", l.as_str())
                            on:click=move |_| state.update(|s| s.lang = Some(l))>{if l == Lang::Zh { "中文" } else { "English" }}</button>
                    })}
                </span>
            </h2>
            <Show when=stale>
                <p class="st-hint st-stale">{move || S::PreviewStale.tr(st.lang.get())}</p>
            </Show>
            <div class="st-preview-frame" data-testid="studio-preview">
                {move || valid.get().map(|text| {
                    view! { <ScorecardApp source=Source::Text(text) state=state /> }
                })}
            </div>
        </section>
    }
}
