//! What a reader can take away: CSV of every metric and a citation.

use crate::format::{number, stated};
use crate::model::Scorecard;
use crate::types::Lang;

/// Every metric as CSV, UTF-8 with a byte-order mark so spreadsheet programs
/// read the Chinese correctly. Cells that a spreadsheet would run as a
/// formula are prefixed with an apostrophe.
pub fn csv(sc: &Scorecard) -> String {
    let mut out = String::from("\u{FEFF}");
    let header = [
        "section_id",
        "section",
        "metric_id",
        "label_zh",
        "label_en",
        "value",
        "unit",
        "qualifier",
        "as_stated",
        "exact_value",
        "base_unit",
        "period",
        "direction",
        "quote",
    ];
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for (i, m) in sc.metrics() {
        let section = &sc.sections[i];
        let digits = (i32::from(m.decimals) - m.unit.magnitude.exponent()).max(0);
        push_row(
            &mut out,
            [
                section.id.clone(),
                section.title.text(sc.default_lang).to_string(),
                m.id.clone(),
                m.label.only(Lang::Zh).unwrap_or_default().to_string(),
                m.label.only(Lang::En).unwrap_or_default().to_string(),
                number(m.value, usize::from(m.decimals)).replace(',', ""),
                m.unit.to_string(),
                m.qualifier
                    .map(|q| q.as_str().to_string())
                    .unwrap_or_default(),
                stated(m, sc.default_lang),
                number(m.exact(), digits as usize).replace(',', ""),
                m.unit.base_name(sc.default_lang, m.exact()),
                m.period
                    .as_ref()
                    .map(|p| p.text(sc.default_lang).to_string())
                    .unwrap_or_default(),
                m.direction.as_str().to_string(),
                m.quote.clone(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let negative_number = cell.strip_prefix('-').is_some_and(crate::num::is_decimal);
        let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !negative_number {
            format!("'{cell}")
        } else {
            cell
        };
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// A GB/T 7714-2015 reference to the source article, accessed on
/// `accessed` (`YYYY-MM-DD`).
pub fn citation(sc: &Scorecard, accessed: &str) -> String {
    let s = &sc.source;
    let authors = if s.authors.len() > 3 {
        format!("{}, 等", s.authors[..3].join(", "))
    } else {
        s.authors.join(", ")
    };
    let lang = sc.default_lang;
    let lead = if authors.is_empty() {
        s.outlet.text(lang).to_string()
    } else {
        authors
    };
    let date = s.date().map(|d| format!(", ({d})")).unwrap_or_default();
    format!(
        "{lead}. {}[EB/OL]. {}{date}[{accessed}]. {}.",
        s.title.text(lang),
        s.outlet.text(lang),
        s.url
    )
}
