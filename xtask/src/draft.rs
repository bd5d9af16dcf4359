//! `cargo xtask draft ARTICLE.txt`: a first scorecard of an article, from
//! the same core code the studio uses (`scorecard_core::draft`).

use std::path::Path;
use std::process::ExitCode;

use scorecard_core::draft::{draft, figures, header, Kind, Options};
use scorecard_core::Lang;

/// Entry point for the `draft` command.
pub fn run(flags: &crate::flags::Draft) -> ExitCode {
    let path = Path::new(&flags.article);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let lang = match flags.lang.as_deref() {
        None => scorecard_core::draft::guess_lang(&text),
        Some(code) => match Lang::parse(code) {
            Some(l) => l,
            None => return crate::usage_error("draft: --lang takes zh or en"),
        },
    };
    let id = flags.id.clone().unwrap_or_else(|| id_from(path));
    if !scorecard_core::decode::is_id(&id) {
        return crate::usage_error(&format!(
            "draft: \"{id}\" is not an id: use 1–64 of a-z, 0-9 and '-', starting with a letter"
        ));
    }
    let options = Options {
        id,
        lang,
        today: scorecard_core::date::today_utc(),
    };
    let sc = draft(&text, &options);
    let json = match scorecard_core::write::to_json(&sc) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("draft: {}: {}", e.path, e.message);
            return ExitCode::from(1);
        }
    };
    let body = &text[header(&text).body..];
    let all = figures(body);
    let count = |k: Kind| all.iter().filter(|f| f.found.kind == k).count();
    let in_draft = sc.metrics().count();
    eprintln!(
        "{}: {} numbers: {} figures ({in_draft} in the draft, {} without a unit word left out), {} not figures (years, dates, times, ordinals, list numbers, codes)",
        path.display(),
        all.len(),
        count(Kind::Figure),
        count(Kind::Figure) - in_draft,
        all.len() - count(Kind::Figure),
    );
    if sc.source.url.ends_with(".invalid/") {
        eprintln!("{}: no `URL:` line: fill in source.url", path.display());
    }
    match &flags.out {
        Some(out) => match std::fs::write(out, &json) {
            Ok(()) => {
                eprintln!("wrote {out}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{out}: cannot write: {e}");
                ExitCode::from(2)
            }
        },
        None => {
            print!("{json}");
            ExitCode::SUCCESS
        }
    }
}

fn id_from(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    scorecard_core::draft::id_from(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_languages() {
        assert_eq!(
            id_from(Path::new("data/articles/Lingling 2020.txt")),
            "lingling-2020"
        );
        assert_eq!(id_from(Path::new("2020.txt")), "draft-2020");
    }
}
