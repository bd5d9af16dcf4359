//! Direct mount: `embed.js` calls [`mount_scorecard`] for each
//! `<div data-scorecard>` of a host page, inside a shadow root.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::ScorecardApp;
use crate::embed::url_state::ViewState;

/// Mounts the scorecard `json` (validated here like every input) into
/// `target` with its own view state; the host page's URL is left alone.
/// `embed.js` passes inline data, or fetches `data/<card>.json` beside it.
#[wasm_bindgen(js_name = mountScorecard)]
pub fn mount_scorecard(
    target: web_sys::HtmlElement,
    card: &str,
    lang: &str,
    theme: &str,
    section: &str,
    json: String,
) {
    let state = ViewState::from_pairs([
        ("card", card),
        ("lang", lang),
        ("theme", theme),
        ("section", section),
    ]);
    let json: Arc<str> = Arc::from(json);
    let signal = RwSignal::new(state);
    leptos::mount::mount_to(target, move || {
        view! { <ScorecardApp source=json.clone() state=signal owns_page=false /> }
    })
    .forget();
}
