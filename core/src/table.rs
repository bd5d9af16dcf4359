//! A metric's cells in the reader's table: the unit in the reader's
//! language, the baseline of its series, and its change as the article
//! states it or as derived from the series (labelled so).

use crate::derived::{series_change, Derived};
use crate::format::{self, series_value};
use crate::model::Metric;
use crate::types::Lang;

/// The unit in `lang`: as written when the article wrote it in that
/// language (or as a symbol), else its name in `lang` (`户` → households).
pub fn unit(m: &Metric, lang: Lang) -> String {
    match (lang, m.unit.lang()) {
        (Lang::En, Some(Lang::Zh)) => {
            if m.unit.is_percent() {
                "%".into()
            } else {
                m.unit.base_name(Lang::En, m.exact())
            }
        }
        _ => m.unit.written().to_string(),
    }
}

/// The first value of the series with its year (`2014: 9.3%`), when the
/// series has two or more points.
pub fn baseline(m: &Metric, lang: Lang) -> Option<(i32, String)> {
    if m.series.len() < 2 {
        return None;
    }
    let first = m.series.first()?;
    let sep = if lang == Lang::Zh { "年：" } else { ": " };
    Some((
        first.year,
        format!("{}{sep}{}", first.year, series_value(m, first.value, lang)),
    ))
}

/// A metric's change: the article's, else one derived from the series.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeCell {
    /// In words for the reader.
    pub text: String,
    /// Computed here, not stated by the article.
    pub derived: bool,
    /// For sorting: the stated change's value, the change in points, or
    /// the average annual growth.
    pub key: f64,
}

/// The change the table shows for `m`.
pub fn change(m: &Metric, lang: Lang) -> Option<ChangeCell> {
    if let Some(c) = m.change.as_deref() {
        return Some(ChangeCell {
            text: format::stated_change(c, lang),
            derived: false,
            key: c.value,
        });
    }
    let d = series_change(m)?;
    let key = match d {
        Derived::Points { change, .. } => change,
        Derived::Growth { annual, .. } => annual,
    };
    let (from, to) = d.years();
    let years = if lang == Lang::Zh {
        format!("{from}—{to}年：")
    } else {
        format!("{from}–{to}: ")
    };
    Some(ChangeCell {
        text: format!("{years}{}", d.describe(lang)),
        derived: true,
        key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Point;
    use crate::unit::Unit;

    fn metric(value: f64, unit: &str, series: &[(i32, f64)]) -> Metric {
        Metric {
            id: "m".into(),
            label: crate::Text::zh_only("x"),
            value,
            decimals: 1,
            unit: Unit::parse(unit).unwrap(),
            qualifier: None,
            period: None,
            topic: None,
            direction: crate::Direction::Neutral,
            series: series
                .iter()
                .map(|(year, value)| Point {
                    year: *year,
                    value: *value,
                })
                .collect(),
            parts: Vec::new(),
            change: None,
            also: Vec::new(),
            quote: "x".into(),
        }
    }

    #[test]
    fn cells_read_in_the_readers_language() {
        let rate = metric(0.36, "%", &[(2014, 9.3), (2019, 0.36)]);
        let income = metric(11298.0, "元", &[(2014, 2035.0), (2020, 11298.0)]);
        let homes = metric(41354.0, "户", &[]);
        // (metric, language, unit, baseline starts, derived change starts)
        type Case<'m> = (&'m Metric, Lang, &'m str, Option<&'m str>, Option<&'m str>);
        let cases: &[Case] = &[
            (
                &rate,
                Lang::Zh,
                "%",
                Some("2014年：9.3%"),
                Some("2014—2019年："),
            ),
            (
                &rate,
                Lang::En,
                "%",
                Some("2014: 9.3%"),
                Some("2014–2019: "),
            ),
            (
                &income,
                Lang::En,
                "yuan",
                Some("2014: "),
                Some("2014–2020: "),
            ),
            (&homes, Lang::En, "households", None, None),
            (&homes, Lang::Zh, "户", None, None),
        ];
        for (m, lang, u, base, change_starts) in cases {
            assert_eq!(unit(m, *lang), *u, "{:?} {lang:?}", m.unit);
            let b = baseline(m, *lang).map(|(_, t)| t);
            match base {
                Some(want) => assert!(b.as_deref().unwrap_or("").starts_with(want), "{b:?}"),
                None => assert_eq!(b, None),
            }
            let c = change(m, *lang);
            match change_starts {
                Some(want) => {
                    let c = c.unwrap();
                    assert!(c.derived && c.text.starts_with(want), "{c:?}");
                }
                None => assert_eq!(c, None),
            }
        }
        assert!(
            change(&rate, Lang::Zh).unwrap().key < 0.0,
            "a fall sorts below"
        );
    }
}
