//! The JSON Schema in `data/scorecard.schema.json`, generated from the Rust
//! model (`scorecard_core::schema::scorecard_schema`).

use std::fs;
use std::path::Path;
use std::process::ExitCode;

/// Where the schema is committed, relative to the project root.
pub const PATH: &str = "data/scorecard.schema.json";

/// `cargo xtask schema`: writes the schema file.
pub fn write(root: &Path) -> ExitCode {
    let text = scorecard_core::schema::scorecard_schema();
    let path = root.join(PATH);
    if fs::read_to_string(&path).is_ok_and(|old| old == text) {
        println!("{PATH}: unchanged");
        return ExitCode::SUCCESS;
    }
    match fs::write(&path, &text) {
        Ok(()) => {
            println!("{PATH}: written ({} bytes)", text.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask: cannot write {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}

/// Fails when the committed schema differs from what the model generates.
pub fn check_up_to_date(root: &Path) -> Result<(), String> {
    let expected = scorecard_core::schema::scorecard_schema();
    match fs::read_to_string(root.join(PATH)) {
        Ok(found) if found == expected => {
            println!("{PATH}: up to date");
            Ok(())
        }
        Ok(_) => Err(format!(
            "{PATH} is out of date with the Rust model; regenerate it with `cargo xtask schema`"
        )),
        Err(e) => Err(format!(
            "cannot read {PATH} ({e}); generate it with `cargo xtask schema`"
        )),
    }
}
