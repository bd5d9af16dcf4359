//! Tells a host page how tall the scorecard is, in the protocols newsroom
//! pages already run (pym.js, AMP, Datawrapper, Flourish), so no new host
//! script is needed.
//!
//! Heights come from a ResizeObserver on the content wrapper, so the frame
//! grows and shrinks with the content. Messages from the host are accepted
//! only from the parent window and only in pym.js's `width` shape.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, MessageEvent, ResizeObserver, Window};

/// Largest height ever reported, in CSS pixels.
pub const MAX_HEIGHT: u32 = 100_000;

/// A pym.js `childId`: what pym's parent generates and what is safe to echo.
pub fn valid_child_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// The pym.js message a child sends to report its height.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// Reads a pym.js parent's `width` message for `child_id`; anything else,
/// including other children's messages, is `None`.
pub fn parse_pym_width(child_id: &str, message: &str) -> Option<u32> {
    let rest = message.strip_prefix("pymxPYMx")?;
    let (id, rest) = rest.split_once("xPYMx")?;
    let width = rest.strip_prefix("widthxPYMx")?;
    if id != child_id
        || width.is_empty()
        || width.len() > 6
        || !width.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    width.parse().ok()
}

/// A measured height as a whole number of pixels within the sane range.
pub fn clamp_height(px: f64) -> u32 {
    if px.is_finite() {
        px.ceil().clamp(0.0, f64::from(MAX_HEIGHT)) as u32
    } else {
        0
    }
}

/// Whether this page is inside a frame.
fn framed(w: &Window) -> bool {
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, w.as_ref()),
        _ => false,
    }
}

/// The pym.js `childId` in this page's URL, when pym.js framed it.
pub fn child_id() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("childId")
        .filter(|id| valid_child_id(id))
}

/// Marks `<html>` as `embedded` or `not-embedded` and, when framed, reports
/// the height of `wrapper` to the parent whenever it changes.
pub fn start(wrapper: &Element, card_id: &str) {
    let Some(w) = web_sys::window() else { return };
    let is_framed = framed(&w);
    if let Some(html) = w.document().and_then(|d| d.document_element()) {
        let _ = html.class_list().add_1(if is_framed {
            "embedded"
        } else {
            "not-embedded"
        });
    }
    if !is_framed {
        return;
    }
    let Ok(Some(parent)) = w.parent() else { return };
    let child_id = child_id();
    let last = Rc::new(Cell::new(0u32));
    let send = {
        let wrapper = wrapper.clone();
        let parent = parent.clone();
        let child_id = child_id.clone();
        let card_id = card_id.to_string();
        let last = last.clone();
        move |force: bool| {
            let rect = wrapper.get_bounding_client_rect();
            let scroll_y = web_sys::window()
                .and_then(|w| w.scroll_y().ok())
                .unwrap_or(0.0);
            let h = clamp_height(rect.bottom() + scroll_y);
            if h == 0 || (!force && h == last.get()) {
                return;
            }
            last.set(h);
            post(
                &parent,
                &JsValue::from_str(&pym_height(child_id.as_deref().unwrap_or(""), h)),
                child_id.is_some(),
            );
            let amp = js_sys::Object::new();
            set(&amp, "sentinel", &"amp".into());
            set(&amp, "type", &"embed-size".into());
            set(&amp, "height", &h.into());
            post(&parent, &amp, true);
            let dw = js_sys::Object::new();
            let inner = js_sys::Object::new();
            set(&inner, child_id.as_deref().unwrap_or(&card_id), &h.into());
            set(&dw, "datawrapper-height", &inner);
            post(&parent, &dw, true);
            let flourish = format!(
                "{{\"sender\":\"Flourish\",\"context\":\"iframe.resize\",\"method\":\"resize\",\"height\":{h}}}"
            );
            post(&parent, &JsValue::from_str(&flourish), true);
        }
    };
    let send = Rc::new(send);
    let on_resize = {
        let send = send.clone();
        Closure::<dyn Fn()>::new(move || send(false))
    };
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(wrapper);
    }
    on_resize.forget();
    // Listens for the page's lifetime (gloo-events would remove it on drop).
    let on_width = send.clone();
    gloo_events::EventListener::new(&w, "message", move |ev| {
        let Some(ev) = ev.dyn_ref::<MessageEvent>() else {
            return;
        };
        let from_parent = ev
            .source()
            .is_some_and(|s| js_sys::Object::is(s.as_ref(), parent.as_ref()));
        if !from_parent {
            return;
        }
        let (Some(id), Some(text)) = (child_id.as_deref(), ev.data().as_string()) else {
            return;
        };
        if parse_pym_width(id, &text).is_some() {
            on_width(true);
        }
    })
    .forget();
    send(true);
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

/// Posts to the parent; heights are not secret, so any origin may read them.
fn post(parent: &Window, message: &JsValue, enabled: bool) {
    if enabled {
        let _ = parent.post_message(message, "*");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages() {
        assert_eq!(pym_height("sc-1", 812), "pymxPYMxsc-1xPYMxheightxPYMx812");
        let cases = [
            ("pymxPYMxsc-1xPYMxwidthxPYMx640", Some(640)),
            ("pymxPYMxsc-2xPYMxwidthxPYMx640", None),
            ("pymxPYMxsc-1xPYMxheightxPYMx640", None),
            ("pymxPYMxsc-1xPYMxwidthxPYMx", None),
            ("pymxPYMxsc-1xPYMxwidthxPYMx64a", None),
            ("pymxPYMxsc-1xPYMxwidthxPYMx99999999", None),
            ("pymxPYMxsc-1xPYMxnavigateToxPYMxjavascript:alert(1)", None),
            ("", None),
        ];
        for (msg, want) in cases {
            assert_eq!(parse_pym_width("sc-1", msg), want, "{msg}");
        }
    }

    #[test]
    fn child_ids_and_heights() {
        assert!(valid_child_id("example-1_a.b"));
        assert!(!valid_child_id(""));
        assert!(!valid_child_id("a\"b"));
        assert!(!valid_child_id(&"a".repeat(65)));
        assert_eq!(clamp_height(811.2), 812);
        assert_eq!(clamp_height(-5.0), 0);
        assert_eq!(clamp_height(f64::NAN), 0);
        assert_eq!(clamp_height(1e12), MAX_HEIGHT);
    }
}
