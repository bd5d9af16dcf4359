//! Keeps the house in shape: every Rust file says what it is in a `//!`
//! line, and no source file outside tests is over 400 lines (its in-file
//! `#[cfg(test)]` module not counted), so each stays one concern a newcomer
//! can read at once.

use std::fs;
use std::path::{Path, PathBuf};

/// Most lines a source file may have before its test module.
const MAX_LINES: usize = 400;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.rs` file under the project's source folders.
fn rust_files() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs: Vec<PathBuf> = ["core", "src", "xtask", "fuzz/fuzz_targets", "tests"]
        .iter()
        .map(|d| root().join(d))
        .collect();
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "target" | "fixtures" | "node_modules") {
                    dirs.push(path);
                }
            } else if name.ends_with(".rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Whether `path` is a test file (a `tests/` folder), which may be longer.
fn is_test(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "tests")
}

#[test]
fn every_rust_file_opens_with_what_it_is() {
    let files = rust_files();
    assert!(files.len() > 50, "only {} files found", files.len());
    let missing: Vec<String> = files
        .iter()
        .filter(|p| {
            let text = fs::read_to_string(p).unwrap_or_default();
            !text.lines().next().is_some_and(|l| l.starts_with("//!"))
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "no `//!` first line:\n{}",
        missing.join("\n")
    );
}

#[test]
fn source_files_stay_short() {
    let long: Vec<String> = rust_files()
        .into_iter()
        .filter(|p| !is_test(p))
        .filter_map(|p| {
            let text = fs::read_to_string(&p).ok()?;
            let lines = text
                .lines()
                .take_while(|l| !l.starts_with("#[cfg(test)]"))
                .count();
            (lines > MAX_LINES).then(|| format!("{}: {lines} lines", p.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "over {MAX_LINES} lines before the tests:\n{}",
        long.join("\n")
    );
}
