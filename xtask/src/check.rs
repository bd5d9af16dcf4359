//! `cargo xtask check FILE...`: validates scorecard files with the same code
//! the page uses (`scorecard_core::load`).
//!
//! Problems go to stderr as `FILE:LINE:COL: json.path: message`; a valid file
//! prints `FILE: ok (N metrics, M relations)` on stdout. Exit status: 0 when
//! every file is valid, 1 when one is not, 2 on a usage error or an
//! unreadable file. `-` reads standard input. Files named `*.schema.json`
//! (the JSON Schema next to the data) are skipped, so `check data/*.json`
//! works.

use std::io::{self, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::process::ExitCode;

/// Entry point for the `check` command.
pub fn run(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: cargo xtask check FILE...   (`-` reads stdin)");
        return ExitCode::SUCCESS;
    }
    if let Some(flag) = args.iter().find(|a| a.starts_with('-') && a.len() > 1) {
        return crate::usage_error(&format!("check: unknown option `{flag}`"));
    }
    if args.is_empty() {
        return crate::usage_error("check: name at least one scorecard file");
    }
    ExitCode::from(check_files(args))
}

/// Checks every file and returns the exit status (0, 1 or 2).
pub fn check_files<S: AsRef<str>>(files: &[S]) -> u8 {
    let mut status = 0;
    for file in files {
        status = status.max(check_file(file.as_ref()));
    }
    status
}

fn check_file(file: &str) -> u8 {
    let name = if file == "-" { "<stdin>" } else { file };
    if name.ends_with(".schema.json") {
        say_err(&format!("{name}: skipped (a JSON Schema, not a scorecard)"));
        return 0;
    }
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(Path::new(file))
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(e) => {
            say_err(&format!("{name}: cannot read: {e}"));
            return 2;
        }
    };
    // The core promises not to panic; should it ever, report it as a
    // problem of this file instead of crashing the run.
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let result = panic::catch_unwind(AssertUnwindSafe(|| scorecard_core::load(&bytes)));
    panic::set_hook(previous_hook);
    match result {
        Ok(Ok(scorecard)) => {
            let metrics: usize = scorecard.sections.iter().map(|s| s.metrics.len()).sum();
            let relations = scorecard.relations.len();
            let text = String::from_utf8_lossy(&bytes);
            for note in scorecard_core::notes(&text, &scorecard) {
                say_err(&format!(
                    "{name}:{}: {}: note: {}",
                    note.pos, note.path, note.message
                ));
            }
            say_out(&format!(
                "{name}: ok ({metrics} metrics, {relations} relations)"
            ));
            0
        }
        Ok(Err(problems)) => {
            for line in summarised(name, &problems) {
                say_err(&line);
            }
            1
        }
        Err(_) => {
            say_err(&format!(
                "{name}: internal error: the validator panicked (please report this file)"
            ));
            2
        }
    }
}

/// How many problems of one kind are listed before the rest are counted.
const SHOWN_PER_KIND: usize = 5;

/// One line per problem, except that after [`SHOWN_PER_KIND`] of one kind
/// the rest of that kind are counted in one line.
fn summarised(name: &str, problems: &[scorecard_core::Problem]) -> Vec<String> {
    let mut lines = Vec::new();
    let mut seen: Vec<(scorecard_core::ProblemKind, usize)> = Vec::new();
    for p in problems {
        let n = match seen.iter_mut().find(|(k, _)| *k == p.kind) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                seen.push((p.kind, 1));
                1
            }
        };
        if n <= SHOWN_PER_KIND {
            lines.push(format!("{name}:{p}"));
        }
    }
    for (kind, n) in seen.into_iter().filter(|(_, n)| *n > SHOWN_PER_KIND) {
        lines.push(format!(
            "{name}: … and {} more {} problems",
            n - SHOWN_PER_KIND,
            kind.as_str()
        ));
    }
    lines.push(format!("{name}: {} problems", problems.len()));
    lines
}

// Writing to a closed pipe must not panic (`println!` would).
fn say_out(line: &str) {
    let _ = writeln!(io::stdout().lock(), "{line}");
}

fn say_err(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}
