//! `cargo xtask bench`: the performance table of issue 7, ours next to a
//! reference in one run.
//!
//! This side builds the release bundle, writes the sites the browser loads
//! into `target/bench/sites/` and measures the shell's files (the data
//! blocks are measured by run.mjs: brotli -11 of 4 MB is slow in this debug
//! build); `bench/run.mjs` (Node,
//! Playwright from e2e/node_modules, Lighthouse from bench/node_modules)
//! serves them on loopback, measures in headless Chromium, prints the table
//! and exits non-zero when a goal is missed.
//!
//! Sites (each served at `/NAME/`):
//! - `ours`: dist/ as built, with the bundled Lingling scorecard;
//! - `ours-1000`, `ours-10000`: dist/ with the data block replaced by a
//!   synthetic scorecard (written by the build's own [`inline::blocks`])
//!   and, when the build pre-renders, the default view rendered for it;
//! - `vanilla-1000`, `vanilla-10000`: bench/vanilla.html + vanilla.js over
//!   the same data block, with the app's CSS;
//! - `static`: dist/ with every `<script>` (and the script/WASM preloads)
//!   removed: what the browser can paint without running anything.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use serde_json::{json, Map, Value};

mod sites;

use sites::*;

use crate::cmd::{self, Result};
use crate::sizes::Size;
use crate::{dist, inline, synth, tools};

/// Everything the bench writes, relative to the root.
pub const OUT: &str = "target/bench";
/// Synthetic sizes measured against the vanilla reference.
pub const SIZES: [usize; 2] = [1_000, 10_000];
const DATA_OPEN: &str = "<script type=\"application/json\" data-scorecard-bundle=";

struct Options {
    runs: u32,
    only: Option<String>,
    build: bool,
}

/// `cargo xtask bench [--runs N] [--only PARTS] [--no-build]`.
pub fn run(root: &Path, flags: &crate::flags::Bench) -> ExitCode {
    let runs = flags.runs.unwrap_or(5);
    if runs == 0 {
        return crate::usage_error("bench: --runs needs a number ≥ 1");
    }
    let options = Options {
        runs,
        only: flags.only.clone(),
        build: !flags.no_build,
    };
    let start = Instant::now();
    let result = prepare(root, &options).and_then(|plan| {
        let mut node = cmd::new("node", &[]);
        node.arg(root.join("bench/run.mjs"))
            .arg(&plan)
            .current_dir(root)
            .env("CHROME_PATH", tools::CHROMIUM);
        let line = cmd::display(&node);
        eprintln!("$ {line}");
        node.status().map_err(|e| format!("`{line}`: {e}"))
    });
    match result {
        Ok(status) => {
            eprintln!("xtask bench: done in {}", cmd::since(start));
            match status.code() {
                Some(0) => ExitCode::SUCCESS,
                Some(1) => ExitCode::from(1), // goals missed: the table says which
                _ => {
                    eprintln!("xtask bench: bench/run.mjs failed ({status})");
                    ExitCode::from(2)
                }
            }
        }
        Err(e) => {
            eprintln!("xtask bench: {e}");
            ExitCode::from(2)
        }
    }
}

/// Tools, build, synthetic data, sites, sizes and npm packages; returns the
/// path of the plan file for bench/run.mjs.
fn prepare(root: &Path, options: &Options) -> Result<PathBuf> {
    tools::ensure(root, true)?;
    let dist = root.join(dist::DIST);
    if options.build {
        dist::build_release(root)?;
    } else if !dist.join("index.html").is_file() {
        return Err("--no-build: dist/index.html is missing; run `cargo xtask dist`".into());
    }
    let out = root.join(OUT);
    let sites = out.join("sites");
    if sites.exists() {
        fs::remove_dir_all(&sites).map_err(|e| format!("{}: {e}", sites.display()))?;
    }
    fs::create_dir_all(&sites).map_err(|e| format!("{}: {e}", sites.display()))?;

    let index = cmd::read(&dist.join("index.html"))?;
    if find_blocks(&index).is_empty() {
        return Err(format!(
            "{}/index.html has no `{DATA_OPEN}…>` data block to replace",
            dist::DIST
        ));
    }
    let vanilla_page = cmd::read(&root.join("bench/vanilla.html"))?;
    let mut routes = vec![("ours".to_string(), dist.clone())];
    // Data blocks are measured by run.mjs (Node's native brotli; brotli -11
    // of 4 MB in this debug build takes most of a minute).
    let mut data_sites = vec![("bundled".to_string(), "ours".to_string())];
    let mut synth_files = Vec::new();
    for n in SIZES {
        let file = out.join(format!("synth-{n}.json"));
        let line = synth::write(&file, n, synth::default_sections(n), false)?;
        eprintln!("xtask bench: {line}");
        // The data block exactly as the build writes one.
        let block = inline::blocks(std::slice::from_ref(&file))?;

        let ours = sites.join(format!("ours-{n}"));
        copy_top_files(&dist, &ours)?;
        let page = with_prerendered(root, &with_data(&index, &block)?, &file)?;
        cmd::write(&ours.join("index.html"), &page)?;
        routes.push((format!("ours-{n}"), ours));
        data_sites.push((format!("synth-{n}"), format!("ours-{n}")));

        let vanilla = sites.join(format!("vanilla-{n}"));
        write_vanilla(
            root,
            &dist,
            &index,
            &vanilla,
            &with_data(&vanilla_page, &block)?,
        )?;
        routes.push((format!("vanilla-{n}"), vanilla));
        synth_files.push((n, file));
    }

    let static_site = sites.join("static");
    copy_top_files(&dist, &static_site)?;
    cmd::write(&static_site.join("index.html"), &without_scripts(&index))?;
    routes.push(("static".into(), static_site));

    let shell = shell_sizes(&dist)?;
    let vanilla_dir = sites.join(format!("vanilla-{}", SIZES[0]));
    let vanilla_index = cmd::read(&vanilla_dir.join("index.html"))?;
    let reference_shell = vec![
        (
            "vanilla.html (without data)".to_string(),
            size(without_data(&vanilla_index).as_bytes())?,
        ),
        (
            "vanilla.js".to_string(),
            size(&fs::read(vanilla_dir.join("vanilla.js")).map_err(|e| e.to_string())?)?,
        ),
        (
            "app.css (the app's CSS)".to_string(),
            size(&fs::read(vanilla_dir.join("app.css")).map_err(|e| e.to_string())?)?,
        ),
    ];

    bench_node_modules(root)?;

    let plan = out.join("plan.json");
    cmd::write(
        &plan,
        &plan_json(
            root,
            options,
            &routes,
            &synth_files,
            &shell,
            &reference_shell,
            &data_sites,
        ),
    )?;
    Ok(plan)
}

// ---------------------------------------------------------------------------
// Sizes

/// [`Size::of`], its error as text.
fn size(bytes: &[u8]) -> Result<Size> {
    Size::of(bytes).map_err(|e| format!("compressing: {e}"))
}

/// The shell a reader downloads before any scorecard data: index.html
/// without its data blocks and every file it loads, directly or through
/// the files it loads (boot script → glue → WASM), found by following
/// `./name` references. Each with its size, index.html first.
pub fn shell_sizes(dist: &Path) -> Result<Vec<(String, Size)>> {
    let index = cmd::read(&dist.join("index.html"))?;
    let mut rows = vec![(
        "index.html (without data)".to_string(),
        size(without_data(&index).as_bytes())?,
    )];
    let mut seen: Vec<String> = Vec::new();
    let mut queue = references(&without_data(&index));
    while let Some(name) = queue.pop() {
        if seen.contains(&name) || name == "index.html" {
            continue;
        }
        let path = dist.join(&name);
        if !path.is_file() {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if name.ends_with(".js") || name.ends_with(".css") {
            queue.extend(references(&String::from_utf8_lossy(&bytes)));
        }
        rows.push((name.clone(), size(&bytes)?));
        seen.push(name);
    }
    rows[1..].sort_by(|a, b| a.0.cmp(&b.0));
    Ok(rows)
}

/// Every `./name` (relative URL to a file of the bundle) in `text`.
fn references(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("./") {
        if i > 0 && text.as_bytes()[i - 1] == b'.' {
            continue; // ../
        }
        let name: String = text[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "._-/".contains(*c))
            .collect();
        if name.contains('.') && !name.starts_with('/') && !name.contains("..") {
            out.push(name);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Node side

/// `npm ci` in bench/ when node_modules is missing or package-lock.json
/// changed since the last install (Lighthouse; Playwright comes from e2e/).
fn bench_node_modules(root: &Path) -> Result {
    let dir = root.join("bench");
    let lock_path = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.xtask-package-lock.json");
    let lock =
        fs::read(&lock_path).map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    if fs::read(&stamp).is_ok_and(|s| s == lock)
        && dir.join("node_modules/lighthouse/package.json").is_file()
    {
        eprintln!("xtask: bench/node_modules (Lighthouse): ok");
        return Ok(());
    }
    eprintln!("xtask: installing bench/node_modules (Lighthouse; takes about 30 s)…");
    let start = Instant::now();
    let mut npm = cmd::new("npm", &["ci", "--no-audit", "--no-fund"]);
    npm.current_dir(&dir)
        .env("PUPPETEER_SKIP_DOWNLOAD", "1")
        .env("PUPPETEER_SKIP_CHROMIUM_DOWNLOAD", "1");
    cmd::run(&mut npm)?;
    fs::write(&stamp, &lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    eprintln!(
        "xtask: installed bench/node_modules in {}",
        cmd::since(start)
    );
    Ok(())
}

/// The plan `bench/run.mjs` follows: where things are and what to measure.
fn plan_json(
    root: &Path,
    options: &Options,
    routes: &[(String, PathBuf)],
    synth_files: &[(usize, PathBuf)],
    shell: &[(String, Size)],
    reference_shell: &[(String, Size)],
    data_sites: &[(String, String)],
) -> String {
    let files = |rows: &[(String, Size)]| -> Vec<Value> {
        rows.iter()
            .map(
                |(name, s)| json!({"path": name, "raw": s.raw, "gzip": s.gzip, "brotli": s.brotli}),
            )
            .collect()
    };
    let routes: Map<String, Value> = routes
        .iter()
        .map(|(name, dir)| (name.clone(), json!(dir)))
        .collect();
    let synth: Map<String, Value> = synth_files
        .iter()
        .map(|(n, file)| (n.to_string(), json!(file)))
        .collect();
    let data: Vec<Value> = data_sites
        .iter()
        .map(|(name, site)| json!({"name": name, "site": site}))
        .collect();
    let plan = json!({
        "root": root,
        "out": root.join(OUT),
        "chromium": tools::CHROMIUM,
        "runs": options.runs,
        "only": options.only,
        "routes": routes,
        "synth": synth,
        "sizes": {
            "shell": files(shell),
            "referenceShell": files(reference_shell),
            "data": data,
        },
    });
    let mut out = serde_json::to_string_pretty(&plan).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"x\"/>\
        <script type=\"module\" src=\"./boot-1.js\"></script>\
        <link rel=\"modulepreload\" href=\"./app-1.js\"><link rel=\"preload\" href=\"./app-1_bg.wasm\" as=\"fetch\"></head>\
        <body><p>hi</p><script type=\"application/json\" data-scorecard-bundle=\"a\">{\"x\":\"\\u003c\"}</script>\n\
        <script type=\"application/json\" data-scorecard-bundle=\"b\">{}</script>\n</body></html>";

    #[test]
    fn finds_and_replaces_data_blocks() {
        let blocks = find_blocks(PAGE);
        assert_eq!(blocks.len(), 2);
        assert!(PAGE[blocks[0].0..blocks[0].1].ends_with("</script>\n"));
        let new = "<script type=\"application/json\" data-scorecard-bundle=\"s\">{}</script>\n";
        let page = with_data(PAGE, new).unwrap();
        assert_eq!(find_blocks(&page).len(), 1);
        assert!(page.contains("<p>hi</p><script type=\"application/json\" data-scorecard-bundle=\"s\">{}</script>\n</body>"));
        assert!(!without_data(PAGE).contains("data-scorecard-bundle"));
        assert!(with_data("<body></body>", new).is_err());
    }

    #[test]
    fn finds_the_prerendered_view() {
        let html = "<body><div data-prerendered><div class=\"a\"><div></div></div><p>x</p></div><script></script></body>";
        let (start, end) = prerendered_range(html).unwrap();
        assert_eq!(
            &html[start..end],
            "<div data-prerendered><div class=\"a\"><div></div></div><p>x</p></div>"
        );
        assert_eq!(prerendered_range(PAGE), None);
    }

    #[test]
    fn static_copy_has_no_scripts_or_preloads() {
        let page = without_scripts(PAGE);
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("preload"), "{page}");
        assert!(page.contains("<link rel=\"stylesheet\" href=\"./main-1.css\""));
        assert!(page.contains("<p>hi</p>"));
    }

    #[test]
    fn finds_stylesheets_and_references() {
        assert_eq!(stylesheets(PAGE), ["main-1.css"]);
        let refs = references(PAGE);
        for name in ["main-1.css", "boot-1.js", "app-1.js", "app-1_bg.wasm"] {
            assert!(refs.contains(&name.to_string()), "{name} in {refs:?}");
        }
        assert!(references("import x from '../up.js'").is_empty());
    }

    #[test]
    fn sizes_compress() {
        let s = Size::of("scorecard ".repeat(500).as_bytes()).expect("in memory");
        assert_eq!(s.raw, 5000);
        assert!(s.gzip < 200 && s.brotli < s.gzip);
    }
}
