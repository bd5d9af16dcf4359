//! Scorecards bundled with the page: `cargo xtask inline-data` (a Trunk
//! hook) writes each `data/*.json` into the HTML as
//! `<script type="application/json" data-scorecard-bundle="<id>">`, so the
//! page needs no request after load and the WASM carries no data.

use wasm_bindgen::JsCast;

/// The JSON text of the bundled scorecard `id`, or of the first (default)
/// one when `id` is `None` or not bundled; `None` when the page has none.
pub fn find(id: Option<&str>) -> Option<(String, String)> {
    let doc = web_sys::window()?.document()?;
    let blocks = doc
        .query_selector_all("script[type=\"application/json\"][data-scorecard-bundle]")
        .ok()?;
    let mut first = None;
    for i in 0..blocks.length() {
        let Some(el) = blocks
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let block_id = el
            .get_attribute("data-scorecard-bundle")
            .unwrap_or_default();
        let text = el.text_content().unwrap_or_default();
        if id == Some(block_id.as_str()) {
            return Some((block_id, text));
        }
        if first.is_none() {
            first = Some((block_id, text));
        }
    }
    first
}
