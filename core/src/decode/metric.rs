//! Metrics and what they hold (units, stated changes, other statements,
//! series), items and relations.

use super::{fields, preview, Decoder, Val, MAX_METRICS, R};
use crate::error::ProblemKind;
use crate::model::{Change, Figure, Item, Metric, Point, Relation, Text};
use crate::types::{Direction, Qualifier, RelationKind};
use crate::unit::{Magnitude, Unit};

/// The units of format version 1: an optional 万 or 亿 and one of these.
const V1_UNITS: [&str; 19] = [
    "元", "人", "人次", "户", "个", "村", "名", "家", "次", "件", "起", "期", "条", "处", "支",
    "公里", "度", "年", "%",
];

/// A metric's fields as decoded.
#[derive(Default)]
struct MetricFields {
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
        let mut f = MetricFields::default();
        let obj = self.object(v, path, fields::METRIC, &mut |d, key, v, p| {
            if !d.allowed(key, v, p)? {
                return Ok(());
            }
            match key {
                "id" => f.id = d.id(v, p)?,
                "label" => f.label = d.text(v, p)?,
                "value" => f.value = d.number(v, p)?,
                "unit" => f.unit = d.unit(v, p)?,
                "qualifier" => f.qualifier = d.nullable(v, |d, v| d.qualifier(v, p))?,
                "period" => f.period = d.nullable(v, |d, v| d.text(v, p))?,
                "topic" => f.topic = d.nullable(v, |d, v| d.text(v, p))?,
                "direction" => f.direction = d.one_of(v, p, &Direction::ALL, Direction::as_str)?,
                "series" => f.series = d.series(v, p)?,
                "parts" => f.parts = d.list(v, p, Self::id)?,
                "change" => f.change = d.nullable(v, |d, v| d.change(v, p))?,
                "also" => f.also = d.list(v, p, Self::figure)?,
                _ => f.quote = d.nonempty_string(v, p, ProblemKind::EmptyQuote)?,
            }
            Ok(())
        })?;
        let Some(mut obj) = obj else {
            return Ok(None);
        };
        let id = self.req(&mut obj, "id", f.id);
        let label = self.req(&mut obj, "label", f.label);
        let value = self.req(&mut obj, "value", f.value);
        let unit = self.req(&mut obj, "unit", f.unit);
        let qualifier = self.opt(&mut obj, "qualifier", f.qualifier);
        let period = self.opt(&mut obj, "period", f.period);
        let topic = self.opt(&mut obj, "topic", f.topic);
        let direction = self.req(&mut obj, "direction", f.direction);
        let series = self.opt(&mut obj, "series", f.series);
        let parts = self.opt(&mut obj, "parts", f.parts);
        let change = self.opt(&mut obj, "change", f.change);
        let also = self.opt(&mut obj, "also", f.also);
        let quote = self.req(&mut obj, "quote", f.quote);
        let metric = (|| {
            let (value, decimals) = value?;
            Some(Metric {
                id: id.clone()?,
                label: label?,
                value,
                decimals,
                unit: unit?,
                qualifier,
                period,
                topic,
                direction: direction?,
                series: series.unwrap_or_default(),
                parts: parts.unwrap_or_default(),
                change: change.map(Box::new),
                also: also.unwrap_or_default(),
                quote: quote?,
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
        let (mut value, mut unit, mut qualifier) = (None, None, None);
        let obj = self.object(v, path, fields::FIGURE, &mut |d, key, v, p| {
            match key {
                "value" => value = d.number(v, p)?,
                "unit" => unit = d.unit(v, p)?,
                _ => qualifier = d.nullable(v, |d, v| d.qualifier(v, p))?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| {
            let value = self.req(&mut obj, "value", value);
            let unit = self.req(&mut obj, "unit", unit);
            let qualifier = self.opt(&mut obj, "qualifier", qualifier);
            let (value, decimals) = value?;
            Some(Figure {
                value,
                decimals,
                unit: unit?,
                qualifier,
            })
        }))
    }

    /// A change the article states: `{value, unit, against, qualifier}`.
    fn change(&mut self, v: Val, path: &str) -> R<Option<Change>> {
        let (mut value, mut unit, mut against, mut qualifier) = (None, None, None, None);
        let obj = self.object(v, path, fields::CHANGE, &mut |d, key, v, p| {
            match key {
                "value" => value = d.number(v, p)?,
                "unit" => unit = d.unit(v, p)?,
                "against" => against = d.nullable(v, |d, v| d.text(v, p))?,
                _ => qualifier = d.nullable(v, |d, v| d.qualifier(v, p))?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| {
            let value = self.req(&mut obj, "value", value);
            let unit = self.req(&mut obj, "unit", unit);
            let against = self.opt(&mut obj, "against", against);
            let qualifier = self.opt(&mut obj, "qualifier", qualifier);
            let (value, decimals) = value?;
            Some(Change {
                value,
                decimals,
                unit: unit?,
                against,
                qualifier,
            })
        }))
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
        let (mut year, mut value) = (None, None);
        let obj = self.object(v, path, fields::POINT, &mut |d, key, v, p| {
            match key {
                "year" => year = d.year(v, p)?,
                _ => value = d.number(v, p)?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| {
            let year = self.req(&mut obj, "year", year);
            let value = self.req(&mut obj, "value", value);
            Some(Point {
                year: year?,
                value: value?.0,
            })
        }))
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
                format!("{n} is not a four-digit year"),
            );
            return Ok(None);
        }
        Ok(Some(n as i32))
    }

    pub(super) fn item(&mut self, v: Val, path: &str) -> R<Option<Item>> {
        let (mut id, mut name, mut description, mut quote) = (None, None, None, None);
        let obj = self.object(v, path, fields::ITEM, &mut |d, key, v, p| {
            match key {
                "id" => id = d.id(v, p)?,
                "name" => name = d.text(v, p)?,
                "description" => description = d.nullable(v, |d, v| d.text(v, p))?,
                _ => quote = d.nonempty_string(v, p, ProblemKind::EmptyQuote)?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| {
            let id = self.req(&mut obj, "id", id);
            let name = self.req(&mut obj, "name", name);
            let description = self.opt(&mut obj, "description", description);
            let quote = self.req(&mut obj, "quote", quote);
            Some(Item {
                id: id?,
                name: name?,
                description,
                quote: quote?,
            })
        }))
    }

    pub(super) fn relation(&mut self, v: Val, path: &str) -> R<Option<Relation>> {
        let (mut id, mut kind, mut label) = (None, None, None);
        let (mut total, mut parts) = (None, None);
        let obj = self.object(v, path, fields::RELATION, &mut |d, key, v, p| {
            match key {
                "id" => id = d.id(v, p)?,
                "kind" => {
                    let all: &[RelationKind] = if d.mode().version == 1 {
                        &RelationKind::ALL[..2]
                    } else {
                        &RelationKind::ALL
                    };
                    kind = d.one_of(v, p, all, RelationKind::as_str)?
                }
                "label" => label = d.text(v, p)?,
                "total" => total = d.id(v, p)?,
                _ => parts = d.relation_parts(v, p)?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| {
            let id = self.req(&mut obj, "id", id);
            let kind = self.req(&mut obj, "kind", kind);
            let label = self.req(&mut obj, "label", label);
            let total = match kind {
                Some(RelationKind::Shares) => {
                    if obj.has("total") {
                        self.report(
                            obj.pos,
                            format!("{}.total", obj.path),
                            ProblemKind::InvalidValue,
                            "a \"shares\" relation has no total: its parts add up to 100%".into(),
                        );
                    }
                    self.opt(&mut obj, "total", total);
                    Some(None)
                }
                _ => self.req(&mut obj, "total", total).map(Some),
            };
            let parts = self.req(&mut obj, "parts", parts);
            Some(Relation {
                id: id?,
                kind: kind?,
                label: label?,
                total: total?,
                parts: parts?,
            })
        }))
    }

    fn relation_parts(&mut self, v: Val, path: &str) -> R<Option<Vec<String>>> {
        let Some((parts, len)) = self.array(v, path, Self::id)? else {
            return Ok(None);
        };
        if len == 0 {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                "needs at least one part".into(),
            );
        }
        Ok(Some(parts))
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
