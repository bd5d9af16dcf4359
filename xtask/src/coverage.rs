//! `cargo xtask check --article ARTICLE FILE`: a scorecard against its
//! article. A quote that is not verbatim in the article, or a metric whose
//! value is not in its own quote, is an error; every figure of the article
//! that no metric states is a note with its line:column in the article, and
//! a last line gives the coverage.

use scorecard_core::draft::{figures, header, Kind};
use scorecard_core::format::number;
use scorecard_core::{Lang, Metric, Scorecard};

use crate::check::{say_err, say_out};

/// Checks `sc` (read from `file`) against the article `text` (read from
/// `article`); the exit status (0 or 1).
pub fn check(file: &str, sc: &Scorecard, article: &str, text: &str, lang: Lang) -> u8 {
    let zh = lang == Lang::Zh;
    let mut errors = 0;
    for (i, s) in sc.sections.iter().enumerate() {
        for (j, m) in s.metrics.iter().enumerate() {
            let path = format!("sections[{i}].metrics[{j}]");
            if !text.contains(m.quote.as_str()) {
                errors += 1;
                say_err(&if zh {
                    format!("{file}: {path}.quote: 引句不在原文中（须逐字照录）")
                } else {
                    format!("{file}: {path}.quote: the quote is not verbatim in {article}")
                });
            } else if !value_in_quote(m) {
                errors += 1;
                let value = number(m.value, usize::from(m.decimals)).replace(',', "");
                say_err(&if zh {
                    format!("{file}: {path}.value: {value} 不在它的引句中")
                } else {
                    format!("{file}: {path}.value: {value} is not in its own quote")
                });
            }
        }
        for (j, it) in s.items.iter().enumerate() {
            if !text.contains(it.quote.as_str()) {
                errors += 1;
                let path = format!("sections[{i}].items[{j}].quote");
                say_err(&if zh {
                    format!("{file}: {path}: 引句不在原文中（须逐字照录）")
                } else {
                    format!("{file}: {path}: the quote is not verbatim in {article}")
                });
            }
        }
    }
    let h = header(text);
    let header_lines = text[..h.body].matches('\n').count() as u32;
    let found: Vec<_> = figures(&text[h.body..])
        .into_iter()
        .filter(|f| f.found.kind == Kind::Figure)
        .collect();
    let stated: Vec<f64> = sc.metrics().flat_map(|(_, m)| stated_values(m)).collect();
    let mut covered = 0;
    for f in &found {
        let v = f.found.value;
        if stated
            .iter()
            .any(|s| (s - v).abs() <= 1e-9 * v.abs().max(1.0))
        {
            covered += 1;
            continue;
        }
        let written = &text[h.body..][f.found.range.clone()];
        say_err(&format!(
            "{article}:{}:{}: {}: {written}",
            f.pos.line + header_lines,
            f.pos.col,
            if zh {
                "提示: 没有指标记下这个数字"
            } else {
                "note: no metric states this figure"
            }
        ));
    }
    say_out(&format!(
        "{file}: coverage {covered}/{} figures",
        found.len()
    ));
    u8::from(errors > 0)
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
fn value_in_quote(m: &Metric) -> bool {
    let same = |v: f64| (v - m.value.abs()).abs() <= 1e-9 * v.abs().max(1.0);
    if scorecard_core::draft::find(&m.quote)
        .iter()
        .any(|f| same(f.value))
    {
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
