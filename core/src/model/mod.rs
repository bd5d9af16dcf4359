//! The scorecard model: what a scorecard file means once it is valid.
//!
//! `docs/format.md` documents each field; `data/scorecard.schema.json` is
//! generated from these types. Values are built only by [`crate::load`],
//! which has checked them.

mod text;

pub use text::Text;

use crate::types::{Direction, Lang, Qualifier, RelationKind, SectionKind};
use crate::unit::Unit;

/// The format version this build writes.
pub const SCHEMA_VERSION: u32 = 2;

/// Every format version this build reads.
pub const SCHEMA_VERSIONS: [u32; 2] = [1, 2];

/// A scorecard: the figures of one article.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Scorecard {
    /// Format version: 1 or 2.
    pub schema_version: u32,
    /// Identifies the scorecard in `?card=`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    /// Language used when the URL names none.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::LangCode"))]
    pub default_lang: Lang,
    /// Title shown at the top.
    pub title: Text,
    /// Line under the title.
    pub subtitle: Option<Text>,
    /// When the data last changed (`YYYY-MM-DD`, optionally with time).
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::Published>")
    )]
    pub updated: Option<String>,
    /// The article the figures come from.
    pub source: Source,
    /// The article's sections, in reading order.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub sections: Vec<Section>,
    /// Arithmetic a reader can verify.
    #[cfg_attr(feature = "schema", schemars(default))]
    pub relations: Vec<Relation>,
}

/// The source article.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Source {
    /// The publication, e.g. 红网.
    pub outlet: Text,
    /// The article's headline.
    pub title: Text,
    /// Link to the article; `http:` or `https:` only.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::HttpUrl"))]
    pub url: String,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date with time and offset.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::Published>")
    )]
    pub published: Option<String>,
    /// When the article was read (`YYYY-MM-DD`); required without `published`.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::Published>")
    )]
    pub retrieved: Option<String>,
    /// A repost's link, when the text was taken from one.
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::HttpUrl>"))]
    pub via: Option<String>,
    /// Reporters, in the article's order.
    #[cfg_attr(feature = "schema", schemars(default))]
    pub authors: Vec<String>,
    /// The responsible editor.
    pub editor: Option<String>,
}

impl Source {
    /// The date part of `published` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`),
    /// if the article gives one.
    pub fn date(&self) -> Option<&str> {
        let p = self.published.as_deref()?;
        Some(p.get(..10).unwrap_or(p))
    }
}

/// A part of the article with its figures.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Section {
    /// Identifies the section in `?section=`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    /// How the section is drawn.
    pub kind: SectionKind,
    /// Heading.
    pub title: Text,
    /// The section's focus line, e.g. 聚焦责任落实.
    pub focus: Option<Text>,
    /// The section's figures.
    #[cfg_attr(feature = "schema", schemars(default))]
    pub metrics: Vec<Metric>,
    /// Named mechanisms and other facts without a number.
    #[cfg_attr(feature = "schema", schemars(default))]
    pub items: Vec<Item>,
}

/// One figure of the article.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Metric {
    /// Identifies the metric in `?metric=` and in relations.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    /// What is counted.
    pub label: Text,
    /// The number as the article writes it, before the unit's magnitude.
    pub value: f64,
    /// Digits written after the decimal point of `value` (not in the file).
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub decimals: u8,
    /// The unit as the article writes it, with its magnitude.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::UnitName"))]
    pub unit: Unit,
    /// The article's hedge (余, 多, 以上, 超过, 近, 约, more than …).
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::QualifierName>")
    )]
    pub qualifier: Option<Qualifier>,
    /// The time the figure refers to.
    pub period: Option<Text>,
    /// Sub-heading inside the section.
    pub topic: Option<Text>,
    /// Whether more is better.
    pub direction: Direction,
    /// Values over time, oldest first.
    #[cfg_attr(feature = "schema", schemars(default))]
    pub series: Vec<Point>,
    /// Ids of the metrics this one is the sum of.
    #[cfg_attr(feature = "schema", schemars(default, with = "Vec<crate::schema::Id>"))]
    pub parts: Vec<String>,
    /// The change the article states.
    // Boxed: most figures have none, and a scorecard may hold 50,000.
    pub change: Option<Box<Change>>,
    /// The same quantity as the article states it in other units.
    #[cfg_attr(feature = "schema", schemars(default))]
    pub also: Vec<Figure>,
    /// The article's sentence, verbatim.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub quote: String,
}

/// A number with its unit and qualifier, as the article writes it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Figure {
    /// The number as written, before the unit's magnitude.
    pub value: f64,
    /// Digits written after the decimal point (not in the file).
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub decimals: u8,
    /// The unit as written.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::UnitName"))]
    pub unit: Unit,
    /// The article's hedge.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::QualifierName>")
    )]
    pub qualifier: Option<Qualifier>,
}

impl Figure {
    /// The value in the unit's base (118969 千公顷 → 118,969,000 公顷).
    pub fn exact(&self) -> f64 {
        self.value * self.unit.magnitude.factor()
    }

    /// Half a unit of the last written digit, in the unit's base.
    pub fn rounding(&self) -> f64 {
        rounding(self.decimals, &self.unit)
    }
}

/// Half a unit of the last of `decimals` written digits, in `unit`'s base:
/// how far the true figure may be from what the article wrote.
fn rounding(decimals: u8, unit: &Unit) -> f64 {
    0.5 * 10f64.powi(-i32::from(decimals)) * unit.magnitude.factor()
}

/// A change the article states for a metric ("比2022年增加636千公顷",
/// "下降12.6%", "up 3 percentage points").
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Change {
    /// Signed: negative for a fall.
    pub value: f64,
    /// Digits written after the decimal point (not in the file).
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub decimals: u8,
    /// `%` for a relative change, `百分点`/`percentage points` for a change
    /// of a rate, or a unit that converts with the metric's.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::UnitName"))]
    pub unit: Unit,
    /// The period compared with (2022年, 上年, last year).
    pub against: Option<Text>,
    /// The article's hedge on the change.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::QualifierName>")
    )]
    pub qualifier: Option<Qualifier>,
}

/// What a stated change is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// A percentage of the earlier value.
    Relative,
    /// Percentage points of a rate.
    Points,
    /// An amount in the metric's kind of unit.
    Absolute,
}

impl Change {
    /// How the change is measured.
    pub fn kind(&self) -> ChangeKind {
        if self.unit.is_percent() {
            ChangeKind::Relative
        } else if self.unit.is_points() {
            ChangeKind::Points
        } else {
            ChangeKind::Absolute
        }
    }
}

impl Metric {
    /// The value in the base unit (1.3 万个 → 13,000).
    pub fn exact(&self) -> f64 {
        self.value * self.unit.magnitude.factor()
    }

    /// Half a unit of the last written digit, in the base unit: how far the
    /// true figure may be from what the article wrote.
    pub fn rounding(&self) -> f64 {
        rounding(self.decimals, &self.unit)
    }
}

/// One value of a series.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Point {
    /// The year the value belongs to.
    pub year: i32,
    /// The value, in the metric's unit.
    pub value: f64,
}

/// A named mechanism or other fact without a number.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Item {
    /// Identifies the item.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    /// The mechanism's name, e.g. 五个一工作机制.
    pub name: Text,
    /// What it is, briefly.
    pub description: Option<Text>,
    /// The article's sentence, verbatim.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub quote: String,
}

/// Arithmetic between metrics that a reader can verify.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Relation {
    /// Identifies the relation.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    /// Sum, bound or shares.
    pub kind: RelationKind,
    /// What the relation says.
    pub label: Text,
    /// The whole; absent for `shares`, whose whole is 100%.
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Id>"))]
    pub total: Option<String>,
    /// The parts.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<crate::schema::Id>", length(min = 1))
    )]
    pub parts: Vec<String>,
}

impl Scorecard {
    /// Every metric with the index of its section, in reading order.
    pub fn metrics(&self) -> impl Iterator<Item = (usize, &Metric)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.metrics.iter().map(move |m| (i, m)))
    }

    /// The metric with `id`.
    pub fn metric(&self, id: &str) -> Option<&Metric> {
        self.metrics().map(|(_, m)| m).find(|m| m.id == id)
    }

    /// The section with `id`.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The section that holds metric `id`.
    pub fn section_of(&self, metric_id: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.metrics.iter().any(|m| m.id == metric_id))
    }
}
