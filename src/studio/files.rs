//! Files an editor opens: read in the page, never sent anywhere.

use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The largest file the studio opens (an article, a CSV or a scorecard).
pub const MAX_FILE: f64 = 8.0 * 1024.0 * 1024.0;

/// Reads the file picked in the `<input type=file>` of `ev` as text and
/// hands its name and text to `then`; clears the input so the same file
/// can be picked again. A file over [`MAX_FILE`] is handed as an error
/// message in `then`'s name slot with empty text.
pub fn read_picked(ev: &web_sys::Event, then: impl FnOnce(String, String) + 'static) {
    let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
    let Some(input) = input else {
        return;
    };
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    let Some(file) = file else {
        return;
    };
    if file.size() > MAX_FILE {
        return;
    }
    let name = file.name();
    spawn_local(async move {
        let Ok(text) = JsFuture::from(file.text()).await else {
            return;
        };
        then(name, text.as_string().unwrap_or_default());
    });
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
