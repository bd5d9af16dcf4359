//! `cargo xtask check FILE...`: validates scorecard files with the same code
//! the page uses (`scorecard_core::load`).
//!
//! Problems go to stderr as `FILE:LINE:COL: json.path: message`; a valid file
//! prints `FILE: ok (N metrics, M relations)` on stdout. Exit status: 0 when
//! every file is valid, 1 when one is not, 2 on a usage error or an
//! unreadable file. `-- -` reads standard input. Files named `*.schema.json`
//! (the JSON Schema next to the data) are skipped, so `check data/*.json`
//! works.

use std::io::{self, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::process::ExitCode;

use scorecard_core::{Lang, Problem};

/// Entry point for the `check` command.
pub fn run(flags: &crate::flags::Check) -> ExitCode {
    let lang = match flags.lang.as_deref().map(Lang::parse) {
        None => Lang::En,
        Some(Some(lang)) => lang,
        Some(None) => return crate::usage_error("check: --lang takes en or zh"),
    };
    if flags.files.is_empty() {
        return crate::usage_error("check: name at least one scorecard file");
    }
    let status = check_files(&flags.files, lang);
    let Some(article) = &flags.article else {
        return ExitCode::from(status);
    };
    let text = match std::fs::read_to_string(article) {
        Ok(t) => t,
        Err(e) => {
            say_err(&format!("{article}: cannot read: {e}"));
            return ExitCode::from(2);
        }
    };
    let mut worst = status;
    for file in &flags.files {
        let Ok(sc) = std::fs::read(file)
            .map_err(drop)
            .and_then(|b| scorecard_core::load(&b).map_err(drop))
        else {
            continue;
        };
        worst = worst.max(crate::coverage::check(file, &sc, article, &text, lang));
    }
    ExitCode::from(worst)
}

/// Checks every file and returns the exit status (0, 1 or 2); messages in
/// `lang`.
pub fn check_files<S: AsRef<str>>(files: &[S], lang: Lang) -> u8 {
    let mut status = 0;
    for file in files {
        status = status.max(check_file(file.as_ref(), lang));
    }
    status
}

/// `FILE:LINE:COL: path: message` in `lang`.
fn line(name: &str, p: &Problem, lang: Lang) -> String {
    let path = if p.path.is_empty() { "$" } else { &p.path };
    format!("{name}:{}: {path}: {}", p.pos, p.message_in(lang))
}

fn check_file(file: &str, lang: Lang) -> u8 {
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
            let note_word = if lang == Lang::Zh { "提示" } else { "note" };
            for note in scorecard_core::notes(&text, &scorecard) {
                say_err(&format!(
                    "{name}:{}: {}: {note_word}: {}",
                    note.pos,
                    note.path,
                    note.message_in(lang)
                ));
            }
            say_out(&format!(
                "{name}: ok ({metrics} metrics, {relations} relations)"
            ));
            0
        }
        Ok(Err(problems)) => {
            for line in summarised(name, &problems, lang) {
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
fn summarised(name: &str, problems: &[Problem], lang: Lang) -> Vec<String> {
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
            lines.push(line(name, p, lang));
        }
    }
    for (kind, n) in seen.into_iter().filter(|(_, n)| *n > SHOWN_PER_KIND) {
        let more = n - SHOWN_PER_KIND;
        lines.push(match lang {
            Lang::En => format!("{name}: … and {more} more {} problems", kind.as_str()),
            Lang::Zh => format!("{name}: ……另有 {more} 个同类问题（{}）", kind.title(lang)),
        });
    }
    let n = problems.len();
    lines.push(match lang {
        Lang::En if n == 1 => format!("{name}: 1 problem"),
        Lang::En => format!("{name}: {n} problems"),
        Lang::Zh => format!("{name}: 共 {n} 个问题"),
    });
    lines
}

// Writing to a closed pipe must not panic (`println!` would).
pub fn say_out(line: &str) {
    let _ = writeln!(io::stdout().lock(), "{line}");
}

pub fn say_err(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}
