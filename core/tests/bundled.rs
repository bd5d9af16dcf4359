//! The bundled scorecards are valid, their quotes are verbatim and their
//! relations hold.

use scorecard_core::checks::checks;
use scorecard_core::{load, SectionKind};

const LINGLING: &str = include_str!("../../data/lingling-2020.json");
const ARTICLE: &str = include_str!("fixtures/lingling-2020.article.txt");

#[test]
fn lingling_validates() {
    if let Err(problems) = load(LINGLING.as_bytes()) {
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        panic!("data/lingling-2020.json is invalid:\n{}", lines.join("\n"));
    }
}

#[test]
fn every_quote_is_verbatim() {
    let sc = load(LINGLING.as_bytes()).expect("valid");
    let mut count = 0;
    for s in &sc.sections {
        for m in &s.metrics {
            assert!(
                ARTICLE.contains(&m.quote),
                "{}: quote not in article: {}",
                m.id,
                m.quote
            );
            count += 1;
        }
        for i in &s.items {
            assert!(
                ARTICLE.contains(&i.quote),
                "{}: quote not in article: {}",
                i.id,
                i.quote
            );
        }
    }
    assert!(count > 110, "only {count} metrics");
}

#[test]
fn every_relation_holds() {
    let sc = load(LINGLING.as_bytes()).expect("valid");
    let all = checks(&sc);
    assert!(
        all.len() >= 4,
        "expected the funding, problems and cross-figure checks"
    );
    for c in &all {
        assert!(c.holds, "{} does not hold", c.id);
    }
    let funding = all
        .iter()
        .find(|c| c.parts.len() == 4 && c.total.is_some_and(|t| t.unit.to_string() == "亿元"))
        .expect("funding composition");
    assert!((funding.sum - 3.38e8).abs() < 1.0);
}

#[test]
fn headline_leads_with_the_article_figures() {
    let sc = load(LINGLING.as_bytes()).expect("valid");
    let head = &sc.sections[0];
    assert_eq!(head.kind, SectionKind::Headline);
    let values: Vec<f64> = head.metrics.iter().map(|m| m.value).collect();
    for v in [41.0, 11298.0, 41354.0, 0.36, 889.0, 1730.0, 13032.0] {
        assert!(values.contains(&v), "headline lacks {v}");
    }
}
