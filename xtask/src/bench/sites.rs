//! The pages the benchmark compares: the bundle with synthetic data put in,
//! the same page with its scripts removed, and the vanilla-JS reference.

use std::fs;
use std::path::Path;

use super::DATA_OPEN;
use crate::cmd::{self, Result};
use crate::dist;

/// Byte ranges of every data block in `html`, each with the line break
/// that follows it.
pub(super) fn find_blocks(html: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(DATA_OPEN) {
        let start = from + i;
        let Some(end) = html[start..].find("</script>") else {
            break;
        };
        let mut end = start + end + "</script>".len();
        if html[end..].starts_with('\n') {
            end += 1;
        }
        out.push((start, end));
        from = end;
    }
    out
}

/// `html` with its data blocks replaced by `blocks` (at the first one's place).
pub(super) fn with_data(html: &str, blocks: &str) -> Result<String> {
    let ranges = find_blocks(html);
    let Some(&(first, _)) = ranges.first() else {
        return Err("the page has no data block to replace".into());
    };
    let mut out = String::with_capacity(html.len() + blocks.len());
    let mut at = 0;
    for (i, (start, end)) in ranges.into_iter().enumerate() {
        out.push_str(&html[at..start]);
        if i == 0 {
            debug_assert_eq!(start, first);
            out.push_str(blocks);
        }
        at = end;
    }
    out.push_str(&html[at..]);
    Ok(out)
}

/// The `<div data-prerendered>…</div>` element of `html` (the default view
/// rendered at build time), as a byte range.
pub(super) fn prerendered_range(html: &str) -> Option<(usize, usize)> {
    let start = html.find("<div data-prerendered")?;
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let open = html[at..].find("<div").map(|i| at + i);
        let close = html[at..].find("</div>").map(|i| at + i);
        match (open, close) {
            (Some(o), Some(c)) if o < c => {
                depth += 1;
                at = o + 4;
            }
            (_, Some(c)) => {
                depth -= 1;
                at = c + "</div>".len();
                if depth == 0 {
                    return Some((start, at));
                }
            }
            _ => return None,
        }
    }
}

/// When the build pre-renders the default view into the page, renders it
/// again for `data` (with `bundle::render_view`, as the build does), so a
/// synthetic page paints its own figures first, as a build with that
/// scorecard would.
pub(super) fn with_prerendered(root: &Path, html: &str, data: &Path) -> Result<String> {
    let Some((start, end)) = prerendered_range(html) else {
        return Ok(html.to_string());
    };
    let view = crate::bundle::render_view(root, data)?;
    Ok(format!(
        "{}<div data-prerendered>{}</div>{}",
        &html[..start],
        view.trim(),
        &html[end..]
    ))
}

/// `html` without its data blocks: the page part of the shell.
pub(super) fn without_data(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (start, end) in find_blocks(html) {
        out.push_str(&html[at..start]);
        at = end;
    }
    out.push_str(&html[at..]);
    out
}

/// `html` without any `<script>` element and without `modulepreload` /
/// `preload` links (they fetch the JS and WASM the page no longer runs).
pub(super) fn without_scripts(html: &str) -> String {
    crate::bundle::without_tags(
        html,
        &[
            "<script",
            "<link rel=\"modulepreload\"",
            "<link rel=\"preload\"",
        ],
    )
}

/// Copies the files directly inside `from` (not standalone.html, not the
/// zip, no sub-directories: the page needs none of them) into a fresh `to`.
pub(super) fn copy_top_files(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        let name = entry.file_name();
        if !path.is_file() || name == "standalone.html" || name == dist::ZIP {
            continue;
        }
        fs::copy(&path, to.join(&name)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The stylesheets dist/index.html links, in order.
pub(super) fn stylesheets(index: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = index;
    while let Some(i) = rest.find("<link rel=\"stylesheet\"") {
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j);
        let tag = &rest[i..tag_end];
        if let Some(h) = tag.find("href=\"") {
            let href = &tag[h + 6..];
            if let Some(q) = href.find('"') {
                out.push(href[..q].trim_start_matches("./").to_string());
            }
        }
        rest = &rest[tag_end..];
    }
    out
}

pub(super) fn write_vanilla(
    root: &Path,
    dist: &Path,
    index: &str,
    to: &Path,
    page: &str,
) -> Result {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    cmd::write(&to.join("index.html"), page)?;
    let js = root.join("bench/vanilla.js");
    fs::copy(&js, to.join("vanilla.js")).map_err(|e| format!("{}: {e}", js.display()))?;
    let mut css = String::new();
    for name in stylesheets(index) {
        css.push_str(&cmd::read(&dist.join(&name))?);
        css.push('\n');
    }
    cmd::write(&to.join("app.css"), &css)
}
