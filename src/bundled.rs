//! Scorecards bundled with the page: `cargo xtask inline-data` (a Trunk
//! hook) writes each `data/*.json` into the HTML as
//! `<script type="application/json" data-scorecard-bundle="<id>">`, so the
//! page needs no request after load and the WASM carries no data.

use wasm_bindgen::JsCast;

/// The id of the bundled scorecard `id`, or of the first (default) one when
/// `id` is `None` or not bundled; `None` when the page has none.
pub fn find(id: Option<&str>) -> Option<String> {
    let ids = blocks().map(|el| {
        el.get_attribute("data-scorecard-bundle")
            .unwrap_or_default()
    });
    let mut first = None;
    for block_id in ids {
        if id == Some(block_id.as_str()) {
            return Some(block_id);
        }
        first.get_or_insert(block_id);
    }
    first
}

/// The JSON text of the bundled scorecard `id`. Read when needed rather
/// than kept: the page holds it already, and a large scorecard would
/// otherwise sit in the WASM memory twice.
pub fn text(id: &str) -> Option<String> {
    blocks()
        .find(|el| el.get_attribute("data-scorecard-bundle").as_deref() == Some(id))
        .and_then(|el| el.text_content())
}

/// The page's data blocks, in document order.
fn blocks() -> impl Iterator<Item = web_sys::Element> {
    let list = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all("script[type=\"application/json\"][data-scorecard-bundle]")
            .ok()
    });
    let len = list.as_ref().map_or(0, |l| l.length());
    (0..len).filter_map(move |i| {
        list.as_ref()?
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
    })
}
