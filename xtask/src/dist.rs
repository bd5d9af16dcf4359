//! `cargo xtask serve` and `cargo xtask dist`: Trunk builds.

use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use crate::cmd::{self, Result};
use crate::{bundle, sizes, studio, tools};

/// The release bundle, relative to the project root (Trunk.toml `dist`).
pub const DIST: &str = "dist";
/// Where `cargo xtask serve` builds, so it does not overwrite dist/.
pub const SERVE_DIST: &str = "target/trunk-serve";
/// `cargo xtask dist --zip` writes this inside dist/.
pub const ZIP: &str = "scorecards.zip";

/// `cargo xtask serve [TRUNK ARGS]`: `trunk serve` (address and port in
/// Trunk.toml: http://127.0.0.1:8080) with live reload.
pub fn serve(root: &Path, args: &[String]) -> ExitCode {
    let result = tools::ensure(root, false).and_then(|()| {
        let mut trunk = tools::trunk_command(root, "serve")?;
        // Keep dist/ for the release bundle; the dev build goes to target/.
        if !args
            .iter()
            .any(|a| a == "--dist" || a.starts_with("--dist=") || a == "-d")
        {
            trunk.args(["--dist", SERVE_DIST]);
        }
        trunk.args(args);
        eprintln!("xtask: serving on http://127.0.0.1:8080 (Ctrl-C stops)");
        cmd::run(&mut trunk)
    });
    finish("serve", result)
}

/// `cargo xtask dist [--zip]`.
pub fn dist(root: &Path, zip: bool) -> ExitCode {
    let result = tools::ensure(root, false)
        .and_then(|()| build_release(root))
        .and_then(|()| {
            if !zip {
                return Ok(());
            }
            let dist = root.join(DIST);
            let bytes = sizes::write_zip(&dist, &dist.join(ZIP))?;
            println!("wrote {DIST}/{ZIP} ({bytes} bytes)");
            Ok(())
        });
    finish("dist", result)
}

fn finish(what: &str, result: Result) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask {what}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `trunk build --release` into dist/ with relative asset URLs, checks the
/// result and prints the size table. Tools must be ensured first.
pub fn build_release(root: &Path) -> Result {
    let start = Instant::now();
    let mut trunk = tools::trunk_command(root, "build")?;
    // `./` makes every asset URL relative, so dist/ works from any sub-path.
    trunk.args(["--release", "--public-url", "./", "--dist", DIST]);
    cmd::run(&mut trunk)?;
    let dist = root.join(DIST);
    check_bundle(&dist)?;
    bundle::extras(root, &dist)?;
    let studio_wasm = studio::build(root, &dist)?;
    let rows = sizes::measure(&dist, &[ZIP]).map_err(|e| format!("{DIST}: {e}"))?;
    println!(
        "\nrelease build in {DIST}/ ({}):\n{}",
        cmd::since(start),
        sizes::table(&rows)
    );
    println!("studio.html carries a {studio_wasm} B WASM (wasm-opt -Oz)");
    Ok(())
}

/// dist/ has index.html, a .wasm and a .js, and index.html refers to every
/// file relatively (no `"/file"`).
fn check_bundle(dist: &Path) -> Result {
    let index = fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{DIST}/index.html: {e}"))?;
    let files = sizes::files(dist, &["index.html", ZIP]).map_err(|e| format!("{DIST}: {e}"))?;
    for ext in [".wasm", ".js"] {
        if !files.iter().any(|(name, _)| name.ends_with(ext)) {
            return Err(format!("{DIST}/ has no {ext} file"));
        }
    }
    for (name, _) in &files {
        for quote in ['"', '\''] {
            if index.contains(&format!("{quote}/{name}")) {
                return Err(format!(
                    "{DIST}/index.html refers to /{name} absolutely; \
                     the bundle must use relative URLs (--public-url ./)"
                ));
            }
        }
    }
    Ok(())
}
