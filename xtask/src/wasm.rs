//! The WASM entries xtask builds itself, beside Trunk's reader: the studio
//! and the direct-mount engine. Each is a release build of its own binary
//! with the hosts' API (`host-api`), through wasm-bindgen and wasm-opt
//! with the reader's settings, its glue minified as the reader's is.

use std::fs;
use std::path::Path;

use crate::cmd::{self, Result};

/// wasm-opt settings: the features Trunk enables for the reader.
const WASM_OPT: &[&str] = &[
    "-Oz",
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// A built entry: its wasm-bindgen glue (minified) and optimised WASM.
pub struct Built {
    pub glue: String,
    pub wasm: Vec<u8>,
}

/// Builds the binary `bin` with the `host-api` feature into
/// `target/<bin>/` and returns its glue and WASM.
pub fn build(root: &Path, bin: &str) -> Result<Built> {
    cmd::run(
        crate::cmd::cargo(&[
            "build",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "--features",
            "host-api",
            "--bin",
            bin,
        ])
        .current_dir(root),
    )?;
    let out = root.join("target").join(bin);
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let wasm_in = root.join(format!("target/wasm32-unknown-unknown/release/{bin}.wasm"));
    cmd::run(
        cmd::new("wasm-bindgen", &["--target", "web", "--no-typescript"])
            .args(["--out-name", bin])
            .arg("--out-dir")
            .arg(&out)
            .arg(&wasm_in),
    )?;
    let optimised = out.join(format!("{bin}_opt.wasm"));
    cmd::run(
        cmd::new("wasm-opt", WASM_OPT)
            .arg(out.join(format!("{bin}_bg.wasm")))
            .arg("-o")
            .arg(&optimised),
    )?;
    let glue = out.join(format!("{bin}.js"));
    minify_glue(&glue)?;
    Ok(Built {
        glue: cmd::read(&glue)?,
        wasm: fs::read(&optimised).map_err(|e| format!("{}: {e}", optimised.display()))?,
    })
}

/// Minifies wasm-bindgen glue in place with terser (npm, pinned in
/// e2e/package.json, on PATH under xtask): the reader's 8.7 → 6.4 KB
/// brotli. Trunk's own minifier would rewrite the HTML too; the reader's
/// glue has its integrity digest off in index.html (`data-integrity="none"`),
/// since its text changes here. `initSync` keeps its name: the single-file
/// pages call it after the glue.
pub fn minify_glue(path: &Path) -> Result {
    let path = path.to_str().ok_or("glue path is not UTF-8")?;
    cmd::run(&mut cmd::new(
        "terser",
        &[
            path,
            "--module",
            "--compress",
            "--mangle",
            "reserved=[initSync,__wbg_init]",
            "--output",
            path,
        ],
    ))
}

/// A stable content hash for file names, like Trunk's own (FNV-1a).
pub fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_fnv_1a() {
        // Published FNV-1a 64 values.
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_eq!(content_hash(b"a"), "af63dc4c8601ec8c");
        assert_ne!(content_hash(b"ab"), content_hash(b"ba"));
    }
}
