//! `cargo xtask check --article ARTICLE FILE`: a scorecard against its
//! article. A quote that is not verbatim in the article, or a metric whose
//! value is not in its own quote, is an error; every figure of the article
//! that no metric states is a note with its line:column in the article, and
//! a last line gives the coverage.

use scorecard_core::draft::coverage;
use scorecard_core::format::number;
use scorecard_core::{Lang, Scorecard};

use crate::check::{say_err, say_out};

/// Checks `sc` (read from `file`) against the article `text` (read from
/// `article`); the exit status (0 or 1).
pub fn check(file: &str, sc: &Scorecard, article: &str, text: &str, lang: Lang) -> u8 {
    let zh = lang == Lang::Zh;
    let found = coverage(sc, text);
    for path in &found.not_verbatim {
        say_err(&if zh {
            format!("{file}: {path}.quote: 引句不在原文中（须逐字照录）")
        } else {
            format!("{file}: {path}.quote: the quote is not verbatim in {article}")
        });
    }
    for path in &found.not_in_quote {
        let m = metric_at(sc, path);
        let value = m
            .map(|m| number(m.value, usize::from(m.decimals)).replace(',', ""))
            .unwrap_or_default();
        say_err(&if zh {
            format!("{file}: {path}.value: {value} 不在它的引句中")
        } else {
            format!("{file}: {path}.value: {value} is not in its own quote")
        });
    }
    let header_lines = text[..found.body].matches('\n').count() as u32;
    for (f, covered) in &found.figures {
        if *covered {
            continue;
        }
        let written = &text[found.body..][f.found.range.clone()];
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
        "{file}: coverage {}/{} figures",
        found.covered(),
        found.figures.len()
    ));
    u8::from(!found.not_verbatim.is_empty() || !found.not_in_quote.is_empty())
}

/// The metric at `sections[i].metrics[j]`.
fn metric_at<'s>(sc: &'s Scorecard, path: &str) -> Option<&'s scorecard_core::Metric> {
    let (at, _) = scorecard_core::grid::cell_of_path(path)?;
    sc.sections.get(at.section)?.metrics.get(at.metric)
}
