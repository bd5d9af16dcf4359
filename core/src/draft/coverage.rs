//! A scorecard against its article: quotes that are not verbatim, values
//! not in their own quote, and the article's figures no metric states.

use super::{figures, header, Figure, Kind};
use crate::model::{Metric, Scorecard};

/// What [`coverage`] found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// Paths (`sections[i].metrics[j]` or `sections[i].items[j]`) whose
    /// quote is not verbatim in the article.
    pub not_verbatim: Vec<String>,
    /// Paths of metrics whose value is not written in their own quote.
    pub not_in_quote: Vec<String>,
    /// Every figure of the article's body, with whether a metric states it.
    pub figures: Vec<(Figure, bool)>,
    /// Byte offset of the body in the article (after its header lines).
    pub body: usize,
}

impl Coverage {
    /// How many of the article's figures a metric states.
    pub fn covered(&self) -> usize {
        self.figures.iter().filter(|(_, c)| *c).count()
    }
}

/// Checks `sc` against the article `text`.
pub fn coverage(sc: &Scorecard, text: &str) -> Coverage {
    let mut out = Coverage {
        body: header(text).body,
        ..Coverage::default()
    };
    let body = &text[out.body..];
    // Most quotes are whole sentences: those are found at once; any other
    // text is searched for.
    let whole: std::collections::HashSet<&str> = super::sentences(body)
        .into_iter()
        .map(|r| &body[r])
        .collect();
    let verbatim = |quote: &str| whole.contains(quote) || text.contains(quote);
    for (i, s) in sc.sections.iter().enumerate() {
        for (j, m) in s.metrics.iter().enumerate() {
            let path = format!("sections[{i}].metrics[{j}]");
            if !verbatim(&m.quote) {
                out.not_verbatim.push(path);
            } else if !value_in_quote(m) {
                out.not_in_quote.push(path);
            }
        }
        for (j, it) in s.items.iter().enumerate() {
            if !verbatim(&it.quote) {
                out.not_verbatim.push(format!("sections[{i}].items[{j}]"));
            }
        }
    }
    let mut stated: Vec<f64> = sc.metrics().flat_map(|(_, m)| stated_values(m)).collect();
    crate::sort::by(&mut stated, f64::total_cmp);
    out.figures = figures(body)
        .into_iter()
        .filter(|f| f.found.kind == Kind::Figure)
        .map(|f| {
            let covered = is_stated(&stated, f.found.value);
            (f, covered)
        })
        .collect();
    out
}

/// Whether `v` is among the sorted `stated` values, allowing for the last
/// bits of floating point.
fn is_stated(stated: &[f64], v: f64) -> bool {
    let tolerance = 1e-9 * v.abs().max(1.0);
    let from = stated.partition_point(|s| *s < v - tolerance);
    stated.get(from).is_some_and(|s| (s - v).abs() <= tolerance)
}

/// The numbers a metric states: its value, other statements, stated change
/// and series.
fn stated_values(m: &Metric) -> Vec<f64> {
    let mut all = vec![m.value.abs()];
    all.extend(m.also.iter().map(|a| a.value.abs()));
    all.extend(m.change.iter().map(|c| c.value.abs()));
    all.extend(m.series.iter().map(|p| p.value.abs()));
    all
}

/// Whether the metric's value is written in its quote: as one of its
/// numbers (with or without thousands separators), or as a Chinese numeral
/// up to ten (连续三年).
pub fn value_in_quote(m: &Metric) -> bool {
    let same = |v: f64| (v - m.value.abs()).abs() <= 1e-9 * v.abs().max(1.0);
    if super::find(&m.quote).iter().any(|f| same(f.value)) {
        return true;
    }
    const NUMERALS: [&str; 11] = [
        "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ];
    m.decimals == 0
        && m.value >= 0.0
        && m.value <= 10.0
        && (m.quote.contains(NUMERALS[m.value as usize])
            || (m.value == 2.0 && m.quote.contains('两')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::{draft, Options};
    use crate::types::Lang;

    #[test]
    fn a_draft_covers_its_article_and_a_removed_metric_shows() {
        let text = "全区共有贫困人口4.2万人。其中1.3万余户已脱贫，占比达到95.5%。";
        let options = Options {
            id: "t".into(),
            lang: Lang::Zh,
            today: "2026-01-01".into(),
        };
        let mut sc = draft(text, &options);
        let all = coverage(&sc, text);
        assert_eq!(all.figures.len(), 3);
        assert_eq!(all.covered(), 3);
        assert!(all.not_verbatim.is_empty() && all.not_in_quote.is_empty());
        sc.sections[0].metrics.remove(1);
        sc.sections[0].metrics[0].quote = "全区共有贫困人口4.2万".into();
        sc.sections[0].metrics[1].quote = "不在原文".into();
        let less = coverage(&sc, text);
        assert_eq!(less.covered(), 2);
        assert!(!less.figures[1].1, "1.3万 is no longer stated");
        assert_eq!(less.not_verbatim, ["sections[0].metrics[1]"]);
        sc.sections[0].metrics[0].value = 7.0;
        assert_eq!(coverage(&sc, text).not_in_quote, ["sections[0].metrics[0]"]);
    }
}
