//! Publishing, offline: the file, a single self-contained page, a site to
//! upload, and the snippets that embed it. The page and the site are made
//! from the studio's own page, which carries the engine (the same
//! components, compiled once) and the direct-mount loader.

use leptos::prelude::*;

use super::state::{use_studio, Studio};
use super::text::S;
use crate::components::embed_code::{attr, js_string};
use crate::embed::browser;

/// Ids of the studio page's blocks that `cargo xtask dist` writes.
const ENGINE: &str = "scorecard-engine";
const WASM: &str = "scorecard-wasm";
const STYLE: &str = "scorecard-style";
const EMBED_JS: &str = "scorecard-embed-js";
/// The line in the engine block after which it starts itself.
const START: &str = "// scorecard: start";

/// The publish panel.
#[component]
pub fn Publish() -> impl IntoView {
    let st = use_studio();
    let t = move |s: S| move || s.tr(st.lang.get());
    let base = RwSignal::new(String::from("https://example.com/scorecards/"));
    let valid = move || {
        st.inspected
            .with(|i| i.scorecard.is_some() && i.problems.is_empty())
    };
    let iframe = move || {
        let id = st.id();
        let title = title(st);
        let b = base.get();
        format!(
            "<div id=\"scorecard-{id}\"></div>\n\
             <script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n\
             <script>new pym.Parent('scorecard-{id}', '{}', {{ title: '{}' }});</script>",
            js_string(&format!("{b}{id}.html")),
            js_string(&title)
        )
    };
    let mount = move || {
        let id = st.id();
        format!(
            "<div data-scorecard=\"{}\"></div>\n<script src=\"{}embed.js\" defer></script>",
            attr(&id),
            attr(&base.get())
        )
    };
    view! {
        <section class="st-panel st-publish" aria-labelledby="st-publish-h">
            <h2 id="st-publish-h">{t(S::Publish)}</h2>
            <div class="st-actions">
                <button type="button" data-testid="studio-download-json" on:click=move |_| {
                    browser::download(&format!("{}.json", st.id()), "application/json", &st.json.get_untracked());
                }>{t(S::DownloadJson)}</button>
                <button type="button" data-testid="studio-download-html" disabled=move || !valid()
                    on:click=move |_| {
                        if let Some(page) = page(st) {
                            browser::download(&format!("{}.html", st.id()), "text/html", &page);
                        }
                    }>{t(S::DownloadHtml)}</button>
                <button type="button" data-testid="studio-download-zip" disabled=move || !valid()
                    on:click=move |_| {
                        if let Some(zip) = site(st) {
                            download_bytes(&format!("{}.zip", st.id()), "application/zip", &zip);
                        }
                    }>{t(S::DownloadZip)}</button>
            </div>
            <label class="st-field">
                <span>{t(S::EmbedBase)}</span>
                <input type="url" data-testid="studio-embed-base" prop:value=move || base.get()
                    on:input=move |ev| {
                        let mut v = event_target_value(&ev);
                        if !v.is_empty() && !v.ends_with('/') {
                            v.push('/');
                        }
                        base.set(v);
                    } />
            </label>
            <Snippet label=S::EmbedIframe code=Signal::derive(iframe) testid="studio-snippet-iframe" />
            <Snippet label=S::EmbedMount code=Signal::derive(mount) testid="studio-snippet-mount" />
        </section>
    }
}

/// A snippet with a copy button.
#[component]
fn Snippet(label: S, code: Signal<String>, testid: &'static str) -> impl IntoView {
    let st = use_studio();
    let copied = RwSignal::new(false);
    view! {
        <div class="st-snippet">
            <span>{move || label.tr(st.lang.get())}</span>
            <textarea readonly rows="3" data-testid=testid prop:value=move || code.get()></textarea>
            <button type="button" on:click=move |_| {
                browser::copy_text(&code.get_untracked());
                copied.set(true);
            }>{move || if copied.get() { S::Copied } else { S::Copy }.tr(st.lang.get())}</button>
        </div>
    }
}

/// The scorecard's title in its default language.
fn title(st: Studio) -> String {
    st.inspected.with_untracked(|i| {
        i.scorecard
            .as_ref()
            .map(|sc| sc.title.text(sc.default_lang).to_string())
            .unwrap_or_default()
    })
}

/// The text of the studio page's block `id`.
fn block(id: &str) -> Option<String> {
    document().get_element_by_id(id)?.text_content()
}

/// JSON for a `<script>` data block: `<` only occurs inside JSON strings,
/// where `\u003c` means the same, so nothing can close the block.
fn data_block(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// A single self-contained page of the scorecard being edited: the
/// studio's engine starts as the reader when the page says so.
fn page(st: Studio) -> Option<String> {
    let (engine, wasm, style) = (block(ENGINE)?, block(WASM)?, block(STYLE)?);
    let json = st.json.get_untracked();
    let (lang, html_lang) = st.inspected.with_untracked(|i| {
        let l = i
            .scorecard
            .as_ref()
            .map(|sc| sc.default_lang)
            .unwrap_or_default();
        (
            l.as_str(),
            if l == scorecard_core::Lang::Zh {
                "zh-CN"
            } else {
                "en"
            },
        )
    });
    Some(format!(
        "<!doctype html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"color-scheme\" content=\"light dark\" />\n<title>{}</title>\n\
         <link rel=\"icon\" href=\"data:,\" />\n<style id=\"{STYLE}\">{style}</style>\n</head>\n\
         <body data-scorecard-page>\n\
         <script type=\"application/json\" data-scorecard-bundle=\"{}\" data-lang=\"{lang}\">{}</script>\n\
         <script type=\"application/octet-stream\" id=\"{WASM}\">{wasm}</script>\n\
         <script type=\"module\" id=\"{ENGINE}\">{engine}</script>\n</body>\n</html>\n",
        attr(&title(st)),
        attr(&st.id()),
        data_block(&json),
    ))
}

/// A site to upload anywhere: `index.html` (the single page), the file,
/// and the direct-mount loader with the engine beside it.
fn site(st: Studio) -> Option<Vec<u8>> {
    let page = page(st)?;
    let engine = block(ENGINE)?;
    let glue = engine.split(START).next()?.to_string();
    let wasm = decode_base64(block(WASM)?.trim())?;
    let style = block(STYLE)?;
    let embed = block(EMBED_JS)?;
    let id = st.id();
    let json = st.json.get_untracked();
    let data_path = format!("data/{id}.json");
    let files: Vec<(&str, &[u8])> = vec![
        ("index.html", page.as_bytes()),
        (&data_path, json.as_bytes()),
        ("embed.js", embed.as_bytes()),
        ("scorecard.js", glue.as_bytes()),
        ("scorecard_bg.wasm", &wasm),
        ("scorecard.css", style.as_bytes()),
    ];
    Some(super::zip::archive(&files))
}

/// Standard base64, as the page carries the engine.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// Offers bytes as a file download.
fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts) else {
        return;
    };
    browser::download_blob(name, &blob);
}

#[cfg(test)]
mod tests {
    use super::decode_base64;

    #[test]
    fn base64_decodes() {
        let cases: &[(&str, &[u8])] = &[
            ("", b""),
            ("Zg==", b"f"),
            ("Zm8=", b"fo"),
            ("Zm9v", b"foo"),
            ("Zm9vYg==", b"foob"),
            ("AP/+", b"\x00\xff\xfe"),
        ];
        for (text, want) in cases {
            assert_eq!(decode_base64(text).as_deref(), Some(*want), "{text}");
        }
        assert_eq!(decode_base64("Zm9v!"), None);
    }
}
