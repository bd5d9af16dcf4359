//! `cargo xtask migrate FILE... [--check]`: rewrites scorecard files as
//! format version 2 (`scorecard_core::write`), keeping their meaning: v1's
//! section kinds become `group`, plain strings stay in their language.

use std::path::Path;
use std::process::ExitCode;

/// Entry point for the `migrate` command.
pub fn run(flags: &crate::flags::Migrate) -> ExitCode {
    if flags.files.is_empty() {
        return crate::usage_error("migrate: name at least one scorecard file");
    }
    let mut status = 0;
    for file in &flags.files {
        status = status.max(migrate(Path::new(file)));
    }
    ExitCode::from(status)
}

/// Rewrites one file; the exit status for it (0, 1 invalid, 2 unreadable).
fn migrate(path: &Path) -> u8 {
    let name = path.display();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{name}: cannot read: {e}");
            return 2;
        }
    };
    let sc = match scorecard_core::load(&bytes) {
        Ok(sc) => sc,
        Err(problems) => {
            for p in problems {
                eprintln!("{name}:{p}");
            }
            eprintln!("{name}: not migrated: fix the problems first");
            return 1;
        }
    };
    let from = sc.schema_version;
    let text = match scorecard_core::write::to_json(&sc) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{name}: {}: {}", e.path, e.message);
            return 1;
        }
    };
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("{name}: cannot write: {e}");
        return 2;
    }
    println!(
        "{name}: version {from} → {}",
        scorecard_core::SCHEMA_VERSION
    );
    0
}
