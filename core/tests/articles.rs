//! Every bundled scorecard against its article (`data/articles/<id>.txt`):
//! the article's URL and headline are the source's, every quote is verbatim
//! in the article, and every number the article writes is either a figure
//! some metric states or listed, with its reason, in `<id>.skip.tsv`.

use std::fs;
use std::path::{Path, PathBuf};

use scorecard_core::{load_str, Scorecard};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// The bundled scorecards, with their articles' headers and bodies.
fn bundled() -> Vec<(Scorecard, String, String, String)> {
    let mut all = Vec::new();
    for entry in fs::read_dir(data()).expect("data/") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if !name.ends_with(".json") || name.ends_with(".schema.json") {
            continue;
        }
        let sc = load_str(&fs::read_to_string(&path).expect("read")).expect("valid");
        let article = data().join("articles").join(format!("{}.txt", sc.id));
        let text =
            fs::read_to_string(&article).unwrap_or_else(|e| panic!("{}: {e}", article.display()));
        let mut lines = text.splitn(4, '\n');
        let title = lines
            .next()
            .and_then(|l| l.strip_prefix("Title: "))
            .expect("Title: line");
        let url = lines
            .next()
            .and_then(|l| l.strip_prefix("URL: "))
            .expect("URL: line");
        assert_eq!(
            lines.next(),
            Some(""),
            "{}: a blank line after the header",
            sc.id
        );
        let body = lines.next().expect("the article body").to_string();
        all.push((sc, title.to_string(), url.to_string(), body));
    }
    assert!(all.len() >= 4, "only {} bundled scorecards", all.len());
    all
}

/// Every number written with ASCII digits, leftmost-longest: `11,298`,
/// `9.3`, `2019`.
fn numbers(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let start = i;
        while digit(i) {
            i += 1;
        }
        while b.get(i) == Some(&b',') && (1..=3).all(|k| digit(i + k)) {
            i += 4;
        }
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        found.push(&text[start..i]);
    }
    found
}

/// Every number a scorecard states, as absolute values.
fn stated(sc: &Scorecard) -> Vec<f64> {
    let mut all = Vec::new();
    for (_, m) in sc.metrics() {
        all.push(m.value.abs());
        all.extend(m.also.iter().map(|f| f.value.abs()));
        all.extend(m.change.iter().map(|c| c.value.abs()));
        all.extend(m.series.iter().map(|p| p.value.abs()));
    }
    all
}

#[test]
fn the_article_is_the_source() {
    for (sc, title, url, _) in bundled() {
        assert_eq!(url, sc.source.url, "{}", sc.id);
        assert_eq!(title, sc.source.title.text(sc.default_lang), "{}", sc.id);
    }
}

#[test]
fn every_quote_is_verbatim_in_the_article() {
    for (sc, _, _, body) in bundled() {
        let quotes = sc.sections.iter().flat_map(|s| {
            let metrics = s.metrics.iter().map(|m| (&m.id, &m.quote));
            metrics.chain(s.items.iter().map(|i| (&i.id, &i.quote)))
        });
        for (id, quote) in quotes {
            assert!(
                body.contains(quote.as_str()),
                "{}: {id}: quote not in the article: {quote}",
                sc.id
            );
        }
    }
}

#[test]
fn every_figure_of_the_article_is_stated() {
    let mut summary = Vec::new();
    for (sc, _, _, body) in bundled() {
        let skip_file = data().join("articles").join(format!("{}.skip.tsv", sc.id));
        let skip = fs::read_to_string(&skip_file).unwrap_or_default();
        let reasons = [
            "year",
            "date",
            "time",
            "ordinal",
            "list",
            "code",
            "phone",
            "name",
            "not-a-figure",
        ];
        let mut skipped = Vec::new();
        for line in skip.lines() {
            let (token, why) = line.split_once('\t').expect("token<TAB>reason");
            assert!(
                reasons.iter().any(|r| why.starts_with(r)),
                "{}: {line:?}: no known reason",
                sc.id
            );
            skipped.push(token);
        }
        let values = stated(&sc);
        let (mut figures, mut not_figures) = (0, 0);
        for token in numbers(&body) {
            if skipped.contains(&token) {
                not_figures += 1;
                continue;
            }
            let n: f64 = token.replace(',', "").parse().expect("a number");
            let covered = values
                .iter()
                .any(|v| (v - n).abs() <= 1e-9 * n.abs().max(1.0));
            assert!(
                covered,
                "{}: the article's {token} is stated by no metric and not listed in {}",
                sc.id,
                skip_file.display()
            );
            figures += 1;
        }
        summary.push(format!(
            "{}: {figures} figures, {not_figures} other numbers",
            sc.id
        ));
    }
    println!("{}", summary.join("\n"));
}

#[test]
fn numbers_are_read_leftmost_longest() {
    let text = "脱贫11298户41354人,由2014年9.3%降至0.36%; $566,806,791 and 1,2345 (3.)";
    assert_eq!(
        numbers(text),
        [
            "11298",
            "41354",
            "2014",
            "9.3",
            "0.36",
            "566,806,791",
            "1,234",
            "5",
            "3"
        ]
    );
}
