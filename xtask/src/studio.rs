//! `dist/studio.html`: the editors' studio as one self-contained file
//! (works from `file://`). Its own WASM entry (`--bin studio`, see
//! `wasm.rs`); the page carries the engine, the styles and the
//! direct-mount loader, from which the studio makes the pages and sites
//! it publishes.

use std::path::Path;

use crate::bundle::{base64, escape};
use crate::cmd::{self, Result};
use crate::wasm::Built;

/// Builds the studio and writes `dist/studio.html`; returns the size of
/// its optimised WASM in bytes.
pub fn build(root: &Path, dist: &Path) -> Result<u64> {
    let Built { glue, wasm } = crate::wasm::build(root, "studio")?;
    let mut css = String::new();
    for name in ["style/main.css", "style/print.css", "style/studio.css"] {
        css.push_str(&cmd::read(&root.join(name))?);
        css.push('\n');
    }
    // Names the studio's published site uses for the engine's files.
    let embed = cmd::read(&root.join("web/embed.js"))?
        .replace("__SCORECARD_GLUE__", "./scorecard.js")
        .replace("__SCORECARD_WASM__", "./scorecard_bg.wasm")
        .replace("__SCORECARD_CSS__", "./scorecard.css")
        // In JavaScript `<\/` reads as `</` (strings, regular expressions)
        // or is a comment; in the page it cannot close the block.
        .replace("</", "<\\/");
    for (what, text) in [("embed.js", &embed), ("the glue", &glue), ("the CSS", &css)] {
        if text.contains("</script") || text.contains("</style") {
            return Err(format!(
                "{what} contains a closing tag; it cannot go inline"
            ));
        }
    }
    let page = format!(
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"color-scheme\" content=\"light dark\" />\n\
         <title>{}</title>\n<link rel=\"icon\" href=\"data:,\" />\n\
         <style id=\"scorecard-style\">\n{css}</style>\n</head>\n<body>\n\
         <noscript>{}</noscript>\n\
         <script type=\"text/plain\" id=\"scorecard-embed-js\">{embed}</script>\n\
         <script type=\"application/octet-stream\" id=\"scorecard-wasm\">{}</script>\n\
         <script type=\"module\" id=\"scorecard-engine\">\n{glue}\n// scorecard: start\n\
         initSync({{ module: Uint8Array.from(atob(document.getElementById('scorecard-wasm').textContent.trim()), (c) => c.charCodeAt(0)) }});\n\
         </script>\n</body>\n</html>\n",
        escape("数据卡工作台 · Scorecard studio"),
        escape("数据卡工作台需要 JavaScript。The scorecard studio needs JavaScript."),
        base64(&wasm),
    );
    cmd::write(&dist.join("studio.html"), &page)?;
    Ok(wasm.len() as u64)
}
