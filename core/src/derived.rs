//! Figures computed from the data, never typed in: changes, multiples,
//! growth rates and shares. The page labels each as derived.

use crate::format;
use crate::model::{Metric, Scorecard};
use crate::types::Lang;

/// A figure derived from a metric's series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Derived {
    /// A rate's change in percentage points between two years.
    Points {
        /// First year of the series.
        from_year: i32,
        /// Last year.
        to_year: i32,
        /// Last value minus first, in percentage points.
        change: f64,
    },
    /// An amount's growth between two years.
    Growth {
        /// First year of the series.
        from_year: i32,
        /// Last year.
        to_year: i32,
        /// Last value divided by first.
        multiple: f64,
        /// Average annual growth rate (0.36 is 36%).
        annual: f64,
    },
}

impl Derived {
    /// The figure in words for a reader.
    pub fn describe(&self, lang: Lang) -> String {
        match *self {
            Derived::Points { change, .. } => format::points(change, lang),
            Derived::Growth {
                from_year,
                multiple,
                annual,
                ..
            } => {
                let sep = if lang == Lang::Zh { "，" } else { "; " };
                format!(
                    "{}{sep}{}",
                    format::multiple(multiple, from_year, lang),
                    format::annual_growth(annual, lang)
                )
            }
        }
    }

    /// The years compared.
    pub fn years(&self) -> (i32, i32) {
        match *self {
            Derived::Points {
                from_year, to_year, ..
            }
            | Derived::Growth {
                from_year, to_year, ..
            } => (from_year, to_year),
        }
    }
}

/// The change over a metric's series: percentage points for rates, multiple
/// and average annual growth for amounts. `None` without a usable series.
pub fn series_change(m: &Metric) -> Option<Derived> {
    let (first, last) = (m.series.first()?, m.series.last()?);
    if last.year <= first.year {
        return None;
    }
    if m.unit.is_percent() {
        return Some(Derived::Points {
            from_year: first.year,
            to_year: last.year,
            change: last.value - first.value,
        });
    }
    if first.value <= 0.0 || last.value < 0.0 {
        return None;
    }
    let multiple = last.value / first.value;
    let years = f64::from(last.year - first.year);
    Some(Derived::Growth {
        from_year: first.year,
        to_year: last.year,
        multiple,
        annual: multiple.powf(1.0 / years) - 1.0,
    })
}

/// Each part of a composed metric with its share of the total.
pub fn shares<'a>(sc: &'a Scorecard, m: &Metric) -> Vec<(&'a Metric, f64)> {
    let total = m.exact();
    m.parts
        .iter()
        .filter_map(|id| sc.metric(id))
        .map(|p| {
            let share = if total == 0.0 { 0.0 } else { p.exact() / total };
            (p, share)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Point, Text};
    use crate::types::Direction;
    use crate::unit::Unit;

    fn with_series(unit: &str, points: &[(i32, f64)]) -> Metric {
        Metric {
            id: "m".into(),
            label: Text::zh_only("m"),
            value: points.last().map_or(0.0, |p| p.1),
            decimals: 2,
            unit: Unit::parse(unit).unwrap(),
            qualifier: None,
            period: None,
            topic: None,
            direction: Direction::Neutral,
            series: points
                .iter()
                .map(|&(year, value)| Point { year, value })
                .collect(),
            parts: vec![],
            change: None,
            also: vec![],
            quote: "q".into(),
        }
    }

    #[test]
    fn incidence_falls_in_points() {
        let d = series_change(&with_series("%", &[(2014, 9.3), (2019, 0.36)])).unwrap();
        let Derived::Points { change, .. } = d else {
            panic!("points expected")
        };
        assert!((change + 8.94).abs() < 1e-9);
        assert_eq!(d.describe(Lang::Zh), "下降 8.94 个百分点");
        assert_eq!(d.years(), (2014, 2019));
    }

    #[test]
    fn income_grows_six_fold() {
        let d = series_change(&with_series("元", &[(2014, 2035.0), (2020, 13032.0)])).unwrap();
        let Derived::Growth {
            multiple, annual, ..
        } = d
        else {
            panic!("growth expected")
        };
        assert!((multiple - 6.404).abs() < 1e-3);
        assert!((annual - 0.3626).abs() < 1e-3, "{annual}");
        assert_eq!(d.describe(Lang::Zh), "为2014年的 6.4 倍，年均增长 36.3%");
        assert_eq!(
            d.describe(Lang::En),
            "×6.4 the 2014 level; 36.3% a year on average"
        );
    }

    #[test]
    fn no_change_without_usable_series() {
        assert_eq!(series_change(&with_series("元", &[])), None);
        assert_eq!(
            series_change(&with_series("元", &[(2014, 0.0), (2020, 5.0)])),
            None
        );
    }
}
