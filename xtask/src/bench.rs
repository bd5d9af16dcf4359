//! `cargo xtask bench` (placeholder while synth is tested).
use std::path::Path;
use std::process::ExitCode;
pub fn run(_root: &Path, _args: &[String]) -> ExitCode {
    ExitCode::SUCCESS
}
