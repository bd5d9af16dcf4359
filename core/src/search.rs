//! Finding metrics and items by what a reader types.
//!
//! Matching ignores case through a [`Fold`] the caller gives: natively
//! `str::to_lowercase`; in the browser its own `toLowerCase`, which is the
//! same Unicode mapping and spares the WASM Rust's case tables.

use crate::format::stated;
use crate::model::{Item, Metric};
use crate::types::Lang;

/// Lower-cases text for matching (Unicode's full lower-casing).
pub type Fold = fn(&str) -> String;

/// Lower-cased (by `fold`) searchable text of a metric (both languages' labels, unit,
/// period, topic and quote), built once so filtering large scorecards on
/// every keystroke stays cheap.
pub fn metric_haystack(m: &Metric, fold: Fold) -> String {
    let mut s = String::new();
    for t in [Some(&m.label), m.period.as_ref(), m.topic.as_ref()]
        .into_iter()
        .flatten()
    {
        for text in [t.zh(), t.en()].into_iter().flatten() {
            s.push_str(text);
            s.push('\n');
        }
    }
    s.push_str(&m.unit.to_string());
    s.push('\n');
    s.push_str(&stated(m, Lang::Zh));
    s.push('\n');
    s.push_str(&stated(m, Lang::En));
    s.push('\n');
    s.push_str(&m.quote);
    fold(&s)
}

/// Lower-cased (by `fold`) searchable text of an item.
pub fn item_haystack(i: &Item, fold: Fold) -> String {
    let mut s = String::new();
    for t in [Some(&i.name), i.description.as_ref()]
        .into_iter()
        .flatten()
    {
        for text in [t.zh(), t.en()].into_iter().flatten() {
            s.push_str(text);
            s.push('\n');
        }
    }
    s.push_str(&i.quote);
    fold(&s)
}

/// A query split into terms lower-cased by a [`Fold`]; every term must
/// match.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query(Vec<String>);

impl Query {
    /// Parses what the reader typed; whitespace separates terms. `fold`
    /// must be the one the haystacks were made with.
    pub fn new(text: &str, fold: Fold) -> Query {
        Query(text.split_whitespace().map(fold).collect())
    }

    /// Whether the reader typed nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether every term occurs in `haystack` (from [`metric_haystack`]).
    pub fn matches(&self, haystack: &str) -> bool {
        self.0.iter().all(|t| haystack.contains(t.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;
    use crate::types::Direction;
    use crate::unit::Unit;

    #[test]
    fn matches_labels_units_and_quotes_in_both_languages() {
        let m = Metric {
            id: "m".into(),
            label: Text::both("扶贫车间", "Poverty-relief Workshops"),
            value: 24.0,
            decimals: 0,
            unit: Unit::parse("个").unwrap(),
            qualifier: None,
            period: None,
            topic: None,
            direction: Direction::HigherIsBetter,
            series: vec![],
            parts: vec![],
            change: None,
            also: vec![],
            quote: "发展“扶贫车间”24个".into(),
        };
        let h = metric_haystack(&m, str::to_lowercase);
        let cases = [
            ("车间", true),
            ("workshops", true),
            ("WORKSHOP poverty", true),
            ("24个", true),
            ("个", true),
            ("", true),
            ("  ", true),
            ("公里", false),
            ("workshop 公里", false),
        ];
        for (q, want) in cases {
            assert_eq!(Query::new(q, str::to_lowercase).matches(&h), want, "{q:?}");
        }
        assert!(Query::new(" ", str::to_lowercase).is_empty());
    }
}
