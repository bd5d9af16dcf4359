//! Build automation for the scorecard project (the cargo-xtask convention:
//! `cargo xtask …` is an alias for `cargo run -p xtask -- …`, see
//! `.cargo/config.toml`).
//!
//! Commands (their names are a contract that CI and later issues rely on):
//! `serve`, `test`, `dist [--zip]`, `check FILE...`, `migrate FILE...`, `schema`, `synth`,
//! `bench`.

mod bench;
mod budget;
mod bundle;
mod catalog;
mod check;
mod cmd;
mod dist;
mod fuzz;
mod inline;
mod migrate;
mod schema;
mod sizes;
mod synth;
mod test;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [args]

commands:
  serve [TRUNK ARGS]  install what is missing, then `trunk serve` on http://127.0.0.1:8080
  test                install what is missing, then run every check and test (summary at the end)
  dist [--zip]        release build into dist/ and print its size table (--zip: also dist/scorecards.zip)
  check FILE...       validate scorecard files (exit 0 valid, 1 invalid, 2 usage/unreadable)
  migrate FILE...     rewrite scorecard files as format version 2 (same meaning)
  schema              write data/scorecard.schema.json from the Rust model
  inline-data         (Trunk hook) put data/*.json into the staged index.html
  fuzz [--seconds N] [--target NAME] [--smoke]
                      run the cargo-fuzz targets one after another, N s each (default 60, --smoke 10)
  synth --metrics N [--sections K] [--out FILE] [--pretty]
                      write a valid synthetic scorecard (default K = N/200 in 3..=50,
                      FILE = target/bench/synth-N.json; compact JSON unless --pretty)
  bench [--runs N] [--only PARTS] [--no-build]
                      performance table: sizes, paint vs scripts-off, interactions vs the
                      vanilla-JS reference in bench/, memory, Lighthouse (exit 1 if a goal is missed)
";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let rest: Vec<String> = args.collect();
    let root = project_root();

    // `check` takes paths relative to where the user stands; every other
    // command works from the project root.
    match command.as_deref() {
        Some("check") => return check::run(&rest),
        Some("migrate") => return migrate::run(&rest),
        _ => {}
    }
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!("xtask: cannot enter {}: {e}", root.display());
        return ExitCode::from(2);
    }
    tools::setup_path(&root);

    match command.as_deref() {
        Some("serve") => dist::serve(&root, &rest),
        Some("test") => test::run(&root, &rest),
        Some("dist") => dist::dist(&root, &rest),
        Some("schema") => schema::write(&root, &rest),
        Some("inline-data") => inline::run(&root),
        Some("fuzz") => fuzz::run(&root, &rest),
        Some("synth") => synth::run(&root, &rest),
        Some("bench") => bench::run(&root, &rest),
        Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        None => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
        Some(other) => {
            eprintln!("xtask: unknown command `{other}`\n");
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The workspace root: the parent of this crate's directory.
fn project_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Prints a usage error for `command` and returns exit code 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("xtask: {message}\n");
    eprint!("{USAGE}");
    ExitCode::from(2)
}
