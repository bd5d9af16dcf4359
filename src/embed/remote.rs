//! Reads a scorecard file from an address: an iframe's `?src=`, a direct
//! mount's `src` option or `data-src`. Only `https:` addresses and the
//! page's own origin are read (`scorecard_core::remote::allowed`); the
//! browser is asked to revalidate, so a file updated after publication
//! shows on the next load.

use scorecard_core::remote;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::source::Source;

/// The file at `src` (resolved against the page), or the problem that
/// says why it could not be read. `own` marks an address `embed.js` made
/// from a checked scorecard id beside itself, which is read like its own
/// scripts.
pub async fn read(src: &str, own: bool) -> Source {
    let Some(w) = web_sys::window() else {
        return Source::Failed(remote::unreachable(src));
    };
    let page = w.location();
    let url = page
        .href()
        .ok()
        .and_then(|base| web_sys::Url::new_with_base(src, &base).ok());
    let Some(url) = url.filter(|u| {
        let page_origin = page.origin().unwrap_or_default();
        remote::allowed(&u.protocol(), &u.origin(), &page_origin)
            || (own && matches!(u.protocol().as_str(), "http:" | "https:"))
    }) else {
        return Source::Failed(remote::refused(src));
    };
    let href = url.href();
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let Ok(answer) = JsFuture::from(w.fetch_with_str_and_init(&href, &init)).await else {
        return Source::Failed(remote::unreachable(&href));
    };
    let Ok(answer) = answer.dyn_into::<web_sys::Response>() else {
        return Source::Failed(remote::unreachable(&href));
    };
    if !answer.ok() {
        return Source::Failed(remote::answered(&href, answer.status()));
    }
    let text = match answer.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    match text {
        Some(text) => Source::Text(text.into()),
        None => Source::Failed(remote::unreachable(&href)),
    }
}
