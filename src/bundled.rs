//! Scorecards bundled with the page: `cargo xtask inline-data` (a Trunk
//! hook) writes each `data/*.json` into the HTML as
//! `<script type="application/json" data-scorecard-bundle="<id>" data-lang="<lang>">`, so the
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
    block(id).and_then(|el| el.text_content())
}

/// The default language the block of scorecard `id` names (`data-lang`).
pub fn lang(id: &str) -> Option<scorecard_core::Lang> {
    scorecard_core::Lang::parse(&block(id)?.get_attribute("data-lang")?)
}

/// Size of the pieces [`pieces`] reads, in UTF-16 code units.
pub const PIECE: u32 = 32 * 1024;

/// The JSON text of the bundled scorecard `id` in pieces of at most
/// [`PIECE`] code units, so the whole text is never copied into the WASM
/// memory at once. Empty when the page has no such block.
pub fn pieces(id: &str) -> impl Iterator<Item = String> {
    let text: Option<js_sys::JsString> = block(id)
        .and_then(|el| js_sys::Reflect::get(&el, &"textContent".into()).ok())
        .and_then(|v| v.dyn_into().ok());
    let len = text.as_ref().map_or(0, |t| t.length());
    let mut start = 0;
    std::iter::from_fn(move || {
        let t = text.as_ref()?;
        if start >= len {
            return None;
        }
        let end = piece_end(start, len, PIECE, |i| {
            (0xD800..0xDC00).contains(&(t.char_code_at(i) as u32))
        });
        let piece = String::from(t.slice(start, end));
        start = end;
        Some(piece)
    })
}

/// Where the piece starting at `start` ends: `size` units on, or the end of
/// the text, but never between the two halves of a surrogate pair
/// (`high_at(i)`: unit `i` is a high surrogate).
fn piece_end(start: u32, len: u32, size: u32, high_at: impl Fn(u32) -> bool) -> u32 {
    let end = start.saturating_add(size.max(2)).min(len);
    if end < len && high_at(end - 1) {
        end - 1
    } else {
        end
    }
}

/// The data block of scorecard `id`.
fn block(id: &str) -> Option<web_sys::Element> {
    blocks().find(|el| el.get_attribute("data-scorecard-bundle").as_deref() == Some(id))
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

#[cfg(test)]
mod tests {
    use super::piece_end;

    #[test]
    fn pieces_never_split_a_surrogate_pair() {
        // "a😀b😀": units a, hi, lo, b, hi, lo.
        let units = [0x61u32, 0xD83D, 0xDE00, 0x62, 0xD83D, 0xDE00];
        let high = |i: u32| (0xD800..0xDC00).contains(&units[i as usize]);
        for size in 1..=7 {
            let (mut start, mut ends) = (0, Vec::new());
            while start < 6 {
                let end = piece_end(start, 6, size, high);
                assert!(end > start, "size {size}: no progress at {start}");
                assert!(!high(end - 1) || end == 6, "size {size}: split at {end}");
                ends.push(end);
                start = end;
            }
            assert_eq!(ends.last(), Some(&6));
        }
    }
}
