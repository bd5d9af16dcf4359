//! Running external commands: show what runs, let it use the terminal,
//! turn failures into messages.

use std::ffi::OsStr;
use std::io::ErrorKind;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Errors are messages for the user; there is nothing to recover.
pub type Result<T = ()> = std::result::Result<T, String>;

/// `program args…` as a [`Command`].
pub fn new(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.args(args);
    command
}

/// `cargo` with `args`: the cargo that runs xtask (`$CARGO`), so a
/// toolchain chosen with `cargo +…` or rust-toolchain.toml stays the one used.
pub fn cargo(args: &[&str]) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command.args(args);
    command
}

/// The command line, quoted for a POSIX shell where needed.
pub fn display(command: &Command) -> String {
    let mut line = quote(command.get_program());
    for arg in command.get_args() {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    line
}

fn quote(word: &OsStr) -> String {
    let word = word.to_string_lossy();
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,@+%".contains(c));
    if plain {
        word.into_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Runs `command` with the terminal's stdin/stdout/stderr.
pub fn run(command: &mut Command) -> Result {
    let line = display(command);
    match command.get_current_dir() {
        Some(dir) => eprintln!("$ (cd {} && {line})", dir.display()),
        None => eprintln!("$ {line}"),
    }
    match command.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("`{line}` failed ({status})")),
        Err(e) if e.kind() == ErrorKind::NotFound => Err(format!(
            "`{line}`: {} not found on PATH",
            command.get_program().to_string_lossy()
        )),
        Err(e) => Err(format!("`{line}`: {e}")),
    }
}

/// Runs `command` and returns its stdout; its stderr goes to the terminal.
pub fn output(command: &mut Command) -> Result<String> {
    let line = display(command);
    eprintln!("$ {line}");
    let out = command
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("`{line}`: {e}"))?;
    if !out.status.success() {
        return Err(format!("`{line}` failed ({})", out.status));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("`{line}`: output is not UTF-8: {e}"))
}

/// The trimmed stdout of `program args…`, or `None` when it cannot be
/// started or fails.
pub fn stdout(program: &str, args: &[&str]) -> Option<String> {
    let out = new(program, args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// `12 s`, `3 min 05 s`.
pub fn human(duration: Duration) -> String {
    let secs = duration.as_secs();
    if secs < 60 {
        format!("{:.1} s", duration.as_secs_f64())
    } else {
        format!("{} min {:02} s", secs / 60, secs % 60)
    }
}

/// Time since `start`, for messages.
pub fn since(start: Instant) -> String {
    human(start.elapsed())
}

/// A file's text; the error names the file.
pub fn read(path: &std::path::Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes a file; the error names the file.
pub fn write(path: &std::path::Path, text: &str) -> Result {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
