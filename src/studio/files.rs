//! Files an editor opens: read in the page, never sent anywhere.

use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The largest file the studio reads at all; larger ones get a message.
pub const MAX_FILE: f64 = 64.0 * 1024.0 * 1024.0;

/// Why a picked file gave no bytes.
pub enum Unread {
    /// Over [`MAX_FILE`]: its size in bytes.
    TooLarge(f64),
    /// The browser could not read it (moved, or no permission): its reason.
    Failed(String),
}

/// Reads the file picked in the `<input type=file>` of `ev` (through
/// `gloo-file`'s reader) and hands its name and bytes, or why there are
/// none, to `then`; clears the input so the same file can be picked again.
pub fn read_picked(
    ev: &web_sys::Event,
    then: impl FnOnce(String, Result<Vec<u8>, Unread>) + 'static,
) {
    let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
    let Some(input) = input else {
        return;
    };
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    let Some(file) = file else {
        return;
    };
    let name = file.name();
    if file.size() > MAX_FILE {
        then(name, Err(Unread::TooLarge(file.size())));
        return;
    }
    let file = gloo_file::File::from(file);
    spawn_local(async move {
        let read = gloo_file::futures::read_as_bytes(&file).await;
        then(name, read.map_err(|e| Unread::Failed(e.to_string())));
    });
}

/// Text from bytes: UTF-8, else GB 18030 (older Chinese files), decoded by
/// the browser.
pub fn text(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.strip_prefix('\u{feff}').unwrap_or(s).to_string();
    }
    web_sys::TextDecoder::new_with_label("gb18030")
        .ok()
        .and_then(|d| d.decode_with_u8_array(bytes).ok())
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())
}

/// An opened article as text: HTML read as text (nothing in it runs).
pub fn article_text(name: &str, text: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || text.trim_start().starts_with('<') {
        scorecard_core::draft::html::text(text)
    } else {
        text.replace("\r\n", "\n")
    }
}
