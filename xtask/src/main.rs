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
mod coverage;
mod dist;
mod draft;
mod flags;
mod fuzz;
mod inline;
mod migrate;
mod schema;
mod sizes;
mod studio;
mod synth;
mod test;
mod tools;
mod wasm;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use flags::XtaskCmd;

fn main() -> ExitCode {
    let flags = match flags::Xtask::from_env() {
        Ok(flags) => flags,
        Err(e) if e.is_help() => {
            print!("{e}");
            return ExitCode::SUCCESS;
        }
        Err(e) => return usage_error(&e.to_string()),
    };
    let root = project_root();

    // `check`, `migrate` and `draft` take paths relative to where the user stands;
    // every other command works from the project root.
    let from_user_dir = matches!(
        flags.subcommand,
        XtaskCmd::Check(_) | XtaskCmd::Migrate(_) | XtaskCmd::Draft(_)
    );
    if !from_user_dir {
        if let Err(e) = std::env::set_current_dir(&root) {
            eprintln!("xtask: cannot enter {}: {e}", root.display());
            return ExitCode::from(2);
        }
        tools::setup_path(&root);
    }

    match flags.subcommand {
        XtaskCmd::Check(f) => check::run(&f),
        XtaskCmd::Migrate(f) => migrate::run(&f),
        XtaskCmd::Draft(f) => draft::run(&f),
        XtaskCmd::Serve(f) => dist::serve(&root, &f.trunk_args),
        XtaskCmd::Test(_) => test::run(&root),
        XtaskCmd::Dist(f) => dist::dist(&root, f.zip),
        XtaskCmd::Schema(_) => schema::write(&root),
        XtaskCmd::InlineData(_) => inline::run(&root),
        XtaskCmd::Fuzz(f) => fuzz::run(&root, &f),
        XtaskCmd::Synth(f) => synth::run(&root, &f),
        XtaskCmd::Bench(f) => bench::run(&root, &f),
    }
}

/// The workspace root: the parent of this crate's directory.
fn project_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Prints a usage error and where the help is, and returns exit code 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("xtask: {message}\n(`cargo xtask --help` lists the commands)");
    ExitCode::from(2)
}
