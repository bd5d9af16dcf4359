//! Direct mounts and the JavaScript API's handle: `embed.js` mounts every
//! `<div data-scorecard>` and every `ScorecardEmbed.mount` through
//! [`mount_handle`] or [`mount_read`] and gets an [`EmbedHandle`] that
//! changes options live, gives the data back, and unmounts. The host
//! element hears the scorecard's events ([`crate::embed::events`]).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::Loaded;
use crate::embed::events::Sink;
use crate::embed::url_state::ViewState;
use crate::embed::{options, remote};
use crate::source::Source;
use crate::types::Theme;

/// A mounted scorecard, as the host page holds it. The scorecard stays
/// mounted until `destroy()`, even when the host drops the handle.
#[wasm_bindgen]
pub struct EmbedHandle {
    state: RwSignal<ViewState>,
    text: Arc<str>,
    /// Its key in [`MOUNTED`].
    key: u32,
}

thread_local! {
    /// Mounted scorecards by key; dropping one unmounts it (its nodes and
    /// effects).
    static MOUNTED: RefCell<Vec<(u32, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

/// Reads `[[name, value], …]` from `embed.js` as text pairs.
fn pairs(list: &js_sys::Array) -> Vec<(String, String)> {
    list.iter()
        .filter_map(|p| {
            let p: js_sys::Array = p.dyn_into().ok()?;
            Some((p.get(0).as_string()?, p.get(1).as_string()?))
        })
        .collect()
}

/// The view state `options` ask for, starting from an embed's defaults
/// (light unless the host asks otherwise).
fn start_state(list: &js_sys::Array) -> Result<ViewState, JsValue> {
    let start = ViewState {
        theme: Some(Theme::Light),
        ..ViewState::default()
    };
    let given = pairs(list);
    options::apply(&start, given.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| JsValue::from_str(&e))
}

/// Mounts `source` into `target` (inside `host`'s shadow root). An invalid
/// or unread file is shown as the error panel, reported as
/// `scorecard:error` and returned as an error.
fn mount_source(
    target: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    state: ViewState,
    source: Source,
) -> Result<EmbedHandle, JsValue> {
    let loaded = source.load();
    let failure = loaded.as_ref().err().map(|problems| {
        let first = problems.first().map(|p| p.to_string()).unwrap_or_default();
        JsValue::from_str(&format!("the scorecard cannot be shown: {first}"))
    });
    let text = match &source {
        Source::Text(text) => text.clone(),
        _ => Arc::from(""),
    };
    let state = RwSignal::new(state);
    let events = Some(Sink::Host(host));
    let mounted = leptos::mount::mount_to(target, move || {
        view! { <Loaded loaded=loaded source=source state=state owns_page=false events=events /> }
    });
    if let Some(failure) = failure {
        // The panel stays on the page until the host removes it.
        mounted.forget();
        return Err(failure);
    }
    let key = NEXT.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    MOUNTED.with(|m| m.borrow_mut().push((key, Box::new(mounted))));
    Ok(EmbedHandle { state, text, key })
}

/// Mounts the scorecard `json` into `target` (inside `host`'s shadow
/// root) with `options` (`[[name, value], …]`). Bad options are an error
/// before anything is drawn.
#[wasm_bindgen(js_name = mountHandle)]
pub fn mount_handle(
    target: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    json: String,
    list: js_sys::Array,
) -> Result<EmbedHandle, JsValue> {
    let state = start_state(&list)?;
    mount_source(target, host, state, Source::Text(Arc::from(json)))
}

/// Like [`mount_handle`], with the file read first: from `src` (only
/// `https:` or the page's origin), else the scorecard `id` published
/// beside `embed.js` (`<base>data/<id>.json`, read like `embed.js`
/// itself). A file that cannot be read shows the error panel.
#[wasm_bindgen(js_name = mountRead)]
pub async fn mount_read(
    target: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    src: Option<String>,
    id: String,
    base: String,
    list: js_sys::Array,
) -> Result<EmbedHandle, JsValue> {
    let state = start_state(&list)?;
    let source = match src {
        Some(src) => remote::read(&src, false).await,
        None if scorecard_core::decode::is_id(&id) => {
            remote::read(&format!("{base}data/{id}.json"), true).await
        }
        None => Source::Failed(scorecard_core::remote::bad_id(&id)),
    };
    mount_source(target, host, state, source)
}

#[wasm_bindgen]
impl EmbedHandle {
    /// Changes options live (`[[name, value], …]`); a bad option is an
    /// error and changes nothing.
    pub fn set(&self, list: js_sys::Array) -> Result<(), JsValue> {
        let given = pairs(&list);
        let next = self
            .state
            .with_untracked(|s| {
                options::apply(s, given.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            })
            .map_err(|e| JsValue::from_str(&e))?;
        self.state.set(next);
        Ok(())
    }

    /// The validated scorecard as a plain object, read by the browser's
    /// own JSON parser from the file as given.
    pub fn data(&self) -> JsValue {
        js_sys::JSON::parse(&self.text).unwrap_or(JsValue::NULL)
    }

    /// Unmounts: the scorecard's nodes, effects and listeners go, and the
    /// view state made outside the mount with them.
    pub fn destroy(&self) {
        let gone = MOUNTED.with(|m| {
            let mut m = m.borrow_mut();
            let at = m.iter().position(|(k, _)| *k == self.key)?;
            Some(m.swap_remove(at))
        });
        drop(gone);
        self.state.dispose();
    }
}
