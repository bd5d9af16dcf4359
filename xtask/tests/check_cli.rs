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
        stdout.contains("data/lingling-2020.json: ok (118 metrics"),
        "{stdout}"
    );
    let (code, _, stderr) = check(&["tests/fixtures/no-such-file.json"]);
    assert_eq!(code, 2, "{stderr}");
}
