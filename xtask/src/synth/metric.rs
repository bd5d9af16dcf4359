//! A synthetic metric before it joins the model: its value as written and
//! the parts of its label and sentence.

use scorecard_core::{Direction, Metric, Point, Qualifier, Text, Unit};

use super::words::{PERIODS, TOPICS};

/// A number as written: `units` × 10^-`decimals`, trailing zeros trimmed.
#[derive(Clone, Copy)]
pub(super) struct Val {
    pub(super) units: i64,
    pub(super) decimals: u32,
}

impl Val {
    pub(super) fn from_f64(v: f64, decimals: u32) -> Val {
        let scale = 10f64.powi(decimals as i32);
        Val {
            units: ((v * scale).round() as i64).max(1),
            decimals,
        }
    }

    /// The value and the digits written after its point.
    pub(super) fn written(self) -> (f64, u8) {
        let text = self.text();
        let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
        (text.parse().unwrap_or(0.0), decimals as u8)
    }

    pub(super) fn text(self) -> String {
        let scale = 10i64.pow(self.decimals);
        let (int, frac) = (self.units / scale, self.units % scale);
        if self.decimals == 0 || frac == 0 {
            return int.to_string();
        }
        let frac = format!("{frac:0width$}", width = self.decimals as usize);
        format!("{int}.{}", frac.trim_end_matches('0'))
    }
}

/// One metric before it joins the model.
pub(super) struct M {
    pub(super) id: String,
    pub(super) label_zh: String,
    pub(super) label_en: Option<String>,
    pub(super) value: Val,
    pub(super) unit: &'static str,
    pub(super) qualifier: Option<&'static str>,
    pub(super) period: Option<usize>,
    pub(super) topic: Option<usize>,
    pub(super) direction: &'static str,
    pub(super) series: Vec<(i32, Val)>,
    pub(super) parts: Vec<String>,
    pub(super) quote: String,
}

impl M {
    /// The figure as a Chinese article writes it: 超过3.38亿元, 1.3万余个.
    pub(super) fn stated_zh(&self) -> String {
        let (before, after_num, after_unit) = match self.qualifier {
            Some(q @ ("超过" | "近" | "约")) => (q, "", ""),
            Some(q @ ("余" | "多")) => ("", q, ""),
            Some(q) => ("", "", q),
            None => ("", "", ""),
        };
        let (magnitude, base) = match self.unit.chars().next() {
            Some(c @ ('万' | '亿')) => (c.to_string(), &self.unit[c.len_utf8()..]),
            _ => (String::new(), self.unit),
        };
        format!(
            "{before}{}{magnitude}{after_num}{base}{after_unit}",
            self.value.text()
        )
    }

    /// The metric in the model.
    pub(super) fn metric(self) -> Metric {
        let (value, decimals) = self.value.written();
        let text = |(zh, en): (&str, &str)| Text::both(zh, en);
        Metric {
            id: self.id,
            label: Text::new(Some(&self.label_zh), self.label_en.as_deref()),
            value,
            decimals,
            unit: unit(self.unit),
            qualifier: self
                .qualifier
                .and_then(|q| Qualifier::ALL.into_iter().find(|k| k.as_str() == q)),
            period: self.period.map(|p| text((PERIODS[p].0, PERIODS[p].1))),
            topic: self.topic.map(|t| text(TOPICS[t])),
            direction: Direction::ALL
                .into_iter()
                .find(|d| d.as_str() == self.direction)
                .unwrap_or(Direction::Neutral),
            series: self
                .series
                .iter()
                .map(|(year, v)| Point {
                    year: *year,
                    value: v.written().0,
                })
                .collect(),
            parts: self.parts,
            change: None,
            also: Vec::new(),
            quote: self.quote,
        }
    }
}

/// A unit of the vocabulary's tables, which hold only valid units (the
/// generator's tests load what it makes).
pub(super) fn unit(text: &str) -> Unit {
    Unit::parse(text).unwrap_or_else(|e| panic!("synth: {}", e.message(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_without_trailing_zeros() {
        assert_eq!(
            Val {
                units: 338,
                decimals: 2
            }
            .text(),
            "3.38"
        );
        assert_eq!(
            Val {
                units: 340,
                decimals: 2
            }
            .text(),
            "3.4"
        );
        assert_eq!(
            Val {
                units: 300,
                decimals: 2
            }
            .text(),
            "3"
        );
        assert_eq!(
            Val {
                units: 5,
                decimals: 2
            }
            .text(),
            "0.05"
        );
        assert_eq!(
            Val {
                units: 41354,
                decimals: 0
            }
            .text(),
            "41354"
        );
    }
}
