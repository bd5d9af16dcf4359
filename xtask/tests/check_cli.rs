//! `cargo xtask check` on the fixture corpus: every invalid file exits 1 and
//! its first line is `FILE:LINE:COL: path: message` as the manifest expects;
//! valid files exit 0; an unreadable file exits 2.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("check")
        .args(args)
        .current_dir(root())
        .output()
        .expect("xtask runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_invalid_fixture_reports_its_first_problem_with_position_and_path() {
    let manifest =
        std::fs::read_to_string(root().join("tests/fixtures/invalid/expected.tsv")).unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    let mut checked = 0;
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [file, kind, pos, path] = cols[..] else {
            panic!("bad manifest line {line:?}")
        };
        if file.starts_with('@') {
            continue; // generated in core's corpus test
        }
        let rel = format!("tests/fixtures/invalid/{file}");
        let (code, _, stderr) = check(&[&rel]);
        assert_eq!(code, 1, "{file}: {stderr}");
        let first = stderr.lines().next().unwrap_or_default();
        let want = format!("{rel}:{pos}: {path}: ");
        assert!(
            first.starts_with(&want),
            "{file} ({kind}): got {first:?}, want {want:?}…"
        );
        kinds.insert(kind.to_string());
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} fixtures");
    for kind in [
        "syntax",
        "wrong-type",
        "unknown-field",
        "missing-field",
        "duplicate-id",
        "dangling-reference",
        "relation-fails",
        "empty-quote",
        "unsafe-url",
        "unsupported-version",
    ] {
        assert!(kinds.contains(kind), "no CLI case for {kind}");
    }
}

#[test]
fn valid_files_pass_and_unreadable_ones_are_usage_errors() {
    let (code, stdout, _) = check(&["data/lingling-2020.json", "tests/fixtures/valid/base.json"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("data/lingling-2020.json: ok (117 metrics"),
        "{stdout}"
    );
    let (code, _, stderr) = check(&["tests/fixtures/no-such-file.json"]);
    assert_eq!(code, 2, "{stderr}");
}

/// A scorecard with `n` metrics in `unit`, written to a temporary file.
fn temp_scorecard(name: &str, unit: &str, n: usize, broken: bool) -> PathBuf {
    let metrics: Vec<String> = (0..n)
        .map(|i| {
            let direction = if broken { "" } else { r#", "direction": "neutral""# };
            format!(
                r#"{{"id": "m{i}", "label": "l", "value": {i}, "unit": "{unit}"{direction}, "quote": "q"}}"#
            )
        })
        .collect();
    let doc = format!(
        r#"{{"schema_version": 2, "id": "t", "default_lang": "zh", "title": "t",
"source": {{"outlet": "o", "title": "t", "url": "https://example.com/", "retrieved": "2026-12-05"}},
"sections": [{{"id": "s", "kind": "group", "title": "s", "metrics": [{}]}}]}}"#,
        metrics.join(",\n")
    );
    let path = std::env::temp_dir().join(format!("xtask-check-{}-{name}.json", std::process::id()));
    std::fs::write(&path, doc).unwrap();
    path
}

#[test]
fn unknown_units_are_notes_and_repeated_problems_are_counted() {
    let valid = temp_scorecard("note", "万羽", 3, false);
    let (code, _, err) = check(&[valid.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let notes: Vec<&str> = err.lines().filter(|l| l.contains(": note: ")).collect();
    assert_eq!(notes.len(), 1, "{err}");
    assert!(
        notes[0].contains(":3:116:") && notes[0].contains("sections[0].metrics[0].unit"),
        "{err}"
    );
    assert!(
        notes[0].contains("\"万羽\"") && notes[0].contains("3 figures"),
        "{err}"
    );

    let invalid = temp_scorecard("many", "人", 8, true);
    let (code, _, err) = check(&[invalid.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("missing required field"))
            .count(),
        5,
        "{err}"
    );
    assert!(err.contains("… and 3 more missing-field problems"), "{err}");
    assert!(
        err.lines().last().unwrap().ends_with(": 8 problems"),
        "{err}"
    );
    let (_, _, err) = check(&["--lang", "zh", invalid.to_str().unwrap()]);
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("缺少必填字段 \"direction\""))
            .count(),
        5,
        "{err}"
    );
    assert!(err.contains("另有 3 个同类问题（缺少字段）"), "{err}");
    assert!(
        err.lines().last().unwrap().ends_with(": 共 8 个问题"),
        "{err}"
    );
    let (_, _, err) = check(&["--lang", "zh", valid.to_str().unwrap()]);
    assert!(err.contains(": 提示: \"万羽\" 不是已知单位"), "{err}");
    let (code, _, err) = check(&["--lang", "fr", valid.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    let _ = std::fs::remove_file(valid);
    let _ = std::fs::remove_file(invalid);
}

#[test]
fn against_its_article_a_scorecard_shows_its_coverage_and_stray_quotes() {
    let article = "data/articles/kolo-nevada-gaming-win-2020.txt";
    let (code, out, err) = check(&[
        "--article",
        article,
        "data/kolo-nevada-gaming-win-2020.json",
    ]);
    assert_eq!(code, 0, "{err}");
    let coverage = out
        .lines()
        .find(|l| l.contains(": coverage "))
        .expect("a coverage line");
    let (covered, total) = coverage
        .rsplit_once("coverage ")
        .and_then(|(_, r)| r.trim_end_matches(" figures").split_once('/'))
        .expect("N/M");
    assert!(
        covered.parse::<u32>().unwrap() * 10 >= total.parse::<u32>().unwrap() * 8,
        "{coverage}"
    );
    assert!(
        err.lines()
            .all(|l| l.contains(": note: no metric states this figure: ")),
        "{err}"
    );

    let text =
        std::fs::read_to_string(root().join("data/kolo-nevada-gaming-win-2020.json")).unwrap();
    let altered = text.replacen("\"quote\": \"", "\"quote\": \"Reportedly, ", 1);
    let path = std::env::temp_dir().join(format!("xtask-article-{}.json", std::process::id()));
    std::fs::write(&path, altered).unwrap();
    let (code, _, err) = check(&["--lang", "zh", "--article", article, path.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(".quote: 引句不在原文中"), "{err}");
    let _ = std::fs::remove_file(path);
}
