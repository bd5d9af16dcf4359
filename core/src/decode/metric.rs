//! Metrics and what they hold (units, stated changes, other statements,
//! series), items and relations.

use super::table::{added_in_v2, names, optional, required, Field};
use super::{preview, Decoder, Val, MAX_METRICS, R};
use crate::error::ProblemKind;
use crate::model::{Change, Figure, Metric, Point, Text};
use crate::types::{Direction, Qualifier};
use crate::unit::{Magnitude, Unit};

/// The units of format version 1: an optional 万 or 亿 and one of these.
const V1_UNITS: [&str; 19] = [
    "元", "人", "人次", "户", "个", "村", "名", "家", "次", "件", "起", "期", "条", "处", "支",
    "公里", "度", "年", "%",
];

/// A metric's fields as decoded.
#[derive(Default)]
pub(super) struct MetricFields {
    id: Option<String>,
    label: Option<Text>,
    value: Option<(f64, u8)>,
    unit: Option<Unit>,
    qualifier: Option<Qualifier>,
    period: Option<Text>,
    topic: Option<Text>,
    direction: Option<Direction>,
    series: Option<Vec<Point>>,
    parts: Option<Vec<String>>,
    change: Option<Change>,
    also: Option<Vec<Figure>>,
    quote: Option<String>,
}

pub(super) const METRIC: [Field<MetricFields>; 13] = [
    required("id", |d, v, p, f| {
        f.id = d.id(v, p)?;
        Ok(())
    }),
    required("label", |d, v, p, f| {
        f.label = d.text(v, p)?;
        Ok(())
    }),
    required("value", |d, v, p, f| {
        f.value = d.number(v, p)?;
        Ok(())
    }),
    required("unit", |d, v, p, f| {
        f.unit = d.unit(v, p)?;
        Ok(())
    }),
    optional("qualifier", |d, v, p, f| {
        f.qualifier = d.nullable(v, |d, v| d.qualifier(v, p))?;
        Ok(())
    }),
    optional("period", |d, v, p, f| {
        f.period = d.nullable(v, |d, v| d.text(v, p))?;
        Ok(())
    }),
    optional("topic", |d, v, p, f| {
        f.topic = d.nullable(v, |d, v| d.text(v, p))?;
        Ok(())
    }),
    required("direction", |d, v, p, f| {
        f.direction = d.one_of(v, p, &Direction::ALL, Direction::as_str)?;
        Ok(())
    }),
    optional("series", |d, v, p, f| {
        f.series = d.series(v, p)?;
        Ok(())
    }),
    optional("parts", |d, v, p, f| {
        f.parts = d.list(v, p, Decoder::id)?;
        Ok(())
    }),
    added_in_v2("change", |d, v, p, f| {
        f.change = d.nullable(v, |d, v| d.change(v, p))?;
        Ok(())
    }),
    added_in_v2("also", |d, v, p, f| {
        f.also = d.list(v, p, Decoder::figure)?;
        Ok(())
    }),
    required("quote", |d, v, p, f| {
        f.quote = d.nonempty_string(v, p, ProblemKind::EmptyQuote)?;
        Ok(())
    }),
];
pub(super) const METRIC_NAMES: [&str; 13] = names(&METRIC);

/// Another statement of a quantity, or a stated change, as decoded.
#[derive(Default)]
pub(super) struct FigureFields {
    value: Option<(f64, u8)>,
    unit: Option<Unit>,
    against: Option<Text>,
    qualifier: Option<Qualifier>,
}

fn read_value(d: &mut Decoder<'_, '_>, v: Val, p: &str, f: &mut FigureFields) -> R<()> {
    f.value = d.number(v, p)?;
    Ok(())
}

fn read_unit(d: &mut Decoder<'_, '_>, v: Val, p: &str, f: &mut FigureFields) -> R<()> {
    f.unit = d.unit(v, p)?;
    Ok(())
}

fn read_qualifier(d: &mut Decoder<'_, '_>, v: Val, p: &str, f: &mut FigureFields) -> R<()> {
    f.qualifier = d.nullable(v, |d, v| d.qualifier(v, p))?;
    Ok(())
}

pub(super) const FIGURE: [Field<FigureFields>; 3] = [
    required("value", read_value),
    required("unit", read_unit),
    optional("qualifier", read_qualifier),
];
pub(super) const FIGURE_NAMES: [&str; 3] = names(&FIGURE);

pub(super) const CHANGE: [Field<FigureFields>; 4] = [
    required("value", read_value),
    required("unit", read_unit),
    optional("against", |d, v, p, f| {
        f.against = d.nullable(v, |d, v| d.text(v, p))?;
        Ok(())
    }),
    optional("qualifier", read_qualifier),
];
pub(super) const CHANGE_NAMES: [&str; 4] = names(&CHANGE);

/// A point of a series as decoded.
#[derive(Default)]
pub(super) struct PointFields {
    year: Option<i32>,
    value: Option<(f64, u8)>,
}

pub(super) const POINT: [Field<PointFields>; 2] = [
    required("year", |d, v, p, f| {
        f.year = d.year(v, p)?;
        Ok(())
    }),
    required("value", |d, v, p, f| {
        f.value = d.number(v, p)?;
        Ok(())
    }),
];
pub(super) const POINT_NAMES: [&str; 2] = names(&POINT);

impl Decoder<'_, '_> {
    pub(super) fn metric(&mut self, v: Val, path: &str) -> R<Option<Metric>> {
        self.metric_count += 1;
        if self.metric_count == MAX_METRICS + 1 {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::TooMany,
                format!("more than {MAX_METRICS} metrics"),
            );
        }
        if self.metric_count > MAX_METRICS {
            self.skip(v)?;
            return Ok(None);
        }
        let Some((f, _)) = self.table(v, path, &METRIC, &METRIC_NAMES)? else {
            return Ok(None);
        };
        let id = f.id.clone();
        let metric = (|| {
            let (value, decimals) = f.value?;
            Some(Metric {
                id: f.id?,
                label: f.label?,
                value,
                decimals,
                unit: f.unit?,
                qualifier: f.qualifier,
                period: f.period,
                topic: f.topic,
                direction: f.direction?,
                series: f.series.unwrap_or_default(),
                parts: f.parts.unwrap_or_default(),
                change: f.change.map(Box::new),
                also: f.also.unwrap_or_default(),
                quote: f.quote?,
            })
        })();
        if metric.is_none() {
            self.broken.extend(id);
        }
        Ok(metric)
    }

    /// A unit: any text in version 2 (see [`Unit::parse`]), the closed list
    /// in version 1.
    fn unit(&mut self, v: Val, path: &str) -> R<Option<Unit>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        let parsed = Unit::parse(&s);
        let message = match (&parsed, self.mode().version) {
            (Ok(u), 1) if !is_v1_unit(u) => format!(
                "\"{}\" is not a unit of format version 1; use an optional 万 or 亿 followed by one of: {} (version 2 takes any unit)",
                preview(&s),
                V1_UNITS.join(" ")
            ),
            (Ok(u), _) => return Ok(Some(u.clone())),
            (Err(e), _) => e.message(&s),
        };
        self.report(v.pos, path.to_string(), ProblemKind::InvalidValue, message);
        Ok(None)
    }

    /// A qualifier: version 1's six Chinese words, or any of version 2's.
    fn qualifier(&mut self, v: Val, path: &str) -> R<Option<Qualifier>> {
        let all: &[Qualifier] = if self.mode().version == 1 {
            &Qualifier::ALL[..6]
        } else {
            &Qualifier::ALL
        };
        self.one_of(v, path, all, Qualifier::as_str)
    }

    /// Another statement of a metric's quantity: `{value, unit, qualifier}`.
    fn figure(&mut self, v: Val, path: &str) -> R<Option<Figure>> {
        let Some((f, _)) = self.table(v, path, &FIGURE, &FIGURE_NAMES)? else {
            return Ok(None);
        };
        Ok((|| {
            let (value, decimals) = f.value?;
            Some(Figure {
                value,
                decimals,
                unit: f.unit?,
                qualifier: f.qualifier,
            })
        })())
    }

    /// A change the article states: `{value, unit, against, qualifier}`.
    fn change(&mut self, v: Val, path: &str) -> R<Option<Change>> {
        let Some((f, _)) = self.table(v, path, &CHANGE, &CHANGE_NAMES)? else {
            return Ok(None);
        };
        Ok((|| {
            let (value, decimals) = f.value?;
            Some(Change {
                value,
                decimals,
                unit: f.unit?,
                against: f.against,
                qualifier: f.qualifier,
            })
        })())
    }

    /// A metric's series: at least two points, years increasing.
    fn series(&mut self, v: Val, path: &str) -> R<Option<Vec<Point>>> {
        let Some((series, len)) = self.array(v, path, Self::point)? else {
            return Ok(None);
        };
        if len == 1 {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                "a series needs at least two points".into(),
            );
        }
        if series.windows(2).any(|w| w[0].year >= w[1].year) {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                "series years must increase".into(),
            );
        }
        Ok(Some(series))
    }

    fn point(&mut self, v: Val, path: &str) -> R<Option<Point>> {
        let Some((f, _)) = self.table(v, path, &POINT, &POINT_NAMES)? else {
            return Ok(None);
        };
        Ok((|| {
            Some(Point {
                year: f.year?,
                value: f.value?.0,
            })
        })())
    }

    fn year(&mut self, v: Val, path: &str) -> R<Option<i32>> {
        let Some((n, _)) = self.number(v, path)? else {
            return Ok(None);
        };
        if n.fract() != 0.0 || !(1000.0..=9999.0).contains(&n) {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                format!("{} is not a four-digit year", crate::num::Num(n)),
            );
            return Ok(None);
        }
        Ok(Some(n as i32))
    }
}

/// Whether `u` is a unit of format version 1.
fn is_v1_unit(u: &Unit) -> bool {
    let base = u
        .written()
        .strip_prefix(u.magnitude.as_str())
        .unwrap_or(u.written());
    matches!(u.magnitude, Magnitude::One | Magnitude::Wan | Magnitude::Yi)
        && u.per.is_none()
        && V1_UNITS.contains(&base)
        && !(base == "%" && u.magnitude != Magnitude::One)
}
