//! Direct mounts and the JavaScript API's handle: `embed.js` mounts every
//! `<div data-scorecard>` and every `ScorecardEmbed.mount` through
//! [`mount_handle`] and gets an [`EmbedHandle`] that changes
//! options live, gives the data back, and unmounts. The host element
//! receives `scorecard:ready`, `scorecard:view`, `scorecard:select` and
//! `scorecard:error` events (bubbling, crossing the shadow boundary), so analytics can
//! listen without reading our DOM.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::ScorecardApp;
use crate::embed::options;
use crate::embed::url_state::ViewState;
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

/// What a mount holds on to; dropping it unmounts the scorecard (its
/// nodes and effects) and removes the listener the mount added.
struct Mounted {
    _view: Box<dyn Any>,
    target: web_sys::HtmlElement,
    on_click: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback("click", self.on_click.as_ref().unchecked_ref());
    }
}

/// `scorecard:select` when a reader opens a figure's source sentence (the
/// card's "show source"), read once the click has taken effect.
fn on_select(
    host: web_sys::HtmlElement,
    sc: Arc<scorecard_core::Scorecard>,
    state: RwSignal<ViewState>,
) -> Closure<dyn Fn(web_sys::Event)> {
    Closure::new(move |ev: web_sys::Event| {
        let toggle = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-testid=source-toggle]").ok().flatten());
        let Some(toggle) = toggle else {
            return;
        };
        let (host, sc) = (host.clone(), sc.clone());
        set_timeout(
            move || {
                if toggle.get_attribute("aria-expanded").as_deref() != Some("true") {
                    return;
                }
                let id = toggle
                    .closest("[data-metric-id]")
                    .ok()
                    .flatten()
                    .and_then(|card| card.get_attribute("data-metric-id"));
                let Some(m) = id.as_deref().and_then(|id| sc.metric(id)) else {
                    return;
                };
                let lang = state.with_untracked(|s| s.lang).unwrap_or(sc.default_lang);
                emit(
                    &host,
                    "select",
                    &object(&[
                        ("id", m.id.as_str().into()),
                        ("label", m.label.text(lang).into()),
                        ("value", JsValue::from(m.value)),
                        ("unit", m.unit.written().into()),
                    ]),
                );
            },
            std::time::Duration::ZERO,
        );
    })
}

thread_local! {
    /// Mounted scorecards by key; removing one unmounts it.
    static MOUNTED: RefCell<Vec<(u32, Mounted)>> = const { RefCell::new(Vec::new()) };
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

/// A plain object from text fields.
fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Dispatches `scorecard:<name>` on `host`, bubbling and composed.
fn emit(host: &web_sys::HtmlElement, name: &str, detail: &js_sys::Object) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(ev) =
        web_sys::CustomEvent::new_with_event_init_dict(&format!("scorecard:{name}"), &init)
    {
        let _ = host.dispatch_event(&ev);
    }
}

/// Mounts the scorecard `json` into `target` (inside `host`'s shadow
/// root) with `options` (`[[name, value], …]`). An invalid file is shown
/// as the error panel, reported as `scorecard:error` and returned as an
/// error; bad options are an error before anything is drawn.
#[wasm_bindgen(js_name = mountHandle)]
pub fn mount_handle(
    target: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    json: String,
    list: js_sys::Array,
) -> Result<EmbedHandle, JsValue> {
    let given = pairs(&list);
    // An embed is light unless the host asks otherwise.
    let start = ViewState {
        theme: Some(Theme::Light),
        ..ViewState::default()
    };
    let state = options::apply(&start, given.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| JsValue::from_str(&e))?;
    let text: Arc<str> = Arc::from(json);
    let state = RwSignal::new(state);
    let loaded = scorecard_core::load_str(&text);
    let source = text.clone();
    let events_host = host.clone();
    let mounted = leptos::mount::mount_to(target.clone(), move || {
        let host = events_host.clone();
        // Every change of what the reader sees, after the first.
        Effect::new(move |seen: Option<()>| {
            let (view, section, lang, q) =
                state.with(|s| (s.view, s.section.clone(), s.lang, s.q.clone()));
            if seen.is_some() {
                emit(
                    &host,
                    "view",
                    &object(&[
                        ("view", view.as_str().into()),
                        (
                            "section",
                            section.map(JsValue::from).unwrap_or(JsValue::NULL),
                        ),
                        (
                            "lang",
                            lang.map(|l| JsValue::from(l.as_str()))
                                .unwrap_or(JsValue::NULL),
                        ),
                        ("query", q.into()),
                    ]),
                );
            }
        });
        view! { <ScorecardApp source=source.clone() state=state owns_page=false /> }
    });
    match loaded {
        Ok(sc) => {
            let sc = Arc::new(sc);
            let on_click = on_select(host.clone(), sc.clone(), state);
            let _ =
                target.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
            emit(
                &host,
                "ready",
                &object(&[
                    ("id", sc.id.as_str().into()),
                    ("title", sc.title.text(sc.default_lang).into()),
                    ("figures", JsValue::from(sc.metrics().count() as u32)),
                ]),
            );
            let key = NEXT.with(|n| {
                n.set(n.get().wrapping_add(1));
                n.get()
            });
            let entry = Mounted {
                _view: Box::new(mounted),
                target,
                on_click,
            };
            MOUNTED.with(|m| m.borrow_mut().push((key, entry)));
            Ok(EmbedHandle { state, text, key })
        }
        Err(problems) => {
            let list = js_sys::Array::new();
            for p in &problems {
                list.push(&object(&[
                    ("path", p.path.as_str().into()),
                    ("line", JsValue::from(p.pos.line)),
                    ("column", JsValue::from(p.pos.col)),
                    ("kind", p.kind.as_str().into()),
                    ("message", p.message.as_str().into()),
                ]));
            }
            emit(&host, "error", &object(&[("problems", list.into())]));
            // The panel stays on the page until the host removes it.
            mounted.forget();
            let first = problems.first().map(|p| p.to_string()).unwrap_or_default();
            Err(JsValue::from_str(&format!(
                "the scorecard is invalid: {first}"
            )))
        }
    }
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

    /// Unmounts: the scorecard's nodes, effects and listeners go.
    pub fn destroy(&self) {
        let gone = MOUNTED.with(|m| {
            let mut m = m.borrow_mut();
            let at = m.iter().position(|(k, _)| *k == self.key)?;
            Some(m.swap_remove(at))
        });
        drop(gone);
    }
}
