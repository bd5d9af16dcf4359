//! What `cargo xtask dist` adds to Trunk's output: the direct-mount loader
//! `embed.js` with its engine, the self-contained `standalone.html`, and
//! the demo article page. All come from the same sources, so they never
//! drift apart.

use std::fs;
use std::path::Path;

use crate::cmd::{self, Result};

/// Hashed file names Trunk gave the build's assets.
struct Assets {
    glue: String,
    wasm: String,
    css: Vec<String>,
}

fn find_assets(dist: &Path) -> Result<Assets> {
    let mut names: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let pick = |pred: &dyn Fn(&str) -> bool, what: &str| -> Result<String> {
        names
            .iter()
            .find(|n| pred(n))
            .cloned()
            .ok_or_else(|| format!("dist/ has no {what}"))
    };
    Ok(Assets {
        glue: pick(
            &|n| n.starts_with("scorecard-") && n.ends_with(".js"),
            "wasm-bindgen glue",
        )?,
        wasm: pick(
            &|n| n.starts_with("scorecard-") && n.ends_with("_bg.wasm"),
            ".wasm",
        )?,
        css: {
            // main first: print rules come after the screen rules.
            let mut css: Vec<String> = names
                .iter()
                .filter(|n| n.ends_with(".css"))
                .cloned()
                .collect();
            css.sort_by_key(|n| !n.starts_with("main-"));
            css
        },
    })
}

/// Writes embed.js, standalone.html, demo/ and scorecards.html into `dist`.
pub fn extras(root: &Path, dist: &Path) -> Result {
    let assets = find_assets(dist)?;
    crate::wasm::minify_glue(&dist.join(&assets.glue))?;
    minify_css(dist, &assets)?;
    externalize_boot(dist)?;
    prerender(root, dist)?;
    let engine = write_engine(root, dist, &assets)?;
    write_embed_js(root, dist, &engine, &assets)?;
    write_standalone(dist, &assets)?;
    write_demo(root, dist)?;
    crate::catalog::write(root, dist)?;
    copy_data(root, dist)
}

/// Minifies the style sheets in place with Lightning CSS (npm, pinned in
/// e2e/package.json): 3.4 → 2.5 KB brotli for the screen rules. No
/// browser targets, so modern syntax (`:has`, `light-dark`) stays as
/// written. Their integrity digests are off in index.html, as for the glue.
fn minify_css(dist: &Path, a: &Assets) -> Result {
    for name in &a.css {
        let path = dist.join(name);
        let path = path.to_str().ok_or("dist/ path is not UTF-8")?;
        cmd::run(&mut cmd::new(
            "lightningcss",
            &["--minify", path, "--output-file", path],
        ))?;
    }
    Ok(())
}

/// `data/*.json` beside embed.js, which fetches a named scorecard from there.
fn copy_data(root: &Path, dist: &Path) -> Result {
    let dir = dist.join("data");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for path in crate::inline::bundled(root)? {
        let name = path.file_name().ok_or("data file without a name")?;
        fs::copy(&path, dir.join(name)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Puts the default view, rendered natively by the `prerender` binary, into
/// the page's body, so it paints before the WASM arrives and reads with
/// JavaScript off. The app draws over it in place when it starts.
fn prerender(root: &Path, dist: &Path) -> Result {
    let path = dist.join("index.html");
    let index = cmd::read(&path)?;
    if index.contains("data-prerendered") {
        return Ok(());
    }
    let data = crate::inline::bundled(root)?;
    let default = data.first().ok_or("data/ has no scorecard")?;
    let html = render_view(root, default)?;
    let body = index.find("<body").ok_or("dist/index.html has no <body>")?;
    let open_end = body
        + index[body..]
            .find('>')
            .ok_or("dist/index.html: unclosed <body>")?
        + 1;
    // The page's head holds its first paint until the marker is parsed
    // (`<link rel="expect" blocking="render">` in index.html): a frame
    // painted halfway through the view, a card without its chart, would
    // shift when the rest arrives.
    let page = format!(
        "{}<div data-prerendered>{}</div><span id=\"sc-prerendered-end\" hidden></span>{}",
        &index[..open_end],
        html.trim(),
        &index[open_end..]
    );
    cmd::write(&path, &page)
}

/// The default view of the scorecard file `data`, rendered natively to HTML
/// by the `prerender` binary.
pub fn render_view(root: &Path, data: &Path) -> Result<String> {
    let mut cmd = crate::cmd::cargo(&[
        "run",
        "--quiet",
        "--bin",
        "prerender",
        "--no-default-features",
        "--features",
        "ssr",
        // Its own target dir: native SSR features would otherwise rebuild
        // the workspace's native artefacts each time.
        "--target-dir",
        "target/prerender",
        "--",
    ]);
    // As the browser build (.cargo/config.toml): component types erased, so
    // the page is rendered by the same views the app draws over it.
    cmd.arg(data)
        .current_dir(root)
        .env("RUSTFLAGS", "--cfg erase_components");
    crate::cmd::output(&mut cmd)
}

/// Moves Trunk's inline start-up module into a file of its own, so the page
/// runs under a Content-Security-Policy without `'unsafe-inline'` scripts,
/// and makes it wait for the first paint before fetching the WASM.
fn externalize_boot(dist: &Path) -> Result {
    let path = dist.join("index.html");
    let index = cmd::read(&path)?;
    let open = "<script type=\"module\">";
    let Some(start) = index.find(open) else {
        return Ok(()); // already external
    };
    let end = index[start..]
        .find("</script>")
        .map(|i| start + i)
        .ok_or("dist/index.html: unclosed <script>")?;
    // Content first: the WASM is fetched once the pre-rendered page has
    // painted, so it never competes with the first paint. A frame, or
    // 100 ms where frames are held back (hidden tabs, offscreen frames).
    let code = format!(
        "await new Promise((go) => {{ requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); }});\n{}",
        index[start + open.len()..end].trim()
    );
    let name = format!("boot-{}.js", crate::wasm::content_hash(code.as_bytes()));
    cmd::write(&dist.join(&name), &format!("{code}\n"))?;
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let page = format!(
        "{}{tag}{}",
        &index[..start],
        &index[end + "</script>".len()..]
    );
    // Trunk's preload would start the WASM download before the first paint.
    let head_end = page
        .find("</head>")
        .ok_or("dist/index.html has no </head>")?;
    let head = without_tags(&page[..head_end], &["<link rel=\"preload\""]);
    cmd::write(&path, &format!("{head}{}", &page[head_end..]))
}

/// The engine's files in dist/, by name.
struct Engine {
    glue: String,
    wasm: String,
}

/// The engine `embed.js` mounts with: the reader with the hosts' API
/// (`--bin embed`), in files of its own (`embed-<hash>.js`,
/// `embed-<hash>_bg.wasm`), so the reader's page does not carry that API.
fn write_engine(root: &Path, dist: &Path, a: &Assets) -> Result<Engine> {
    let built = crate::wasm::build(root, "embed")?;
    // The API is in the engine and not in the reader's page.
    let reader = cmd::read(&dist.join(&a.glue))?;
    if !built.glue.contains("mountHandle") || reader.contains("mountHandle") {
        return Err("the hosts' API (mountHandle) must be in embed.js's engine only".into());
    }
    let stem = format!("embed-{}", crate::wasm::content_hash(&built.wasm));
    let engine = Engine {
        glue: format!("{stem}.js"),
        wasm: format!("{stem}_bg.wasm"),
    };
    cmd::write(&dist.join(&engine.glue), &built.glue)?;
    fs::write(dist.join(&engine.wasm), &built.wasm)
        .map_err(|e| format!("dist/{}: {e}", engine.wasm))?;
    Ok(engine)
}

fn write_embed_js(root: &Path, dist: &Path, engine: &Engine, a: &Assets) -> Result {
    let main_css = a
        .css
        .iter()
        .find(|n| n.starts_with("main-"))
        .ok_or("dist/ has no main-*.css")?;
    let js = cmd::read(&root.join("web/embed.js"))?
        .replace("__SCORECARD_GLUE__", &format!("./{}", engine.glue))
        .replace("__SCORECARD_WASM__", &format!("./{}", engine.wasm))
        .replace("__SCORECARD_CSS__", &format!("./{main_css}"));
    cmd::write(&dist.join("embed.js"), &js)
}

/// One HTML file that works from `file://`: Chrome refuses module scripts
/// and fetches from a second file there, so the CSS, the glue (as an inline
/// module) and the WASM (base64) are all inside, started with `initSync`.
fn write_standalone(dist: &Path, a: &Assets) -> Result {
    let index = cmd::read(&dist.join("index.html"))?;
    let head_end = index
        .find("</head>")
        .ok_or("dist/index.html has no </head>")?;
    let head_start = index
        .find("<head>")
        .ok_or("dist/index.html has no <head>")?
        + "<head>".len();
    // Keep the author's head (meta, title, icon) but none of Trunk's links
    // and scripts, which point at other files, nor the wait for the
    // pre-rendered view, which this file does not carry.
    let head = without_tags(
        &index[head_start..head_end],
        &[
            "<link rel=\"expect\"",
            "<link rel=\"stylesheet\"",
            "<link rel=\"modulepreload\"",
            "<link rel=\"preload\"",
            "<script",
        ],
    );
    let mut css = String::new();
    for name in &a.css {
        css.push_str(&cmd::read(&dist.join(name))?);
        css.push('\n');
    }
    let glue = cmd::read(&dist.join(&a.glue))?;
    let wasm = fs::read(dist.join(&a.wasm)).map_err(|e| format!("dist/{}: {e}", a.wasm))?;
    let body_start = index.find("<body").ok_or("dist/index.html has no <body>")?;
    let body = &index[body_start..];
    let out =
        format!(
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>{head}<style>\n{css}</style>\n</head>\n{}\n\
         <script type=\"module\">\n{glue}\n\
         const scorecardWasmBytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\n\
         initSync({{ module: scorecardWasmBytes }});\n</script>\n{}",
        body.trim_end().trim_end_matches("</html>").trim_end().trim_end_matches("</body>"),
        base64(&wasm),
        "</body>\n</html>\n"
    );
    cmd::write(&dist.join("standalone.html"), &out)
}

/// `html` without the elements that start with any of `openings`: a
/// `<script…` up to its `</script>`, anything else up to its first `>`.
pub fn without_tags(html: &str, openings: &[&str]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = openings
            .iter()
            .filter_map(|p| rest.find(p).map(|i| (i, *p)))
            .min_by_key(|(i, _)| *i);
        let Some((i, opening)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i]);
        let close = if opening == "<script" {
            "</script>"
        } else {
            ">"
        };
        let end = rest[i..]
            .find(close)
            .map_or(rest.len(), |j| i + j + close.len());
        rest = &rest[end..];
    }
}

fn write_demo(root: &Path, dist: &Path) -> Result {
    let demo = dist.join("demo");
    fs::create_dir_all(&demo).map_err(|e| format!("{}: {e}", demo.display()))?;
    let article = cmd::read(&root.join("core/tests/fixtures/lingling-2020.article.txt"))?;
    let sc = scorecard_core::load_str(&cmd::read(&root.join("data/lingling-2020.json"))?)
        .map_err(|p| format!("data/lingling-2020.json is invalid ({} problems)", p.len()))?;
    // The article body: the paragraphs between the dateline and the footer.
    let paragraphs: String = article
        .lines()
        .map(str::trim)
        .skip_while(|l| !l.starts_with("红网时刻"))
        .take_while(|l| !l.starts_with("来源:"))
        .filter(|l| !l.is_empty())
        .map(|l| format!("<p>{}</p>\n      ", escape(l)))
        .collect();
    let byline = format!(
        "{} · {} · {}",
        escape(sc.source.outlet.text(sc.default_lang)),
        escape(sc.source.date().unwrap_or_default()),
        escape(&sc.source.authors.join("、"))
    );
    let page = cmd::read(&root.join("web/demo/article.html"))?
        .replace("__TITLE__", &escape(sc.source.title.text(sc.default_lang)))
        .replace("__BYLINE__", &byline)
        .replace("__PARAGRAPHS__", paragraphs.trim_end())
        .replace("__CARD__", &sc.id);
    cmd::write(&demo.join("article.html"), &page)?;
    for name in ["demo.js", "demo.css"] {
        fs::copy(root.join("web/demo").join(name), demo.join(name))
            .map_err(|e| format!("web/demo/{name}: {e}"))?;
    }
    let pym = root.join("e2e/node_modules/pym.js/dist/pym.v1.min.js");
    fs::copy(&pym, demo.join("pym.v1.min.js")).map_err(|e| format!("{}: {e}", pym.display()))?;
    Ok(())
}

/// Text for HTML: the article is data, never markup.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        let cases: &[(&[u8], &str)] = &[
            (b"", ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg=="),
            (b"\x00\xff\xfe", "AP/+"),
        ];
        for (input, want) in cases {
            assert_eq!(base64(input), *want);
        }
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
    }
}
