//! Small wrappers over browser APIs the components use.

use wasm_bindgen::prelude::*;

/// Whether the system asks for a dark colour scheme (never, when rendering
/// at build time).
pub fn prefers_dark() -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return false;
    }
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Today's local date as `YYYY-MM-DD`, for citations.
#[cfg(target_arch = "wasm32")]
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Today's UTC date as `YYYY-MM-DD`, when rendering at build time.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    scorecard_core::date::today_utc()
}

/// Whether the `<details>` a toggle event came from is now open.
pub fn details_open(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// The folder of the current page's URL, for embed snippets.
pub fn page_base() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    page[..page.rfind('/').map_or(0, |i| i + 1)].to_string()
}

/// Offers `text` as a file download, made in the page (no request).
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    download_blob(name, &blob);
}

/// Offers `blob` as a file download named `name`.
pub fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let doc = leptos::prelude::document();
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies `text` to the clipboard where the page may; silently does nothing
/// where it may not (insecure or sandboxed contexts).
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let clipboard = w.navigator().clipboard();
        let _ = clipboard.write_text(text);
    }
}

/// Scrolls an element into the middle of the view, without animation when
/// the reader asks for reduced motion.
pub fn scroll_into_view(el: &web_sys::Element) {
    let reduce = web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches());
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(if reduce {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Lower-cases text for search (a [`scorecard_core::search::Fold`]): the
/// browser's own `toLowerCase`, so the WASM carries no Unicode case tables.
#[cfg(target_arch = "wasm32")]
pub fn fold(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// Lower-cases text for search (rendering at build time).
#[cfg(not(target_arch = "wasm32"))]
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}
