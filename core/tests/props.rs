//! Property tests: no input makes the loader panic, every problem has a
//! position, the parser reads every JSON document with the right positions,
//! formatted numbers keep their value and derived figures are consistent.

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

use scorecard_core::decode;
use scorecard_core::derived::{series_change, Derived};
use scorecard_core::format::{number, stated};
use scorecard_core::json::{self, Node, Value};
use scorecard_core::types::QualifierPlace;
use scorecard_core::{load, Direction, Lang, Metric, Point, Pos, Qualifier, Text, Unit};

const BASE: &str = include_str!("../../tests/fixtures/valid/base.json");

fn config() -> Config {
    Config {
        cases: 256,
        // Keep failures in the output rather than in files beside the tests.
        failure_persistence: None,
        ..Config::default()
    }
}

// ------------------------------------------------------------------ JSON text

/// A JSON value to write out; numbers keep their literal.
#[derive(Debug, Clone)]
enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

/// Where the writer put a value (and the keys of an object).
struct Shape {
    pos: Pos,
    kids: Vec<(Option<Pos>, Shape)>,
}

const SPACES: [&str; 7] = ["", " ", "\n", "\t", "\r\n", "\n    ", "  "];

/// Writes JSON, keeping line and column (in characters) like an editor.
struct Writer<'a> {
    out: String,
    pos: Pos,
    spaces: &'a [u8],
    next_space: usize,
    escape_non_ascii: bool,
}

impl Writer<'_> {
    fn push(&mut self, s: &str) {
        for c in s.chars() {
            self.out.push(c);
            if c == '\n' {
                self.pos.line += 1;
                self.pos.col = 1;
            } else {
                self.pos.col += 1;
            }
        }
    }

    fn space(&mut self) {
        if self.spaces.is_empty() {
            return;
        }
        let pick = self.spaces[self.next_space % self.spaces.len()];
        self.next_space += 1;
        self.push(SPACES[usize::from(pick) % SPACES.len()]);
    }

    fn string(&mut self, s: &str) {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '/' if self.escape_non_ascii => out.push_str("\\/"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c if self.escape_non_ascii && !c.is_ascii() => {
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{u:04X}"));
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
        self.push(&out);
    }

    fn value(&mut self, j: &J) -> Shape {
        let pos = self.pos;
        let mut kids = Vec::new();
        match j {
            J::Null => self.push("null"),
            J::Bool(b) => self.push(if *b { "true" } else { "false" }),
            J::Num(n) => self.push(n),
            J::Str(s) => self.string(s),
            J::Arr(items) => {
                self.push("[");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.push(",");
                    }
                    self.space();
                    kids.push((None, self.value(item)));
                    self.space();
                }
                self.push("]");
            }
            J::Obj(members) => {
                self.push("{");
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        self.push(",");
                    }
                    self.space();
                    let key_pos = self.pos;
                    self.string(key);
                    self.space();
                    self.push(":");
                    self.space();
                    kids.push((Some(key_pos), self.value(value)));
                    self.space();
                }
                self.push("}");
            }
        }
        Shape { pos, kids }
    }
}

fn write(j: &J, spaces: &[u8], escape_non_ascii: bool) -> (String, Shape) {
    let mut w = Writer {
        out: String::new(),
        pos: Pos::START,
        spaces,
        next_space: 0,
        escape_non_ascii,
    };
    w.space();
    let shape = w.value(j);
    w.space();
    (w.out, shape)
}

/// Every position a problem may point at: values and keys.
fn positions(shape: &Shape, out: &mut Vec<Pos>) {
    out.push(shape.pos);
    for (key, kid) in &shape.kids {
        out.extend(*key);
        positions(kid, out);
    }
}

/// Checks that the parser read `j` as written, at the positions written.
fn same(j: &J, shape: &Shape, node: &Node) -> Result<(), String> {
    if node.pos != shape.pos {
        return Err(format!("{j:?} at {} read at {}", shape.pos, node.pos));
    }
    match (j, &node.value) {
        (J::Null, Value::Null) => Ok(()),
        (J::Bool(a), Value::Bool(b)) if a == b => Ok(()),
        (J::Num(n), Value::Number(v, _)) if n.parse::<f64>().ok() == Some(*v) => Ok(()),
        (J::Str(a), Value::String(b)) if a == b => Ok(()),
        (J::Arr(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(&shape.kids)
            .zip(b)
            .try_for_each(|((j, (_, s)), n)| same(j, s, n)),
        (J::Obj(a), Value::Object(b)) if a.len() == b.len() => {
            for (((key, j), (key_pos, s)), m) in a.iter().zip(&shape.kids).zip(b) {
                if *key != m.key || Some(m.key_pos) != *key_pos {
                    return Err(format!(
                        "key {key:?} at {key_pos:?} read as {:?} at {}",
                        m.key, m.key_pos
                    ));
                }
                same(j, s, &m.node)?;
            }
            Ok(())
        }
        (j, v) => Err(format!("{j:?} read as {v:?}")),
    }
}

/// The tree of a parsed document, to mutate and write out again.
fn to_j(node: &Node) -> J {
    match &node.value {
        Value::Null => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Number(v, _) => J::Num(format!("{v}")),
        Value::String(s) => J::Str(s.to_string()),
        Value::Array(items) => J::Arr(items.iter().map(to_j).collect()),
        Value::Object(members) => J::Obj(
            members
                .iter()
                .map(|m| (m.key.to_string(), to_j(&m.node)))
                .collect(),
        ),
    }
}

fn base_j() -> J {
    to_j(&json::parse(BASE).expect("base.json parses"))
}

/// Field names of the format, so that random objects reach the decoder's depths.
fn fields() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = decode::fields::ALL
        .iter()
        .flat_map(|f| f.iter().copied())
        .collect();
    scorecard_core::sort::by(&mut all, Ord::cmp);
    all.dedup();
    all
}

/// Strings the decoder gives meaning to, and hostile ones.
const WORDS: &[&str] = &[
    "",
    " ",
    "\u{3000}",
    "zh",
    "en",
    "fr",
    "a",
    "x-1",
    "Tiny",
    "1a",
    "households",
    "people",
    "funding",
    "headline",
    "net",
    "outcomes",
    "other",
    "sum",
    "at_most",
    "higher_is_better",
    "lower_is_better",
    "neutral",
    "户",
    "人",
    "万元",
    "亿元",
    "%",
    "万%",
    "千元",
    "余",
    "多",
    "以上",
    "超过",
    "近",
    "约",
    "2020-11-25",
    "2020-13-01",
    "2020-11-25T09:46:45+08:00",
    "2020-11-25T",
    "2020-11-25T09:46:45+8",
    "https://example.com/",
    "javascript:alert(1)",
    " https://a.b",
    "//evil",
    "https://u@h",
    "<script>alert(1)</script>",
    "\u{202e}",
    "👩\u{200d}👩\u{200d}👧",
    "e\u{301}",
    "\u{feff}",
    "\0",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(WORDS).prop_map(String::from),
        prop::sample::select(fields()).prop_map(String::from),
        prop::collection::vec(any::<char>(), 0..8).prop_map(|c| c.into_iter().collect()),
    ]
}

fn number_literal() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "0",
            "-0",
            "-0.0",
            "1",
            "2",
            "1.0",
            "2019",
            "2020.5",
            "1e308",
            "-1e308",
            "5e-324",
            "1e-400",
            "1.7976931348623157e308",
            "0.1",
            "12800",
            "3.38",
            "9999",
            "10000",
            "1E2",
            "1e+2",
        ])
        .prop_map(String::from),
        any::<i64>().prop_map(|n| n.to_string()),
        (any::<i32>(), 0u32..6).prop_map(|(n, d)| {
            let s = format!("{:0>width$}", n.unsigned_abs(), width = d as usize + 1);
            let (int, frac) = s.split_at(s.len() - d as usize);
            let sign = if n < 0 { "-" } else { "" };
            if d == 0 {
                format!("{sign}{int}")
            } else {
                format!("{sign}{int}.{frac}")
            }
        }),
        (-999i32..1000, -300i32..300).prop_map(|(m, e)| format!("{m}e{e}")),
        any::<f64>()
            .prop_filter("finite", |v| v.is_finite())
            .prop_map(|v| format!("{v:e}")),
    ]
}

fn leaf() -> impl Strategy<Value = J> {
    prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        number_literal().prop_map(J::Num),
        word().prop_map(J::Str),
    ]
}

fn dedupe(members: Vec<(String, J)>) -> Vec<(String, J)> {
    let mut seen = std::collections::HashSet::new();
    members
        .into_iter()
        .filter(|(k, _)| seen.insert(k.clone()))
        .collect()
}

fn json_value() -> impl Strategy<Value = J> {
    leaf().prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(J::Arr),
            prop::collection::vec((word(), inner), 0..10).prop_map(|m| J::Obj(dedupe(m))),
        ]
    })
}

/// A random document, mostly shaped like a scorecard's top level.
fn document() -> impl Strategy<Value = J> {
    prop_oneof![
        1 => json_value(),
        3 => prop::collection::vec((prop::sample::select(fields()).prop_map(String::from), json_value()), 0..12)
            .prop_map(|m| J::Obj(dedupe(m))),
    ]
}

// ------------------------------------------------------------------ mutations

#[derive(Debug, Clone)]
enum Mutation {
    /// Remove a member or element of the chosen container.
    Delete(Index, Index),
    /// Replace the chosen value.
    Replace(Index, J),
    /// Add (or overwrite) a member of the chosen object.
    Insert(Index, String, J),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let field = prop_oneof![
        prop::sample::select(fields()).prop_map(String::from),
        word()
    ];
    prop_oneof![
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Delete(a, b)),
        (any::<Index>(), json_value()).prop_map(|(a, j)| Mutation::Replace(a, j)),
        (any::<Index>(), field, json_value()).prop_map(|(a, k, j)| Mutation::Insert(a, k, j)),
    ]
}

/// Paths (child indexes from the root) of every value.
fn paths(j: &J, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(path.clone());
    let kids: Vec<&J> = match j {
        J::Arr(items) => items.iter().collect(),
        J::Obj(members) => members.iter().map(|(_, v)| v).collect(),
        _ => Vec::new(),
    };
    for (i, kid) in kids.into_iter().enumerate() {
        path.push(i);
        paths(kid, path, out);
        path.pop();
    }
}

fn get<'a>(j: &'a J, path: &[usize]) -> &'a J {
    match (path.split_first(), j) {
        (None, j) => j,
        (Some((&i, rest)), J::Arr(items)) => get(&items[i], rest),
        (Some((&i, rest)), J::Obj(members)) => get(&members[i].1, rest),
        (Some(_), j) => j,
    }
}

fn at<'a>(j: &'a mut J, path: &[usize]) -> &'a mut J {
    match (path.split_first(), j) {
        (None, j) => j,
        (Some((&i, rest)), J::Arr(items)) => at(&mut items[i], rest),
        (Some((&i, rest)), J::Obj(members)) => at(&mut members[i].1, rest),
        (Some(_), j) => j,
    }
}

fn mutate(j: &mut J, m: &Mutation) {
    let mut all = Vec::new();
    paths(j, &mut Vec::new(), &mut all);
    match m {
        Mutation::Delete(which, child) => {
            let path = which.get(&all).clone();
            match at(j, &path) {
                J::Arr(items) if !items.is_empty() => {
                    items.remove(child.index(items.len()));
                }
                J::Obj(members) if !members.is_empty() => {
                    members.remove(child.index(members.len()));
                }
                _ => {}
            }
        }
        Mutation::Replace(which, value) => {
            let path = which.get(&all).clone();
            *at(j, &path) = value.clone();
        }
        Mutation::Insert(which, key, value) => {
            let objects: Vec<&Vec<usize>> = all
                .iter()
                .filter(|p| matches!(get(j, p), J::Obj(_)))
                .collect();
            if objects.is_empty() {
                return;
            }
            let path = which.get(&objects).to_vec();
            if let J::Obj(members) = at(j, &path) {
                match members.iter_mut().find(|(k, _)| k == key) {
                    Some((_, v)) => *v = value.clone(),
                    None => members.push((key.clone(), value.clone())),
                }
            }
        }
    }
}

/// What must hold of any load result: problems exist, have positions inside
/// the document and, after parsing succeeded, point at a value or a key.
fn check_problems(text: &[u8], tokens: Option<&[Pos]>) -> Result<(), TestCaseError> {
    let Err(problems) = load(text) else {
        return Ok(());
    };
    prop_assert!(!problems.is_empty());
    let lines = text.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    for p in &problems {
        prop_assert!(p.pos.line >= 1 && p.pos.col >= 1, "{p}");
        prop_assert!(p.pos.line <= lines, "{p} is beyond the last line {lines}");
        if let Some(tokens) = tokens {
            prop_assert!(tokens.contains(&p.pos), "{p} points at no value or key");
        }
        let display = p.to_string();
        let path = if p.path.is_empty() { "$" } else { &p.path };
        let prefix = format!("{}: {path}: ", p.pos);
        prop_assert!(display.starts_with(&prefix), "{display}");
    }
    Ok(())
}

// ------------------------------------------------------------------ (a) bytes

const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\"",
    b"\\",
    b"\\u",
    b"d800",
    b"dc00",
    b"0",
    b"1",
    b"-",
    b".",
    b"e",
    b"E",
    b"+",
    b"true",
    b"null",
    b"NaN",
    b"-Infinity",
    b"\"id\"",
    b" ",
    b"\n",
    b"\r",
    b"\t",
    b"/",
    b"*",
    b"//",
    b"/*",
    b"'",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xfe",
    b"\xc3",
    b"\xe4\xb8",
    b"\xe4\xb8\xad",
    b"\xf0\x9f\x98\x80",
    b"\x00",
    b"\"schema_version\":1",
    b"\"sections\":[",
    b"\"metrics\":[{",
];

fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..64).prop_map(|t| t.concat())
}

fn damaged_base() -> impl Strategy<Value = Vec<u8>> {
    let edit = (any::<Index>(), any::<u8>(), 0u8..3);
    prop::collection::vec(edit, 1..6).prop_map(|edits| {
        let mut bytes = BASE.as_bytes().to_vec();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len() + 1);
            match op {
                0 => bytes.insert(i, byte),
                1 if i < bytes.len() => {
                    bytes.remove(i);
                }
                _ if i < bytes.len() => bytes[i] = byte,
                _ => bytes.truncate(i),
            }
        }
        bytes
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = json::parse_bytes(&bytes);
        check_problems(&bytes, None)?;
    }

    #[test]
    fn token_soup_never_panics(bytes in token_soup()) {
        if let Err(e) = json::parse_bytes(&bytes) {
            prop_assert!(e.pos.line >= 1 && e.pos.col >= 1);
        }
        check_problems(&bytes, None)?;
    }

    #[test]
    fn damaged_scorecards_never_panic(bytes in damaged_base()) {
        let _ = json::parse_bytes(&bytes);
        check_problems(&bytes, None)?;
    }

    #[test]
    fn truncated_scorecards_fail_cleanly(cut in 0..BASE.trim_end().len()) {
        let bytes = &BASE.as_bytes()[..cut];
        prop_assert!(load(bytes).is_err());
        check_problems(bytes, None)?;
    }
}

// ------------------------------------------------------------------ (b) JSON

proptest! {
    #![proptest_config(config())]

    /// Every JSON document is read as written, each value and key at the
    /// line and column where it was written; loading it never panics and
    /// every problem points at a value or a key.
    #[test]
    fn json_documents_parse_with_positions(
        doc in document(),
        spaces in prop::collection::vec(any::<u8>(), 0..16),
        escape in any::<bool>(),
    ) {
        let (text, shape) = write(&doc, &spaces, escape);
        let node = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{}: {} in {text}", e.pos, e.message)))?;
        same(&doc, &shape, &node).map_err(TestCaseError::fail)?;
        let mut tokens = Vec::new();
        positions(&shape, &mut tokens);
        check_problems(text.as_bytes(), Some(&tokens))?;
    }

    /// A valid scorecard with fields deleted, retyped or added.
    #[test]
    fn mutated_scorecards_never_panic(
        mutations in prop::collection::vec(mutation(), 1..4),
        spaces in prop::collection::vec(any::<u8>(), 0..16),
        escape in any::<bool>(),
    ) {
        let mut doc = base_j();
        for m in &mutations {
            mutate(&mut doc, m);
        }
        let (text, shape) = write(&doc, &spaces, escape);
        let mut tokens = Vec::new();
        positions(&shape, &mut tokens);
        check_problems(text.as_bytes(), Some(&tokens))?;
    }
}

#[test]
fn the_writer_round_trips_the_base_scorecard() {
    for (spaces, escape) in [(&[][..], false), (&[1, 2, 3, 4, 5, 6][..], true)] {
        let (text, _) = write(&base_j(), spaces, escape);
        let reread = load(text.as_bytes()).unwrap_or_else(|p| panic!("{}", p[0]));
        assert_eq!(reread, load(BASE.as_bytes()).expect("base"));
    }
}

// ------------------------------------------------------------------ (c) formatting

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
        (-1_000_000_000_000i64..1_000_000_000_000, 0u32..7)
            .prop_map(|(n, d)| n as f64 / 10f64.powi(d as i32)),
        (-1000.0..1000.0f64),
        (-1e-3..1e-3f64),
        Just(-0.0),
        Just(-0.00004),
        Just(0.5),
        Just(2.5),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn numbers_read_back_to_the_rounded_value(v in finite(), decimals in 0usize..=4) {
        let s = number(v, decimals);
        if s.starts_with('-') {
            prop_assert!(s.bytes().any(|b| (b'1'..=b'9').contains(&b)), "{} is a negative zero", s);
        }
        let plain = s.replace(',', "");
        let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
        prop_assert_eq!(frac.len(), decimals, "{}", s);
        // Thousands separators every three digits.
        let grouped: Vec<&str> = s.split('.').next().unwrap_or("").trim_start_matches('-').split(',').collect();
        prop_assert!(grouped[0].len() <= 3 && !grouped[0].is_empty(), "{}", s);
        prop_assert!(grouped[1..].iter().all(|g| g.len() == 3), "{}", s);
        prop_assert!(int.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()));
        let back: f64 = plain.parse().map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        let tolerance = 0.5 * 10f64.powi(-(decimals as i32)) * (1.0 + 1e-9) + v.abs() * f64::EPSILON;
        prop_assert!((back - v).abs() <= tolerance, "number({}, {}) = {} reads back as {}", v, decimals, s, back);
    }
}

/// Chinese units, known and not, with and without magnitudes.
fn units() -> Vec<Unit> {
    let bases = [
        "元",
        "人",
        "人次",
        "户",
        "个",
        "度",
        "亩",
        "公顷",
        "吨",
        "公斤/亩",
        "羽",
        "座",
        "%",
    ];
    let mut all = Vec::new();
    for base in bases {
        for magnitude in ["", "万", "亿", "千", "十万"] {
            if let Ok(u) = Unit::parse(&format!("{magnitude}{base}")) {
                all.push(u);
            }
        }
    }
    all
}

fn metric(
    value: f64,
    decimals: u8,
    unit: Unit,
    qualifier: Option<Qualifier>,
    series: Vec<Point>,
) -> Metric {
    Metric {
        id: "m".into(),
        label: Text::zh_only("m"),
        value,
        decimals,
        unit,
        qualifier,
        period: None,
        topic: None,
        direction: Direction::Neutral,
        series,
        parts: vec![],
        change: None,
        also: vec![],
        quote: "q".into(),
    }
}

proptest! {
    #![proptest_config(config())]

    /// The Chinese figure keeps the qualifier and the unit, and the number
    /// as written, so the exact value (value × magnitude) can be read back.
    #[test]
    fn stated_figures_keep_the_exact_value(
        mantissa in -10_000_000_000i64..10_000_000_000,
        decimals in 0u8..=4,
        unit in prop::sample::select(units()),
        qualifier in prop::option::of(prop::sample::select(Qualifier::ALL.into_iter().filter(|q| !q.is_en()).collect::<Vec<_>>())),
    ) {
        let value = mantissa as f64 / 10f64.powi(i32::from(decimals));
        let m = metric(value, decimals, unit.clone(), qualifier, vec![]);
        let shown = stated(&m, Lang::Zh);
        let num = number(value, usize::from(decimals));
        prop_assert!(shown.contains(unit.base_written().as_ref()), "{}", shown);
        prop_assert!(shown.contains(&format!("{num}{}", unit.magnitude.as_str())), "{}", shown);
        // Take the figure apart again.
        let mut rest = shown.as_str();
        if let Some(q) = qualifier {
            prop_assert!(shown.contains(q.as_str()), "{}", shown);
            if q.place() == QualifierPlace::BeforeNumber {
                rest = rest.strip_prefix(q.as_str()).unwrap_or(rest);
            }
            if q.place() == QualifierPlace::AfterUnit {
                rest = rest.strip_suffix(q.as_str()).unwrap_or(rest);
            }
        }
        let base = unit.base_written();
        rest = rest.strip_suffix(base.as_ref()).unwrap_or(rest);
        if let Some(q) = qualifier.filter(|q| q.place() == QualifierPlace::AfterNumber) {
            rest = rest.strip_suffix(q.as_str()).unwrap_or(rest);
        }
        rest = rest.strip_suffix(unit.magnitude.as_str()).unwrap_or(rest);
        prop_assert_eq!(rest, num.as_str(), "{}", shown);
        // The digits are the ones written: 1.30 stays 1.30.
        let digits: String = rest.chars().filter(|c| c.is_ascii_digit()).collect();
        let written = format!("{:0>width$}", mantissa.unsigned_abs(), width = usize::from(decimals) + 1);
        prop_assert_eq!(digits, written, "{}", shown);
        prop_assert_eq!(rest.starts_with('-'), mantissa < 0, "{}", shown);
        let back: f64 = rest.replace(',', "").parse().map_err(|e| TestCaseError::fail(format!("{rest}: {e}")))?;
        let exact = back * unit.magnitude.factor();
        prop_assert!((exact - m.exact()).abs() <= m.exact().abs() * 1e-15, "{} → {} vs {}", shown, exact, m.exact());
    }

    /// The same through the loader: what the file says is what is shown.
    #[test]
    fn loaded_figures_are_shown_as_written(
        mantissa in 0u64..100_000_000_000,
        decimals in 0usize..=4,
        unit in prop::sample::select(units()),
        qualifier in prop::option::of(prop::sample::select(Qualifier::ALL.to_vec())),
        notation in 0u8..3,
    ) {
        let digits = format!("{:0>width$}", mantissa, width = decimals + 1);
        let (int, frac) = digits.split_at(digits.len() - decimals);
        let literal = if decimals == 0 { int.to_string() } else { format!("{int}.{frac}") };
        // The same number in the file, maybe with an exponent: 123.45,
        // 123.45e0, 12345e-2.
        let written = match notation {
            0 => literal.clone(),
            1 => format!("{literal}e0"),
            _ => format!("{mantissa}E-{decimals}"),
        };
        let q = qualifier.map(|q| format!(", \"qualifier\": \"{}\"", q.as_str())).unwrap_or_default();
        let doc = format!(
            r#"{{"schema_version": 2, "id": "p", "default_lang": "zh", "title": "t",
"source": {{"outlet": "o", "title": "t", "url": "https://example.com/", "published": "2020-11-25", "authors": []}},
"sections": [{{"id": "s", "kind": "group", "title": "s", "metrics": [
{{"id": "m", "label": "l", "value": {written}, "unit": "{unit}"{q}, "direction": "neutral", "quote": "q"}}]}}]}}"#
        );
        let sc = load(doc.as_bytes()).map_err(|p| TestCaseError::fail(p[0].to_string()))?;
        let m = &sc.sections[0].metrics[0];
        prop_assert_eq!(usize::from(m.decimals), decimals, "{}", written);
        let shown = stated(m, Lang::Zh);
        let plain: String = shown.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        prop_assert_eq!(plain, literal, "{}", shown);
    }
}

// ------------------------------------------------------------------ (d) derived

proptest! {
    #![proptest_config(config())]

    #[test]
    fn growth_is_consistent(
        first in 1e-3..1e9f64,
        last in 1e-3..1e9f64,
        from in 1000i32..9000,
        span in 1i32..100,
        unit in prop::sample::select(units().into_iter().filter(|u| !u.is_percent()).collect::<Vec<_>>()),
    ) {
        let series = vec![Point { year: from, value: first }, Point { year: from + span, value: last }];
        let m = metric(last, 2, unit, None, series);
        let Some(Derived::Growth { from_year, to_year, multiple, annual }) = series_change(&m) else {
            return Err(TestCaseError::fail("growth expected"));
        };
        prop_assert_eq!((from_year, to_year), (from, from + span));
        let want = last / first;
        prop_assert!((multiple - want).abs() <= want * 1e-12, "{} vs {}", multiple, want);
        let compounded = (1.0 + annual).powi(span);
        prop_assert!((compounded - multiple).abs() <= multiple * 1e-9, "(1+{})^{} = {} vs {}", annual, span, compounded, multiple);
        if last > first {
            prop_assert!(annual >= 0.0, "{} → {}: {}", first, last, annual);
        } else if last < first {
            prop_assert!(annual <= 0.0, "{} → {}: {}", first, last, annual);
        }
    }

    #[test]
    fn rate_changes_are_points(first in -100.0..100.0f64, last in -100.0..100.0f64, from in 1000i32..9000, span in 1i32..100) {
        let series = vec![Point { year: from, value: first }, Point { year: from + span, value: last }];
        let m = metric(last, 2, Unit::known("%").expect("%"), None, series);
        let Some(Derived::Points { from_year, to_year, change }) = series_change(&m) else {
            return Err(TestCaseError::fail("points expected"));
        };
        prop_assert_eq!((from_year, to_year), (from, from + span));
        prop_assert_eq!(change, last - first);
    }
}

// ------------------------------------------------------------------ (e) units

proptest! {
    #![proptest_config(config())]

    /// Any text is either a unit, kept as written, or refused with a
    /// message; never a panic. A unit converts with itself at factor 1.
    #[test]
    fn any_text_is_a_unit_or_a_reason(text in "\\PC{0,40}", magnitude in prop::sample::select(vec!["", "万", "千", "亿", "million ", "billion "])) {
        let written = format!("{magnitude}{text}");
        match Unit::parse(&written) {
            Ok(u) => {
                prop_assert_eq!(u.written(), written.trim());
                prop_assert_eq!(u.from(&u), Some(1.0));
                let _ = u.base_name(Lang::Zh, 2.0);
                let _ = u.base_name(Lang::En, 2.0);
                let m = metric(1.5, 1, u, None, vec![]);
                prop_assert!(!stated(&m, Lang::Zh).is_empty());
                prop_assert!(!stated(&m, Lang::En).is_empty());
            }
            Err(e) => prop_assert!(!e.message(&written).is_empty()),
        }
    }

    /// A magnitude multiplies the exact value and nothing else: 1.3 万亩 is
    /// 13,000 亩, and the two convert at factor 1 between their bases.
    #[test]
    fn magnitudes_scale_the_exact_value(value in 0.0..1e6f64, base in prop::sample::select(vec!["亩", "吨", "元", "人", "公顷", "羽"])) {
        let plain = Unit::parse(base).expect("a unit");
        for (prefix, factor) in [("十", 1e1), ("百", 1e2), ("千", 1e3), ("万", 1e4), ("十万", 1e5), ("亿", 1e8)] {
            let u = Unit::parse(&format!("{prefix}{base}")).expect("a unit");
            let m = metric(value, 2, u.clone(), None, vec![]);
            prop_assert!((m.exact() - value * factor).abs() <= value * factor * 1e-12);
            prop_assert_eq!(plain.from(&u), Some(1.0));
        }
    }
}
