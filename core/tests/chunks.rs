//! Text given in pieces loads exactly as the whole text does, wherever the
//! pieces split it: inside a string, an escape, a number or a literal, next
//! to a multi-byte character, or between tokens.

use std::cell::Cell;
use std::fs;
use std::path::Path;

use scorecard_core::json::MAX_BYTES;
use scorecard_core::{load_chunks, load_str, Problem, ProblemKind, Scorecard};

type Loaded = Result<Scorecard, Vec<Problem>>;

/// Loads `text` cut at `cuts` (increasing character boundaries).
fn in_pieces(text: &str, cuts: &[usize]) -> Loaded {
    let mut ends = vec![0];
    ends.extend_from_slice(cuts);
    ends.push(text.len());
    let pieces: Vec<String> = ends
        .windows(2)
        .map(|w| text[w[0]..w[1]].to_owned())
        .collect();
    load_chunks(|| pieces.clone())
}

/// Loads `text` in pieces of `size` bytes (longer where a character would
/// be cut).
fn in_pieces_of(text: &str, size: usize) -> Loaded {
    let mut cuts = Vec::new();
    let mut at = size;
    while at < text.len() {
        while !text.is_char_boundary(at) {
            at += 1;
        }
        cuts.push(at);
        at += size;
    }
    cuts.retain(|&c| c < text.len());
    in_pieces(text, &cuts)
}

fn boundaries(text: &str) -> Vec<usize> {
    (1..text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect()
}

/// Every split in two, and for short texts every split in three.
fn assert_every_split(text: &str) {
    let whole = load_str(text);
    let cuts = boundaries(text);
    for &a in &cuts {
        assert_eq!(in_pieces(text, &[a]), whole, "{text:?} cut at {a}");
        if text.len() <= 48 {
            for &b in cuts.iter().filter(|&&b| b > a) {
                assert_eq!(in_pieces(text, &[a, b]), whole, "{text:?} cut at {a}, {b}");
            }
        }
    }
    assert_eq!(in_pieces(text, &cuts), whole, "{text:?} in characters");
}

/// JSON values and broken JSON, each where its value is shown in a
/// message (an unsupported version or language) or as a document.
fn small_documents() -> Vec<String> {
    let numbers = [
        "2",
        "-0",
        "-0.5e+3",
        "12345e-2",
        "1.250",
        "1E2",
        "0.1e1",
        "9007199254740993",
        "1e400",
        "01",
        "1.",
        "1e",
        "1e+",
        "-",
        "-x",
        "-NaN",
        "--1",
        ".5",
        "1.5.2",
    ];
    let strings = [
        r#""abc""#,
        r#""a\nb\"c\\d\/e\bf\fg\rh\ti""#,
        r#""\u00e9\u6807""#,
        r#""\ud83d\ude00""#,
        r#""标题😀""#,
        r#""""#,
        r#""abc"#,
        r#""a\qb""#,
        r#""\ud800x""#,
        r#""\ud800\u0041""#,
        r#""\udc00""#,
        r#""\u12""#,
        "\"a\u{1}b\"",
        "\"a\tb\"",
        r#""a\"#,
    ];
    let literals = [
        "true", "false", "null", "tru", "nul", "fals", "NaN", "Infinity", "'a'", "x",
    ];
    let mut docs = Vec::new();
    for v in numbers.iter().chain(&literals) {
        docs.push(format!("{{\"schema_version\": {v}}}"));
        docs.push(format!("[{v}]"));
    }
    for v in strings.iter().chain(&literals) {
        docs.push(format!("{{\"default_lang\": {v}}}"));
    }
    let structures = [
        "",
        " \r\n\t ",
        "\u{FEFF}{}",
        "\u{FEFF}",
        "{}",
        "[]",
        "[[], {}]",
        "{\"a\": [1, {\"b\": null}]}",
        "[1,]",
        "{\"a\":1,}",
        "{\"a\":1,\"a\":2}",
        "{\"a\" 1}",
        "{a:1}",
        "[1 2]",
        "{} x",
        "{}{}",
        "/* */ {}",
        "{} //",
        "[/]",
        "{\"a\":1 /",
        "[1,,2]",
        "{,}",
        "{\"a\":}",
        "[",
        "{",
        "{\"a\"",
        "{\"\\u0061\":1,\"a\":2}",
        "{\"标\":1,\"标\":2}",
    ];
    docs.extend(structures.iter().map(|s| s.to_string()));
    docs.push("[".repeat(64) + &"]".repeat(64));
    docs.push("[".repeat(65) + &"]".repeat(65));
    docs
}

#[test]
fn every_split_of_small_documents() {
    for doc in small_documents() {
        assert_every_split(&doc);
    }
}

/// A small scorecard with metrics, parts, a relation, escapes and text
/// outside the Basic Multilingual Plane.
const SMALL: &str = r#"{"schema_version": 1, "id": "t", "default_lang": "zh",
 "title": {"zh": "标题\n", "en": "T\u00e9 \ud83d\ude00"},
 "source": {"outlet": "o", "title": "t", "url": "https://e.org/a",
  "published": "2020-11-25T09:46:45+08:00", "authors": ["a"]},
 "sections": [{"id": "s", "kind": "net", "title": "s", "metrics": [
  {"id": "a", "label": "甲", "value": 1.5, "unit": "万人", "direction": "higher_is_better",
   "series": [{"year": 2019, "value": 1}, {"year": 2020, "value": 1.5}],
   "parts": ["b", "c"], "quote": "甲1.5万人。"},
  {"id": "b", "label": {"zh": "乙", "en": "B"}, "value": 7000, "unit": "人",
   "qualifier": "余", "direction": "neutral", "quote": "乙7000余人😀"},
  {"id": "c", "label": "丙", "value": 8e3, "unit": "人", "direction": "neutral", "quote": "丙"}],
  "items": [{"id": "i", "name": "n", "quote": "q"}]}],
 "relations": [{"id": "r", "kind": "sum", "label": "l", "total": "a", "parts": ["b", "c"]}]}"#;

/// Changes to [`SMALL`]: none, then problems of every stage, and whether
/// they are whole-file problems (placed by reading the text again).
const VARIANTS: &[(&str, &str, bool)] = &[
    ("", "", false),
    ("\"en\": \"B\"", "\"en\": null", false),
    (
        "\"default_lang\": \"zh\"",
        "\"default_lang\": \"fr\"",
        false,
    ),
    ("\"schema_version\": 1", "\"schema_version\": \"1\"", false),
    ("\"schema_version\": 1", "\"schema_version\": 2", false),
    (
        "\"id\": \"t\"",
        "\"id\": \"t\", \"extra\": [1, {\"a\": \"\\u00e9\"}]",
        false,
    ),
    ("\"quote\": \"丙\"", "\"Quote\": \"丙\"", false),
    ("\"value\": 7000", "\"value\": \"7000\"", false),
    ("\"year\": 2020", "\"year\": 2018", false),
    ("\"id\": \"c\"", "\"id\": \"b\"", true),
    ("\"id\": \"i\"", "\"id\": \"s\"", true),
    ("\"total\": \"a\"", "\"total\": \"z\"", true),
    ("\"value\": 7000", "\"value\": 9000", true),
    (
        "\"value\": 8e3, \"unit\": \"人\"",
        "\"value\": 8e3, \"unit\": \"元\"",
        true,
    ),
];

/// [`SMALL`] with each of [`VARIANTS`].
fn scorecards() -> Vec<String> {
    VARIANTS
        .iter()
        .map(|(from, to, _)| {
            assert!(SMALL.contains(from), "{from}");
            SMALL.replacen(from, to, 1)
        })
        .collect()
}

#[test]
fn every_split_of_a_scorecard() {
    for doc in scorecards() {
        let whole = load_str(&doc);
        for a in boundaries(&doc) {
            assert_eq!(in_pieces(&doc, &[a]), whole, "{doc}\ncut at {a}");
        }
    }
}

#[test]
fn fixtures_in_small_pieces() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    for dir in ["valid", "invalid"] {
        let mut paths: Vec<_> = fs::read_dir(root.join(dir))
            .expect("fixture directory")
            .map(|e| e.expect("entry").path())
            .collect();
        scorecard_core::sort::by(&mut paths, Ord::cmp);
        for path in paths {
            let Ok(text) = fs::read_to_string(&path) else {
                continue; // not UTF-8: pieces are text
            };
            let whole = load_str(&text);
            for size in [1, 2, 3, 7, 64] {
                let name = path.display();
                assert_eq!(
                    in_pieces_of(&text, size),
                    whole,
                    "{name} in pieces of {size}"
                );
            }
        }
    }
}

/// Loads `text` in two pieces, counting how often it is read.
fn reads(text: &str) -> usize {
    let calls = Cell::new(0);
    let half = (1..text.len()).find(|&i| text.is_char_boundary(i) && i >= text.len() / 2);
    let (a, b) = text.split_at(half.unwrap_or(0));
    let _ = load_chunks(|| {
        calls.set(calls.get() + 1);
        [a, b]
    });
    calls.get()
}

#[test]
fn reads_again_only_to_place_whole_file_problems() {
    assert!(load_str(SMALL).is_ok(), "{:?}", load_str(SMALL));
    assert_eq!(reads("{"), 1, "syntax error");
    let mut kinds = Vec::new();
    for (doc, &(_, _, whole_file)) in scorecards().iter().zip(VARIANTS) {
        if let Err(problems) = load_str(doc) {
            kinds.push(problems[0].kind);
        }
        assert_eq!(reads(doc), if whole_file { 2 } else { 1 }, "{doc}");
    }
    for kind in [
        ProblemKind::DuplicateId,
        ProblemKind::DanglingReference,
        ProblemKind::RelationFails,
    ] {
        assert!(
            kinds.contains(&kind),
            "no {kind:?} among the test documents"
        );
    }
}

#[test]
fn a_text_changed_before_rereading_still_gives_the_problems() {
    let Some(doc) = scorecards()
        .into_iter()
        .find(|d| load_str(d).is_err_and(|p| p[0].kind == ProblemKind::DuplicateId))
    else {
        panic!("no duplicate ids among the test documents");
    };
    let whole = load_str(&doc).expect_err("duplicate");
    for second in ["", "{", "[1, 2]", SMALL] {
        let calls = Cell::new(0);
        let loaded = load_chunks(|| {
            calls.set(calls.get() + 1);
            [if calls.get() == 1 {
                doc.as_str()
            } else {
                second
            }]
        });
        let problems = loaded.expect_err("duplicate");
        let same = |p: &Problem, q: &Problem| (p.kind, &p.path) == (q.kind, &q.path);
        assert!(
            problems.iter().zip(&whole).all(|(p, q)| same(p, q)),
            "{second:?}"
        );
    }
}

#[test]
fn size_is_counted_across_pieces() {
    let piece = |n: usize, fill: char| fill.to_string().repeat(n);
    // Exactly the limit, in pieces of 256 KiB: valid.
    let mut text = SMALL.to_string();
    text.push_str(&piece(MAX_BYTES - text.len(), '\n'));
    assert!(in_pieces_of(&text, 256 * 1024).is_ok());
    // One byte more is too large, whatever comes before it.
    for start in [SMALL, "{,", "[\""] {
        let mut text = start.to_string();
        text.push_str(&piece(MAX_BYTES + 1 - text.len(), ' '));
        let problems = in_pieces_of(&text, 256 * 1024).expect_err("too large");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, ProblemKind::TooLarge, "{start}");
        assert!(problems[0].message.contains(&(MAX_BYTES + 1).to_string()));
        assert_eq!(problems, load_str(&text).expect_err("too large"));
    }
}
