//! The fixture corpus in `tests/fixtures/` (at the repository root).
//!
//! `invalid/expected.tsv` lists every malformed or hostile file with the kind,
//! `LINE:COL` and JSON path of the first problem [`load`] must report. Names
//! starting with `@` are built here instead of being committed (too large or
//! too repetitive). Every file in `valid/` must load, and everything the page
//! derives from it must be computable without a panic.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use scorecard_core::checks::checks;
use scorecard_core::decode::{MAX_LIST, MAX_METRICS};
use scorecard_core::derived::{series_change, shares};
use scorecard_core::format::{alternate, number, stated, stated_number};
use scorecard_core::json::{MAX_BYTES, MAX_DEPTH, MAX_STRING_BYTES};
use scorecard_core::{load, Lang, Problem, ProblemKind, Scorecard};

/// Every kind, written out: the corpus must exercise each one.
const ALL_KINDS: [ProblemKind; 20] = [
    ProblemKind::Syntax,
    ProblemKind::Encoding,
    ProblemKind::Comment,
    ProblemKind::TrailingComma,
    ProblemKind::DuplicateKey,
    ProblemKind::NumberOutOfRange,
    ProblemKind::TooLarge,
    ProblemKind::TooDeep,
    ProblemKind::StringTooLong,
    ProblemKind::TooMany,
    ProblemKind::WrongType,
    ProblemKind::UnknownField,
    ProblemKind::MissingField,
    ProblemKind::InvalidValue,
    ProblemKind::DuplicateId,
    ProblemKind::DanglingReference,
    ProblemKind::RelationFails,
    ProblemKind::EmptyQuote,
    ProblemKind::UnsafeUrl,
    ProblemKind::UnsupportedVersion,
];

/// Fails to compile when a kind is added without updating [`ALL_KINDS`].
#[allow(dead_code)]
fn listed(kind: ProblemKind) {
    match kind {
        ProblemKind::Syntax
        | ProblemKind::Encoding
        | ProblemKind::Comment
        | ProblemKind::TrailingComma
        | ProblemKind::DuplicateKey
        | ProblemKind::NumberOutOfRange
        | ProblemKind::TooLarge
        | ProblemKind::TooDeep
        | ProblemKind::StringTooLong
        | ProblemKind::TooMany
        | ProblemKind::WrongType
        | ProblemKind::UnknownField
        | ProblemKind::MissingField
        | ProblemKind::InvalidValue
        | ProblemKind::DuplicateId
        | ProblemKind::DanglingReference
        | ProblemKind::RelationFails
        | ProblemKind::EmptyQuote
        | ProblemKind::UnsafeUrl
        | ProblemKind::UnsupportedVersion => {}
        // Not a problem of an invalid file: notes on valid ones are tested
        // with the CLI (xtask/tests/check_cli.rs).
        ProblemKind::Note => {}
        // Not in a file: an embed's address that cannot be read
        // (core/src/remote.rs, e2e/tests/api.spec.ts).
        ProblemKind::Unreachable => {}
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The small valid scorecard the fixtures are variations of.
fn base() -> String {
    String::from_utf8(read(&fixtures().join("valid/base.json"))).expect("base.json is UTF-8")
}

/// One line of the manifest.
struct Case {
    file: String,
    kind: String,
    pos: String,
    path: String,
}

fn manifest() -> Vec<Case> {
    let path = fixtures().join("invalid/expected.tsv");
    let text = String::from_utf8(read(&path)).expect("manifest is UTF-8");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("file\tkind\tline:col\tpath"),
        "manifest header"
    );
    lines
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "expected.tsv line {}: {line:?}", i + 2);
            Case {
                file: cols[0].into(),
                kind: cols[1].into(),
                pos: cols[2].into(),
                path: cols[3].into(),
            }
        })
        .collect()
}

/// The files named `@…` in the manifest.
fn generated(name: &str) -> Vec<u8> {
    let base = base();
    let quote = "\"全县脱贫300户1000人。\"";
    let long_quote = |body: String| {
        assert!(base.contains(quote));
        base.replacen(quote, &format!("\"{body}\""), 1).into_bytes()
    };
    match name {
        "@too-large" => {
            let mut doc = base.into_bytes();
            doc.resize(MAX_BYTES + 1, b' ');
            doc
        }
        "@too-deep-100k" => "[".repeat(100_000).into_bytes(),
        "@string-too-long" => long_quote("x".repeat(MAX_STRING_BYTES + 1)),
        "@string-too-long-cjk" => long_quote("字".repeat(MAX_STRING_BYTES / 3 + 1)),
        "@string-too-long-escaped" => long_quote("\\u0041".repeat(MAX_STRING_BYTES + 1)),
        "@string-too-long-key" => {
            format!("{{\"{}\": 1}}", "k".repeat(MAX_STRING_BYTES + 1)).into_bytes()
        }
        // One metric more than allowed, split over two sections so that no
        // single list exceeds MAX_LIST: the 50,001st metric is on line 50005.
        "@too-many-metrics" => {
            let first = MAX_METRICS / 2 + 1;
            many_metrics(&[first, MAX_METRICS + 1 - first])
        }
        "@too-many-authors" => {
            let authors = "\"陈斌\",\n      \"王亚明\"";
            assert!(base.contains(authors));
            let many = vec!["\"a\""; MAX_LIST + 1].join(",");
            base.replacen(authors, &many, 1).into_bytes()
        }
        // 100,000 distinct keys, then the first again on line 100,002: a
        // duplicate check that scans every key is quadratic and hangs here.
        "@wide-object-duplicate-last" => {
            let mut doc = String::from("{\n");
            for i in 0..100_000 {
                doc.push_str(&format!("\"k{i}\": 0,\n"));
            }
            doc.push_str("\"k0\": 1\n}\n");
            doc.into_bytes()
        }
        other => panic!("no generator for {other}"),
    }
}

/// A scorecard whose sections hold `counts` metrics, one metric per line
/// starting on line 3.
fn many_metrics(counts: &[usize]) -> Vec<u8> {
    let mut doc = String::from(
        "{\"schema_version\":1,\"id\":\"many\",\"default_lang\":\"zh\",\"title\":\"t\",\"source\":{\"outlet\":\"o\",\"title\":\"t\",\"url\":\"https://example.com/\",\"published\":\"2020-01-01\",\"authors\":[]},\"sections\":[\n",
    );
    let mut n = 0;
    for (s, &count) in counts.iter().enumerate() {
        if s > 0 {
            doc.push_str(",\n");
        }
        doc.push_str(&format!(
            "{{\"id\":\"s{s}\",\"kind\":\"net\",\"title\":\"s\",\"metrics\":[\n"
        ));
        for i in 0..count {
            let sep = if i + 1 < count { "," } else { "" };
            doc.push_str(&format!(
                "{{\"id\":\"m{n}\",\"label\":\"l\",\"value\":{n},\"unit\":\"人\",\"direction\":\"neutral\",\"quote\":\"q\"}}{sep}\n"
            ));
            n += 1;
        }
        doc.push_str("]}");
    }
    doc.push_str("]}\n");
    doc.into_bytes()
}

fn describe(problems: &[Problem]) -> String {
    problems
        .iter()
        .take(5)
        .map(|p| format!("    {} [{}]", p, p.kind.as_str()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Loads one manifest case and returns what differs from the manifest.
fn check_case(case: &Case, bytes: &[u8]) -> Result<Problem, String> {
    let problems = match load(bytes) {
        Ok(_) => return Err("loaded without a problem".into()),
        Err(p) => p,
    };
    let Some(first) = problems.first() else {
        return Err("Err with no problem".into());
    };
    let mut wrong = Vec::new();
    if first.kind.as_str() != case.kind {
        wrong.push(format!("kind {} (want {})", first.kind.as_str(), case.kind));
    }
    let pos = first.pos.to_string();
    if pos != case.pos {
        wrong.push(format!("position {pos} (want {})", case.pos));
    }
    let path = if first.path.is_empty() {
        "$"
    } else {
        &first.path
    };
    if path != case.path {
        wrong.push(format!("path {path} (want {})", case.path));
    }
    let prefix = format!("{}: {}: ", case.pos, case.path);
    if wrong.is_empty() && !first.to_string().starts_with(&prefix) {
        wrong.push(format!("display does not start with {prefix:?}"));
    }
    for p in &problems {
        if p.pos.line == 0 || p.pos.col == 0 {
            wrong.push(format!("problem without a position: {p}"));
        }
    }
    if wrong.is_empty() {
        Ok(first.clone())
    } else {
        Err(format!("{}\n{}", wrong.join(", "), describe(&problems)))
    }
}

#[test]
fn every_invalid_fixture_fails_as_the_manifest_says() {
    let dir = fixtures().join("invalid");
    let cases = manifest();
    assert!(cases.len() >= 45, "only {} cases", cases.len());

    // The manifest and the directory agree.
    let listed: BTreeSet<&str> = cases.iter().map(|c| c.file.as_str()).collect();
    assert_eq!(listed.len(), cases.len(), "a file is listed twice");
    let on_disk: BTreeSet<String> = fs::read_dir(&dir)
        .expect("invalid/ exists")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n != "expected.tsv")
        .collect();
    for name in &on_disk {
        assert!(
            listed.contains(name.as_str()),
            "{name} is not in expected.tsv"
        );
    }

    let names: BTreeSet<&str> = ALL_KINDS.iter().map(|k| k.as_str()).collect();
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in &cases {
        assert!(
            names.contains(case.kind.as_str()),
            "{}: unknown kind {}",
            case.file,
            case.kind
        );
        *per_kind.entry(case.kind.as_str()).or_default() += 1;
        let bytes = if case.file.starts_with('@') {
            generated(&case.file)
        } else {
            assert!(
                on_disk.contains(&case.file),
                "{} is listed but missing",
                case.file
            );
            read(&dir.join(&case.file))
        };
        if let Err(why) = check_case(case, &bytes) {
            failures.push(format!("{}: {why}", case.file));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ from expected.tsv:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );

    let missing: Vec<&str> = ALL_KINDS
        .iter()
        .map(|k| k.as_str())
        .filter(|k| !per_kind.contains_key(k))
        .collect();
    assert!(missing.is_empty(), "no fixture for: {missing:?}");
}

/// The first problem of a listed fixture, for checks of its message.
fn first_problem(file: &str) -> Problem {
    let bytes = read(&fixtures().join("invalid").join(file));
    load(&bytes).expect_err(file).remove(0)
}

#[test]
fn failing_relations_show_both_sides() {
    let sum = first_problem("relation-fails-sum.json").message;
    for side in [
        "households (300户)",
        "households-2019 (200户)",
        "households-2020 (90户)",
        "290",
    ] {
        assert!(sum.contains(side), "sum message lacks {side:?}: {sum}");
    }
    let bound = first_problem("relation-fails-at-most.json").message;
    for side in ["households-2020 (100户)", "households (300户)"] {
        assert!(
            bound.contains(side),
            "at_most message lacks {side:?}: {bound}"
        );
    }
    let parts = first_problem("relation-fails-composition.json").message;
    for side in [
        "funding (近3.38亿元)",
        "funding-central (2.1亿元)",
        "funding-local (12,000万元)",
        "330,000,000",
    ] {
        assert!(
            parts.contains(side),
            "composition message lacks {side:?}: {parts}"
        );
    }
}

#[test]
fn messages_name_what_was_found() {
    let cases = [
        ("unknown-field-typo.json", "qualifer"),
        ("unknown-field-case.json", "did you mean \"title\""),
        ("duplicate-key.json", "\"value\""),
        ("invalid-value-unknown-unit.json", "千元"),
        ("invalid-value-part-of-itself.json", "funding"),
        ("invalid-value-incompatible-units.json", "户"),
        ("unsupported-version-3.json", "3"),
        ("dangling-reference-relation-total.json", "household"),
        ("duplicate-id-metric.json", "sections[0].metrics[1].id"),
    ];
    for (file, needle) in cases {
        let p = first_problem(file);
        assert!(p.message.contains(needle), "{file}: {p}");
    }
    // Untrusted text is previewed on one line, without control characters.
    let p = first_problem("unsafe-url-escaped-newline.json");
    assert!(!p.to_string().contains('\n'), "{p}");
}

/// Everything the page computes from a scorecard, to prove none of it panics.
fn render(sc: &Scorecard) -> usize {
    let mut len = 0;
    for (_, m) in sc.metrics() {
        for lang in [Lang::Zh, Lang::En] {
            len += stated(m, lang).len();
            len += alternate(m, lang).map_or(0, |s| s.len());
            len += m.label.text(lang).len();
            if let Some(d) = series_change(m) {
                len += d.describe(lang).len();
            }
        }
        len += stated_number(m).len();
        len += shares(sc, m).len();
    }
    for c in checks(sc) {
        assert!(c.holds, "{} does not hold in a valid file", c.id);
        len += c.parts.len();
    }
    len
}

#[test]
fn every_valid_fixture_loads() {
    let dir = fixtures().join("valid");
    let mut names: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("valid/ exists")
        .map(|e| e.expect("dir entry").path())
        .collect();
    scorecard_core::sort::by(&mut names, Ord::cmp);
    assert!(names.len() >= 10, "only {} valid fixtures", names.len());
    let mut failures = Vec::new();
    for path in &names {
        match load(&read(path)) {
            Ok(sc) => {
                render(&sc);
            }
            Err(problems) => failures.push(format!("{}:\n{}", path.display(), describe(&problems))),
        }
    }
    assert!(
        failures.is_empty(),
        "valid fixtures rejected:\n{}",
        failures.join("\n")
    );
}

fn load_valid(file: &str) -> Scorecard {
    let bytes = read(&fixtures().join("valid").join(file));
    load(&bytes).unwrap_or_else(|p| panic!("{file}:\n{}", describe(&p)))
}

#[test]
fn encodings_and_layout_do_not_change_the_meaning() {
    let base = load_valid("base.json");
    for file in [
        "bom.json",
        "crlf.json",
        "minified.json",
        "ascii-escaped.json",
        "deep-whitespace.json",
    ] {
        assert_eq!(load_valid(file), base, "{file}");
    }
}

#[test]
fn hostile_text_is_kept_verbatim() {
    let sc = load_valid("html-labels.json");
    let m = sc.metric("script").expect("script metric");
    assert_eq!(m.label.text(Lang::Zh), "<script>alert(1)</script>");
    assert_eq!(m.label.en(), Some("<img src=x onerror=alert(1)>"));
    let sc = load_valid("unicode-labels.json");
    let m = sc.metric("emoji").expect("emoji metric");
    assert!(m
        .label
        .text(Lang::Zh)
        .starts_with("👩\u{200d}👩\u{200d}👧\u{200d}👦"));
    assert!(m
        .topic
        .as_ref()
        .expect("topic")
        .text(Lang::Zh)
        .starts_with('\u{202e}'));
    assert!(m.quote.contains('😀') && m.quote.contains('\u{0}'));
}

#[test]
fn minus_zero_is_plain_zero() {
    let sc = load_valid("minus-zero.json");
    for id in ["incidents", "change"] {
        let m = sc.metric(id).expect(id);
        assert!(
            m.value == 0.0 && m.value.is_sign_positive(),
            "{id}: {}",
            m.value
        );
        for lang in [Lang::Zh, Lang::En] {
            let s = stated(m, lang);
            assert!(!s.contains("-0"), "{id}: {s}");
        }
    }
    let m = sc.metric("incidents").expect("incidents");
    assert!(m.series.iter().all(|p| p.value.is_sign_positive()));
    assert_eq!(number(m.series[0].value, 2), "0.00");
}

#[test]
fn extreme_numbers_render() {
    let sc = load_valid("extreme-numbers.json");
    assert_eq!(sc.metric("huge").expect("huge").value, 1e308);
    assert_eq!(sc.metric("underflow").expect("underflow").value, 0.0);
    // 1e308 亿元 is beyond f64 in yuan; it renders as a dash, not as "inf".
    let m = sc.metric("huge-yi").expect("huge-yi");
    let en = stated(m, Lang::En);
    assert!(!en.contains("inf") && !en.contains("NaN"), "{en}");
}

#[test]
fn limits_are_inclusive() {
    // A string of exactly MAX_STRING_BYTES is accepted.
    let base = base();
    let doc = base.replacen(
        "\"全县脱贫300户1000人。\"",
        &format!("\"{}\"", "x".repeat(MAX_STRING_BYTES)),
        1,
    );
    assert!(load(doc.as_bytes()).is_ok(), "string of exactly the limit");
    // A file of exactly MAX_BYTES is accepted.
    let mut doc = base.clone().into_bytes();
    doc.resize(MAX_BYTES, b'\n');
    assert!(load(&doc).is_ok(), "file of exactly the limit");
    // Nesting of exactly MAX_DEPTH parses (it is not a scorecard).
    let deep = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    let p = load(deep.as_bytes()).expect_err("array");
    assert_eq!(p[0].kind, ProblemKind::WrongType);
    // Exactly MAX_METRICS metrics load.
    let half = MAX_METRICS / 2;
    assert!(
        load(&many_metrics(&[half, MAX_METRICS - half])).is_ok(),
        "{MAX_METRICS} metrics"
    );
}

/// Every message the invalid corpus gives has a Chinese form, so the CLI's
/// `--lang zh` and the page in Chinese never fall back to English.
#[test]
fn every_message_has_a_chinese_form() {
    let dir = fixtures().join("invalid");
    let mut untranslated = BTreeSet::new();
    let mut seen = 0;
    for case in manifest() {
        let bytes = if case.file.starts_with('@') {
            generated(&case.file)
        } else {
            read(&dir.join(&case.file))
        };
        for p in load(&bytes).err().unwrap_or_default() {
            seen += 1;
            if p.message_in(Lang::Zh) == p.message {
                untranslated.insert(p.message.clone());
            }
        }
    }
    assert!(seen >= 140, "only {seen} messages");
    assert!(
        untranslated.is_empty(),
        "no Chinese form for:\n{}",
        untranslated.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// Version 1 files are read by version 1's rules: v2's fields, units and
/// kinds are named as such; the same file as version 2 loads.
#[test]
fn version_one_keeps_its_rules() {
    let doc = |version: u32| {
        format!(
            r#"{{"schema_version": {version}, "id": "x", "default_lang": "zh", "title": "t",
"source": {{"outlet": "o", "title": "t", "url": "https://example.com/", "published": "2021", "authors": []}},
"sections": [{{"id": "s", "kind": "group", "title": "s", "metrics": [
{{"id": "m", "label": "l", "value": 118969, "unit": "千公顷", "direction": "neutral", "change": {{"value": 636, "unit": "千公顷"}}, "quote": "q"}}]}}]}}"#
        )
    };
    let problems = load(doc(1).as_bytes()).expect_err("not version 1");
    let said: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect();
    let said = said.join("\n");
    assert!(
        said.contains("source.published: \"2021\" is not YYYY-MM-DD"),
        "{said}"
    );
    assert!(
        said.contains("sections[0].kind: \"group\" is not one of"),
        "{said}"
    );
    assert!(
        said.contains("sections[0].metrics[0].unit: \"千公顷\" is not a unit of format version 1"),
        "{said}"
    );
    assert!(
        said.contains(
            "sections[0].metrics[0].change: field \"change\" needs \"schema_version\": 2"
        ),
        "{said}"
    );
    let sc = load(doc(2).as_bytes()).expect("valid as version 2");
    let m = &sc.sections[0].metrics[0];
    assert_eq!(m.exact(), 118_969_000.0);
    assert_eq!(m.change.as_ref().map(|c| c.value), Some(636.0));
}
