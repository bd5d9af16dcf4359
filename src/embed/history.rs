//! Browser glue for URL state: reads `location`, writes history entries and
//! follows back/forward.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::UrlSearchParams;

use super::url_state::ViewState;

/// The view state in the current URL.
pub fn read() -> ViewState {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse(&search)
}

/// The view state in a query string (`?a=b&c=d`).
pub fn parse(search: &str) -> ViewState {
    let Ok(params) = UrlSearchParams::new_with_str(search) else {
        return ViewState::default();
    };
    let mut pairs = Vec::new();
    for entry in params.entries() {
        let Ok(entry) = entry else { continue };
        let entry: js_sys::Array = entry.unchecked_into();
        if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    ViewState::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// `?…` for a state, keeping parameters the app does not own (such as
/// pym.js's `childId`) from the current URL.
pub fn query(state: &ViewState) -> String {
    let current = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let params = UrlSearchParams::new_with_str(&current)
        .or_else(|_| UrlSearchParams::new())
        .expect("URLSearchParams exists in every browser");
    for key in [
        "card", "lang", "view", "section", "q", "metric", "theme", "sort",
    ] {
        params.delete(key);
    }
    for (k, v) in state.to_pairs() {
        params.append(k, &v);
    }
    let q: String = params.to_string().into();
    if q.is_empty() {
        String::new()
    } else {
        format!("?{q}")
    }
}

/// A full link to `state` on this page, for copying.
pub fn link(state: &ViewState) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let href = loc.href().unwrap_or_default();
    let base = href.split(['?', '#']).next().unwrap_or_default();
    format!("{base}{}", query(state))
}

/// Writes `state` to the address bar: a new history entry when `push`,
/// otherwise replacing the current one. Sandboxed frames may refuse; the
/// view still works, only the URL does not follow.
pub fn write(state: &ViewState, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    // Back/forward already moved the address bar to this state.
    if read() == *state {
        return;
    }
    let q = query(state);
    let hash = window.location().hash().unwrap_or_default();
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{q}{hash}");
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// How long the address bar waits for typing to pause before it shows the
/// query: writing the URL costs 2–3 ms a keystroke in Chromium (a tenth of
/// drawing the results), and browsers throttle pages that write it too often.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

/// Keeps `state` in step with the address bar: writes on change and reads
/// back on back/forward. The listener goes with the reactive owner, so an
/// unmounted scorecard leaves none behind.
pub fn sync(state: RwSignal<ViewState>) {
    let popstate = window_event_listener(leptos::ev::popstate, move |_| state.set(read()));
    on_cleanup(move || popstate.remove());
    // A query typed but not yet in the address bar.
    let pending = Rc::new(Cell::new(None::<TimeoutHandle>));
    let flush = {
        let pending = pending.clone();
        move || pending.take().map(|t| t.clear()).is_some()
    };
    Effect::new(move |prev: Option<ViewState>| {
        let now = state.get();
        let Some(prev) = prev else { return now };
        if prev == now {
            return now;
        }
        if prev.q != now.q {
            // Typing replaces the entry, once typing pauses.
            flush();
            let done = pending.clone();
            let write_latest = move || {
                done.set(None);
                // Unmounted since: nothing to write.
                if let Some(now) = state.try_get_untracked() {
                    write(&now, false);
                }
            };
            pending.set(set_timeout_with_handle(write_latest, TYPING_PAUSE).ok());
        } else {
            // Other changes push a new entry, after the query typed so far.
            if flush() {
                write(&prev, false);
            }
            write(&now, true);
        }
        now
    });
}
