//! Turns a parsed JSON tree into the model, collecting every problem with
//! its path and position instead of stopping at the first.
//!
//! The tree is taken by value and each part is dropped once decoded, so the
//! tree shrinks while the model grows instead of both peaking together.

use crate::error::{Pos, Problem, ProblemKind};
use crate::json::{Member, Node, Value};
use crate::model::*;
use crate::types::{Direction, Lang, Qualifier, RelationKind, SectionKind};
use crate::unit::Unit;

/// Most metrics a scorecard may have; beyond this the page would crawl.
pub const MAX_METRICS: usize = 50_000;
/// Most sections, items, relations or points in one list.
pub const MAX_LIST: usize = 50_000;

/// Collects problems while walking the tree.
#[derive(Default)]
pub struct Decoder {
    /// Problems found so far, in document order.
    pub problems: Vec<Problem>,
    metric_count: usize,
}

/// The fields each object of the format may have; any other is an error.
pub mod fields {
    /// The top level.
    pub const SCORECARD: &[&str] = &[
        "$schema",
        "schema_version",
        "id",
        "default_lang",
        "title",
        "subtitle",
        "source",
        "sections",
        "relations",
    ];
    /// `source`.
    pub const SOURCE: &[&str] = &["outlet", "title", "url", "published", "authors", "editor"];
    /// `sections[]`.
    pub const SECTION: &[&str] = &["id", "kind", "title", "focus", "metrics", "items"];
    /// `metrics[]`.
    pub const METRIC: &[&str] = &[
        "id",
        "label",
        "value",
        "unit",
        "qualifier",
        "period",
        "topic",
        "direction",
        "series",
        "parts",
        "quote",
    ];
    /// `series[]`.
    pub const POINT: &[&str] = &["year", "value"];
    /// `items[]`.
    pub const ITEM: &[&str] = &["id", "name", "description", "quote"];
    /// `relations[]`.
    pub const RELATION: &[&str] = &["id", "kind", "label", "total", "parts"];
    /// Bilingual text.
    pub const TEXT: &[&str] = &["zh", "en"];
    /// Every object's fields, for tools that generate scorecard-like input.
    pub const ALL: &[&[&str]] = &[
        SCORECARD, SOURCE, SECTION, METRIC, POINT, ITEM, RELATION, TEXT,
    ];
}

/// Appends `.key` to a JSON path.
fn field(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Appends `[i]` to a JSON path.
fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// An object's members, checked against the fields the format defines.
struct Obj<'s> {
    pos: Pos,
    path: String,
    members: Vec<Member<'s>>,
}

impl<'s> Obj<'s> {
    fn get(&self, key: &str) -> Option<&Node<'s>> {
        self.members.iter().find(|m| m.key == key).map(|m| &m.node)
    }

    /// Moves the value of `key` out, leaving `null`: each field is decoded
    /// once, and its subtree is freed as soon as it has been.
    fn take(&mut self, key: &str) -> Option<Node<'s>> {
        let m = self.members.iter_mut().find(|m| m.key == key)?;
        let pos = m.node.pos;
        Some(std::mem::replace(
            &mut m.node,
            Node {
                pos,
                value: Value::Null,
            },
        ))
    }
}

impl Decoder {
    fn report(&mut self, pos: Pos, path: String, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            pos,
            path,
            kind,
            message,
        });
    }

    fn wrong_type(&mut self, node: &Node, path: String, expected: &str) {
        let found = node.value.type_name();
        self.report(
            node.pos,
            path,
            ProblemKind::WrongType,
            format!("expected {expected}, found {found}"),
        );
    }

    /// Checks that `node` is an object whose fields are all in `known`.
    fn object<'s>(&mut self, node: Node<'s>, path: &str, known: &[&str]) -> Option<Obj<'s>> {
        let members = match node.value {
            Value::Object(members) => members,
            _ => {
                self.wrong_type(&node, path.to_string(), "an object");
                return None;
            }
        };
        for m in &members {
            if !known.contains(&&*m.key) {
                let hint = known
                    .iter()
                    .find(|k| k.eq_ignore_ascii_case(&m.key))
                    .map(|k| format!(" (did you mean \"{k}\"?)"))
                    .unwrap_or_default();
                self.report(
                    m.key_pos,
                    field(path, &preview(&m.key)),
                    ProblemKind::UnknownField,
                    format!(
                        "unknown field \"{}\"{hint}; expected one of: {}",
                        preview(&m.key),
                        known.join(", ")
                    ),
                );
            }
        }
        Some(Obj {
            pos: node.pos,
            path: path.to_string(),
            members,
        })
    }

    fn required<'s>(&mut self, obj: &mut Obj<'s>, key: &str) -> Option<Node<'s>> {
        let node = obj.take(key);
        if node.is_none() {
            self.report(
                obj.pos,
                field(&obj.path, key),
                ProblemKind::MissingField,
                format!("missing required field \"{key}\""),
            );
        }
        node
    }

    fn string(&mut self, node: Node<'_>, path: &str) -> Option<String> {
        match node.value {
            Value::String(s) => {
                // A string with escapes was built up and may have spare
                // capacity; the model keeps it for the page's lifetime.
                let mut s = s.into_owned();
                s.shrink_to_fit();
                Some(s)
            }
            _ => {
                self.wrong_type(&node, path.to_string(), "a string");
                None
            }
        }
    }

    fn nonempty_string(&mut self, node: Node<'_>, path: &str, kind: ProblemKind) -> Option<String> {
        let pos = node.pos;
        let s = self.string(node, path)?;
        if s.trim().is_empty() {
            self.report(pos, path.to_string(), kind, "must not be empty".into());
            return None;
        }
        Some(s)
    }

    fn number(&mut self, node: Node<'_>, path: &str) -> Option<(f64, u8)> {
        match node.value {
            Value::Number(v, d) => Some((v, d)),
            _ => {
                self.wrong_type(&node, path.to_string(), "a number");
                None
            }
        }
    }

    fn array<'s>(&mut self, node: Node<'s>, path: &str) -> Option<Vec<Node<'s>>> {
        match node.value {
            Value::Array(items) if items.len() > MAX_LIST => {
                self.report(
                    node.pos,
                    path.to_string(),
                    ProblemKind::TooMany,
                    format!("{} entries; the limit is {MAX_LIST}", items.len()),
                );
                None
            }
            Value::Array(items) => Some(items),
            _ => {
                self.wrong_type(&node, path.to_string(), "an array");
                None
            }
        }
    }

    /// Decodes every item of an array, in order, freeing each item's subtree
    /// once decoded. The result is allocated once, at its final size when
    /// every item decodes.
    fn each<'s, T>(
        &mut self,
        items: Vec<Node<'s>>,
        path: &str,
        mut each: impl FnMut(&mut Self, Node<'s>, &str) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::with_capacity(items.len());
        for (i, n) in items.into_iter().enumerate() {
            out.extend(each(self, n, &index(path, i)));
        }
        out
    }

    /// A list field that may be absent (absent is empty).
    fn list<'s, T>(
        &mut self,
        obj: &mut Obj<'s>,
        key: &str,
        each: impl FnMut(&mut Self, Node<'s>, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some(node) = obj.take(key) else {
            return Vec::new();
        };
        let path = field(&obj.path, key);
        let Some(items) = self.array(node, &path) else {
            return Vec::new();
        };
        self.each(items, &path, each)
    }

    /// One of a closed set of names.
    fn one_of<T: Copy>(
        &mut self,
        node: Node<'_>,
        path: &str,
        all: &[T],
        name: impl Fn(T) -> &'static str,
    ) -> Option<T> {
        let pos = node.pos;
        let s = self.string(node, path)?;
        let found = all.iter().copied().find(|v| name(*v) == s);
        if found.is_none() {
            let names: Vec<String> = all.iter().map(|v| format!("\"{}\"", name(*v))).collect();
            self.report(
                pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                format!("\"{s}\" is not one of {}", names.join(", ")),
            );
        }
        found
    }

    fn id(&mut self, node: Node<'_>, path: &str) -> Option<String> {
        let pos = node.pos;
        let s = self.string(node, path)?;
        if !is_id(&s) {
            self.report(
                pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                format!(
                    "\"{}\" is not an id: use 1–64 of a-z, 0-9 and '-', starting with a letter",
                    preview(&s)
                ),
            );
            return None;
        }
        Some(s)
    }

    fn text(&mut self, node: Node<'_>, path: &str) -> Option<Text> {
        if let Value::String(_) = node.value {
            let zh = self.nonempty_string(node, path, ProblemKind::InvalidValue)?;
            return Some(Text { zh, en: None });
        }
        if !matches!(node.value, Value::Object(_)) {
            self.wrong_type(
                &node,
                path.to_string(),
                "a string or {\"zh\": …, \"en\": …}",
            );
            return None;
        }
        let mut obj = self.object(node, path, fields::TEXT)?;
        let zh = self.required(&mut obj, "zh");
        let zh =
            zh.and_then(|n| self.nonempty_string(n, &field(path, "zh"), ProblemKind::InvalidValue));
        let en = match obj.take("en") {
            Some(n) => self.nonempty_string(n, &field(path, "en"), ProblemKind::InvalidValue),
            None => None,
        };
        Some(Text { zh: zh?, en })
    }

    fn opt<'s, T>(
        &mut self,
        obj: &mut Obj<'s>,
        key: &str,
        f: impl FnOnce(&mut Self, Node<'s>, &str) -> Option<T>,
    ) -> Option<T> {
        let node = obj.take(key)?;
        if matches!(node.value, Value::Null) {
            return None;
        }
        f(self, node, &field(&obj.path, key))
    }

    fn req<'s, T>(
        &mut self,
        obj: &mut Obj<'s>,
        key: &str,
        f: impl FnOnce(&mut Self, Node<'s>, &str) -> Option<T>,
    ) -> Option<T> {
        let node = self.required(obj, key)?;
        f(self, node, &field(&obj.path, key))
    }

    /// Decodes a whole scorecard, consuming the tree. `None` when a required
    /// part is unusable; the problems say why.
    pub fn scorecard(&mut self, root: Node<'_>) -> Option<Scorecard> {
        // An unknown version is reported alone, before anything else: its
        // other fields (new ones included) would give misleading errors.
        let version = match &root.value {
            Value::Object(members) => members.iter().find(|m| m.key == "schema_version"),
            _ => None,
        };
        if let Some((n, Value::Number(v, _))) = version.map(|m| (&m.node, &m.node.value)) {
            if *v != f64::from(SCHEMA_VERSION) {
                self.report(
                    n.pos,
                    "schema_version".into(),
                    ProblemKind::UnsupportedVersion,
                    format!("schema_version {v} is not supported; this build reads version {SCHEMA_VERSION}"),
                );
                return None;
            }
        }
        let mut obj = self.object(root, "", fields::SCORECARD)?;
        // A number here is SCHEMA_VERSION: other numbers were rejected above.
        let schema_version = self
            .req(&mut obj, "schema_version", Self::number)
            .map(|_| SCHEMA_VERSION);
        if let Some(n) = obj.take("$schema") {
            self.string(n, "$schema");
        }
        let id = self.req(&mut obj, "id", Self::id);
        let default_lang = self.req(&mut obj, "default_lang", |d, n, p| {
            d.one_of(n, p, &[Lang::Zh, Lang::En], Lang::as_str)
        });
        let title = self.req(&mut obj, "title", Self::text);
        let subtitle = self.opt(&mut obj, "subtitle", Self::text);
        let source = self.req(&mut obj, "source", Self::source);
        let sections = self.req(&mut obj, "sections", |d, n, p| {
            let pos = n.pos;
            let items = d.array(n, p)?;
            if items.is_empty() {
                d.report(
                    pos,
                    p.to_string(),
                    ProblemKind::InvalidValue,
                    "needs at least one section".into(),
                );
            }
            Some(d.each(items, p, Self::section))
        });
        let relations = self.list(&mut obj, "relations", Self::relation);
        Some(Scorecard {
            schema_version: schema_version?,
            id: id?,
            default_lang: default_lang?,
            title: title?,
            subtitle,
            source: source?,
            sections: sections?,
            relations,
        })
    }

    fn source(&mut self, node: Node<'_>, path: &str) -> Option<Source> {
        let mut obj = self.object(node, path, fields::SOURCE)?;
        let outlet = self.req(&mut obj, "outlet", Self::text);
        let title = self.req(&mut obj, "title", Self::text);
        let url = self.req(&mut obj, "url", |d, n, p| {
            let pos = n.pos;
            let s = d.string(n, p)?;
            match crate::url::check_http_url(&s) {
                Ok(()) => Some(s),
                Err(why) => {
                    d.report(pos, p.to_string(), ProblemKind::UnsafeUrl, why);
                    None
                }
            }
        });
        let published = self.req(&mut obj, "published", |d, n, p| {
            let pos = n.pos;
            let s = d.string(n, p)?;
            if is_timestamp(&s) {
                Some(s)
            } else {
                d.report(
                    pos,
                    p.to_string(),
                    ProblemKind::InvalidValue,
                    format!(
                        "\"{}\" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]",
                        preview(&s)
                    ),
                );
                None
            }
        });
        let authors = self.req(&mut obj, "authors", |d, n, p| {
            let items = d.array(n, p)?;
            Some(d.each(items, p, |d, a, p| {
                d.nonempty_string(a, p, ProblemKind::InvalidValue)
            }))
        });
        let editor = self.opt(&mut obj, "editor", |d, n, p| {
            d.nonempty_string(n, p, ProblemKind::InvalidValue)
        });
        Some(Source {
            outlet: outlet?,
            title: title?,
            url: url?,
            published: published?,
            authors: authors?,
            editor,
        })
    }

    fn section(&mut self, node: Node<'_>, path: &str) -> Option<Section> {
        let mut obj = self.object(node, path, fields::SECTION)?;
        let id = self.req(&mut obj, "id", Self::id);
        let kind = self.req(&mut obj, "kind", |d, n, p| {
            d.one_of(n, p, &SectionKind::ALL, SectionKind::as_str)
        });
        let title = self.req(&mut obj, "title", Self::text);
        let focus = self.opt(&mut obj, "focus", Self::text);
        let metrics = self.list(&mut obj, "metrics", Self::metric);
        let items = self.list(&mut obj, "items", Self::item);
        Some(Section {
            id: id?,
            kind: kind?,
            title: title?,
            focus,
            metrics,
            items,
        })
    }

    fn metric(&mut self, node: Node<'_>, path: &str) -> Option<Metric> {
        self.metric_count += 1;
        if self.metric_count == MAX_METRICS + 1 {
            self.report(
                node.pos,
                path.to_string(),
                ProblemKind::TooMany,
                format!("more than {MAX_METRICS} metrics"),
            );
        }
        if self.metric_count > MAX_METRICS {
            return None;
        }
        let mut obj = self.object(node, path, fields::METRIC)?;
        let id = self.req(&mut obj, "id", Self::id);
        let label = self.req(&mut obj, "label", Self::text);
        let value = self.req(&mut obj, "value", Self::number);
        let unit = self.req(&mut obj, "unit", |d, n, p| {
            let pos = n.pos;
            let s = d.string(n, p)?;
            let unit = Unit::parse(&s);
            if unit.is_none() {
                d.report(
                    pos,
                    p.to_string(),
                    ProblemKind::InvalidValue,
                    format!(
                        "\"{}\" is not a unit; use an optional 万 or 亿 followed by one of: {}",
                        preview(&s),
                        crate::unit::BaseUnit::ALL.map(|b| b.as_str()).join(" ")
                    ),
                );
            }
            unit
        });
        let qualifier = self.opt(&mut obj, "qualifier", |d, n, p| {
            d.one_of(n, p, &Qualifier::ALL, Qualifier::as_str)
        });
        let period = self.opt(&mut obj, "period", Self::text);
        let topic = self.opt(&mut obj, "topic", Self::text);
        let direction = self.req(&mut obj, "direction", |d, n, p| {
            d.one_of(n, p, &Direction::ALL, Direction::as_str)
        });
        // What the checks below need of the series, before `list` takes it.
        let series_node = obj
            .get("series")
            .map(|n| (n.pos, matches!(&n.value, Value::Array(a) if a.len() == 1)));
        let series = self.list(&mut obj, "series", Self::point);
        if let Some((pos, one_point)) = series_node {
            if one_point {
                self.report(
                    pos,
                    field(path, "series"),
                    ProblemKind::InvalidValue,
                    "a series needs at least two points".into(),
                );
            }
            if series.windows(2).any(|w| w[0].year >= w[1].year) {
                self.report(
                    pos,
                    field(path, "series"),
                    ProblemKind::InvalidValue,
                    "series years must increase".into(),
                );
            }
        }
        let parts = self.list(&mut obj, "parts", Self::id);
        let quote = self.req(&mut obj, "quote", |d, n, p| {
            d.nonempty_string(n, p, ProblemKind::EmptyQuote)
        });
        let (value, decimals) = value?;
        Some(Metric {
            id: id?,
            label: label?,
            value,
            decimals,
            unit: unit?,
            qualifier,
            period,
            topic,
            direction: direction?,
            series,
            parts,
            quote: quote?,
        })
    }

    fn point(&mut self, node: Node<'_>, path: &str) -> Option<Point> {
        let mut obj = self.object(node, path, fields::POINT)?;
        let year = self.req(&mut obj, "year", |d, n, p| {
            let pos = n.pos;
            let (v, _) = d.number(n, p)?;
            if v.fract() != 0.0 || !(1000.0..=9999.0).contains(&v) {
                d.report(
                    pos,
                    p.to_string(),
                    ProblemKind::InvalidValue,
                    format!("{v} is not a four-digit year"),
                );
                return None;
            }
            Some(v as i32)
        });
        let value = self.req(&mut obj, "value", Self::number);
        Some(Point {
            year: year?,
            value: value?.0,
        })
    }

    fn item(&mut self, node: Node<'_>, path: &str) -> Option<Item> {
        let mut obj = self.object(node, path, fields::ITEM)?;
        let id = self.req(&mut obj, "id", Self::id);
        let name = self.req(&mut obj, "name", Self::text);
        let description = self.opt(&mut obj, "description", Self::text);
        let quote = self.req(&mut obj, "quote", |d, n, p| {
            d.nonempty_string(n, p, ProblemKind::EmptyQuote)
        });
        Some(Item {
            id: id?,
            name: name?,
            description,
            quote: quote?,
        })
    }

    fn relation(&mut self, node: Node<'_>, path: &str) -> Option<Relation> {
        let mut obj = self.object(node, path, fields::RELATION)?;
        let id = self.req(&mut obj, "id", Self::id);
        let kind = self.req(&mut obj, "kind", |d, n, p| {
            d.one_of(n, p, &RelationKind::ALL, RelationKind::as_str)
        });
        let label = self.req(&mut obj, "label", Self::text);
        let total = self.req(&mut obj, "total", Self::id);
        let parts = self.req(&mut obj, "parts", |d, n, p| {
            let pos = n.pos;
            let items = d.array(n, p)?;
            if items.is_empty() {
                d.report(
                    pos,
                    p.to_string(),
                    ProblemKind::InvalidValue,
                    "needs at least one part".into(),
                );
            }
            Some(d.each(items, p, Self::id))
        });
        Some(Relation {
            id: id?,
            kind: kind?,
            label: label?,
            total: total?,
            parts: parts?,
        })
    }
}

/// Whether `s` is a valid id.
pub fn is_id(s: &str) -> bool {
    let b = s.as_bytes();
    (1..=64).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// `YYYY-MM-DD`, optionally followed by `THH:MM[:SS]` and `Z` or `±HH:MM`.
fn is_timestamp(s: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
    let b = s.as_bytes();
    // Everything below slices by byte, so non-ASCII input is rejected first.
    if b.len() < 10 || !s.is_ascii() {
        return false;
    }
    let (date, rest) = s.split_at(10);
    let date_ok = digits(&date[0..4])
        && b[4] == b'-'
        && digits(&date[5..7])
        && b[7] == b'-'
        && digits(&date[8..10])
        && (1..=12).contains(&date[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&date[8..10].parse::<u8>().unwrap_or(0));
    if !date_ok {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    let Some(time) = rest.strip_prefix('T') else {
        return false;
    };
    let (clock, zone) = match time.find(['Z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => (time, ""),
    };
    let clock_ok = match clock.split(':').collect::<Vec<_>>().as_slice() {
        [h, m] | [h, m, _] if h.len() == 2 && m.len() == 2 && digits(h) && digits(m) => clock
            .split(':')
            .nth(2)
            .is_none_or(|s| s.len() == 2 && digits(s)),
        _ => false,
    };
    let zone_ok = zone.is_empty()
        || zone == "Z"
        || (zone.len() == 6 && digits(&zone[1..3]) && &zone[3..4] == ":" && digits(&zone[4..6]));
    clock_ok && zone_ok
}

/// A short, single-line preview of untrusted text for messages.
pub fn preview(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(40)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["a", "poor-villages", "x2", &"a".repeat(64)] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "2x", "A", "a_b", "a b", "-a", "村", &"a".repeat(65)] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn timestamps() {
        for ok in [
            "2020-11-25",
            "2020-11-25T09:46",
            "2020-11-25T09:46:45+08:00",
            "2020-11-25T09:46:45Z",
        ] {
            assert!(is_timestamp(ok), "{ok}");
        }
        for bad in [
            "2020-13-01",
            "2020/11/25",
            "2020-11-25 09:46",
            "2020-11-25T9:46",
            "20201125",
            "2020-11-25T09:46:45+8",
            "２０２０-11-25",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }
}
