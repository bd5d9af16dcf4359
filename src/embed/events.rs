//! What a host hears from a scorecard: `scorecard:ready`, `scorecard:view`,
//! `scorecard:select` and `scorecard:error`, each with a typed detail that
//! serde-wasm-bindgen turns into a plain object. A direct mount dispatches
//! them on its host element (bubbling and `composed`, so they cross the
//! shadow boundary); a framed page posts them to its parent window, in
//! pym.js's message shape when pym.js started it and as
//! `{sentinel: "scorecard", type, detail}` always (README, "Events").

use leptos::prelude::*;
use scorecard_core::{Lang, Metric, Problem, Scorecard};
use send_wrapper::SendWrapper;
use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::embed::url_state::ViewState;
use crate::types::View;

/// `scorecard:ready`: the scorecard is drawn.
#[derive(Serialize)]
struct Ready<'a> {
    id: &'a str,
    /// In the scorecard's own language.
    title: &'a str,
    /// How many figures (metrics) it has.
    figures: u32,
}

/// `scorecard:view`: the reader changed what they see.
#[derive(Serialize)]
struct ViewChange<'a> {
    view: &'a str,
    /// `null`: the first section.
    section: Option<&'a str>,
    /// `null`: the scorecard's own language.
    lang: Option<&'a str>,
    query: &'a str,
}

/// `scorecard:select`: the reader opened a figure's source sentence.
#[derive(Serialize)]
struct Select<'a> {
    id: &'a str,
    /// In the reader's language.
    label: &'a str,
    value: f64,
    /// As the file writes it.
    unit: &'a str,
}

/// `scorecard:error`: the file is invalid or could not be read.
#[derive(Serialize)]
struct Failed<'a> {
    problems: Vec<ProblemDetail<'a>>,
}

/// One problem, as `cargo xtask check` reports it.
#[derive(Serialize)]
struct ProblemDetail<'a> {
    path: &'a str,
    line: u32,
    column: u32,
    kind: &'a str,
    message: &'a str,
}

/// The plain message a framed page posts to its parent.
#[derive(Serialize)]
struct Posted<'a, T> {
    sentinel: &'static str,
    #[serde(rename = "type")]
    kind: &'a str,
    detail: &'a T,
}

/// Where a scorecard's events go.
#[derive(Clone)]
pub enum Sink {
    /// A direct mount's host element.
    Host(web_sys::HtmlElement),
    /// The parent of a framed page.
    Parent {
        /// The parent window.
        parent: web_sys::Window,
        /// pym.js's child id, when pym.js started the frame.
        child_id: Option<String>,
    },
}

impl Sink {
    /// The parent window, when this page is in a frame.
    pub fn parent(child_id: Option<String>) -> Option<Sink> {
        let w = web_sys::window()?;
        let parent = w.parent().ok().flatten()?;
        (!js_sys::Object::is(&parent, w.as_ref())).then_some(Sink::Parent { parent, child_id })
    }

    /// Sends `scorecard:<name>` with `detail`; `None` fields become `null`.
    pub fn send(&self, name: &str, detail: &impl Serialize) {
        let kind = format!("scorecard:{name}");
        let to_js = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
        match self {
            Sink::Host(host) => {
                let Ok(detail) = detail.serialize(&to_js) else {
                    return;
                };
                let init = web_sys::CustomEventInit::new();
                init.set_bubbles(true);
                init.set_composed(true);
                init.set_detail(&detail);
                if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(&kind, &init) {
                    let _ = host.dispatch_event(&ev);
                }
            }
            Sink::Parent { parent, child_id } => {
                let posted = Posted {
                    sentinel: "scorecard",
                    kind: &kind,
                    detail,
                };
                let Ok(message) = posted.serialize(&to_js) else {
                    return;
                };
                // Any origin may embed a scorecard; what it hears is the
                // published figures and the reader's view of them.
                if let Some(id) = child_id {
                    let detail = js_sys::Reflect::get(&message, &JsValue::from_str("detail"))
                        .ok()
                        .and_then(|d| js_sys::JSON::stringify(&d).ok())
                        .and_then(|s| s.as_string());
                    if let Some(json) = detail {
                        let pym = format!("pymxPYMx{id}xPYMx{kind}xPYMx{json}");
                        let _ = parent.post_message(&JsValue::from_str(&pym), "*");
                    }
                }
                let _ = parent.post_message(&message, "*");
            }
        }
    }

    /// Sends `scorecard:error` with `problems`.
    pub fn failed(&self, problems: &[Problem]) {
        let problems = problems
            .iter()
            .map(|p| ProblemDetail {
                path: &p.path,
                line: p.pos.line,
                column: p.pos.col,
                kind: p.kind.as_str(),
                message: &p.message,
            })
            .collect();
        self.send("error", &Failed { problems });
    }
}

/// The events of one drawn scorecard, provided as context so a card can
/// say when it is opened. `Copy`, like the scorecard's own context; the
/// sink is only ever used on the page's one thread.
#[derive(Clone, Copy)]
pub struct HostEvents(StoredValue<SendWrapper<Sink>>);

impl HostEvents {
    /// Sends `ready` for `sc`, then `view` on every change of `state`.
    pub fn start(sink: Sink, sc: &Scorecard, state: RwSignal<ViewState>) -> HostEvents {
        sink.send(
            "ready",
            &Ready {
                id: &sc.id,
                title: sc.title.text(sc.default_lang),
                figures: sc.metrics().count() as u32,
            },
        );
        let events = HostEvents(StoredValue::new(SendWrapper::new(sink)));
        // Sends when what the reader sees changes (not on the first run).
        Effect::new(
            move |before: Option<(View, Option<String>, Option<Lang>, String)>| {
                let now = state.with(|s| (s.view, s.section.clone(), s.lang, s.q.clone()));
                if before.is_some_and(|b| b != now) {
                    let (view, section, lang, q) = &now;
                    events.0.with_value(|sink| {
                        sink.send(
                            "view",
                            &ViewChange {
                                view: view.as_str(),
                                section: section.as_deref(),
                                lang: lang.map(Lang::as_str),
                                query: q,
                            },
                        )
                    });
                }
                now
            },
        );
        events
    }

    /// Sends `select` for `m`, labelled in `lang`.
    pub fn select(&self, m: &Metric, lang: Lang) {
        self.0.with_value(|sink| {
            sink.send(
                "select",
                &Select {
                    id: &m.id,
                    label: m.label.text(lang),
                    value: m.value,
                    unit: m.unit.written(),
                },
            )
        });
    }
}
