//! The "嵌入 / Embed" control: copyable snippets that put the current view
//! into a host page by iframe (pym.js) or by direct mount.

use leptos::prelude::*;
use scorecard_core::Lang;

use crate::components::text::lang_attr;
use crate::context::use_ctx;
use crate::embed::{browser, history};
use crate::i18n::Ui;

/// Escapes text for a single-quoted JavaScript string inside an HTML
/// `<script>`: data never closes the string or the script.
pub fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '\'' | '"' | '<' | '>' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe snippet for pym.js.
pub fn pym_snippet(base: &str, query: &str, id: &str, title: &str) -> String {
    format!(
        "<div id=\"scorecard-{id}\"></div>\n\
         <script src=\"{base}demo/pym.v1.min.js\"></script>\n\
         <script>new pym.Parent('scorecard-{id}', '{}', {{ title: '{}' }});</script>",
        js_string(&format!("{base}index.html{query}")),
        js_string(title)
    )
}

/// The direct-mount snippet.
pub fn mount_snippet(base: &str, id: &str, lang: Lang, section: &str) -> String {
    format!(
        "<div data-scorecard=\"{}\" data-lang=\"{}\" data-section=\"{}\"></div>\n\
         <script src=\"{}embed.js\" defer></script>",
        attr(id),
        lang.as_str(),
        attr(section),
        attr(base)
    )
}

/// Shows both snippets for the current view, each with a copy button.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let open = RwSignal::new(false);
    let snippets = move || {
        let state = ctx.state.get();
        let base = &browser::page_base();
        let mut shared = state.clone();
        shared.theme = None;
        let l = lang.get();
        let title = ctx.sc().title.text(l).to_string();
        [
            (
                Ui::EmbedPym.tr(l),
                pym_snippet(base, &history::query(&shared), &ctx.sc().id, &title),
            ),
            (
                Ui::EmbedMount.tr(l),
                mount_snippet(base, &ctx.sc().id, l, &ctx.section_id()),
            ),
        ]
    };
    view! {
        <details class="sc-data sc-embed" on:toggle=move |ev| open.set(browser::details_open(&ev))>
            <summary lang=move || lang_attr(lang.get())>{move || Ui::Embed.tr(lang.get())}</summary>
            <div class="sc-data-menu" data-testid="embed-code">
                {move || {
                    // Built when opened: they read the page's own address.
                    open.get().then(|| snippets()
                        .into_iter()
                        .map(|(label, code)| {
                            let copied = RwSignal::new(false);
                            let text = code.clone();
                            view! {
                                <div class="sc-snippet">
                                    <p>{label}</p>
                                    <pre><code data-testid="snippet">{code}</code></pre>
                                    <button type="button" on:click=move |_| {
                                        browser::copy_text(&text);
                                        copied.set(true);
                                    }>{move || if copied.get() { Ui::Copied.tr(lang.get()) } else { Ui::CopyCode.tr(lang.get()) }}</button>
                                </div>
                            }
                        })
                        .collect_view())
                }}
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_break_out_of_snippets() {
        let js = js_string("a'b\"c</script><script>alert(1)</script>\\\n");
        assert!(!js.contains(['\'', '"', '<', '>', '\n']), "{js}");
        assert_eq!(
            js.matches('\\').count(),
            js.matches("\\u").count(),
            "only \\u escapes"
        );
        assert!(!js.contains("</script>"));
        assert_eq!(js_string("零陵 1"), "零陵 1");
        let s = pym_snippet(
            "https://x.example/a/",
            "?section=income",
            "lingling-2020",
            "T'</script>",
        );
        assert!(s.contains("'https://x.example/a/index.html?section=income'"));
        assert_eq!(s.matches("</script>").count(), 2, "{s}");
        let m = mount_snippet("https://x.example/a/", "id", Lang::En, "x\"y");
        assert!(m.contains("data-section=\"x&quot;y\""));
    }
}
