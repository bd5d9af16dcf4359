//! Turns a document into the model as it is read, collecting every problem
//! with its path and position instead of stopping at the first.
//!
//! The decoder reads the events of [`crate::json`]'s reader, so no tree of
//! the document is built and the text can arrive in pieces: loading holds
//! the model and one piece of text. Problems come out in the order the
//! format lists each object's fields (not the document's order): an object
//! keeps its fields' problems until it has been read.

use crate::error::{Pos, Problem, ProblemKind};
use crate::json::{Event, ParseError, Pieces, Reader};
use crate::model::*;
use crate::types::{Direction, Lang, Qualifier, RelationKind, SectionKind};
use crate::unit::Unit;

/// Most metrics a scorecard may have; beyond this the page would crawl.
pub const MAX_METRICS: usize = 50_000;
/// Most sections, items, relations or points in one list.
pub const MAX_LIST: usize = 50_000;

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

/// Reading stops at the first syntax error; problems of the format are
/// collected instead.
type R<T> = Result<T, ParseError>;

/// A value whose first event has been read; the rest of it (for an array or
/// object) is next in the reader.
#[derive(Debug, Clone, Copy)]
struct Val {
    pos: Pos,
    event: Event,
}

/// An object read to its end: which known fields it had and the problems
/// found inside each, kept until the decoder emits them in the order the
/// format lists the fields (whatever the document's order).
struct Obj {
    pos: Pos,
    path: String,
    known: &'static [&'static str],
    /// Bit `i` is set when `known[i]` is present.
    present: u32,
    /// The problems inside present fields' values, by index in `known`.
    problems: Vec<(usize, Vec<Problem>)>,
}

impl Obj {
    /// Whether `key` was present, with the problems inside its value.
    fn take(&mut self, key: &str) -> Option<Vec<Problem>> {
        let i = self.known.iter().position(|k| *k == key)?;
        if self.present & (1 << i) == 0 {
            return None;
        }
        let found = self.problems.iter().position(|(f, _)| *f == i);
        Some(found.map_or_else(Vec::new, |at| self.problems.swap_remove(at).1))
    }
}

/// Decodes the model from a document's events, collecting problems.
pub(crate) struct Decoder<'s, 'a> {
    r: Reader<'s, 'a>,
    /// Problems found so far, in the order they are reported.
    problems: Vec<Problem>,
    metric_count: usize,
}

/// Reads a whole document from `pieces` and decodes the scorecard in it.
///
/// The problems are those of the first stage that has any: the size limit,
/// then syntax (the first error only), then the format (fields, types and
/// values, all of them).
pub(crate) fn decode(pieces: Pieces<'_, '_>) -> Result<Scorecard, Vec<Problem>> {
    let mut d = Decoder {
        r: Reader::new(pieces),
        problems: Vec::new(),
        metric_count: 0,
    };
    let decoded = d.document();
    d.r.finish().map_err(|e| vec![e.into()])?;
    let (sc, root_pos) = decoded.map_err(|e| vec![e.into()])?;
    if !d.problems.is_empty() {
        return Err(d.problems);
    }
    sc.ok_or_else(|| {
        vec![Problem {
            pos: root_pos,
            path: String::new(),
            kind: ProblemKind::InvalidValue,
            message: "the file is not a scorecard".into(),
        }]
    })
}

impl Decoder<'_, '_> {
    fn report(&mut self, pos: Pos, path: String, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            pos,
            path,
            kind,
            message,
        });
    }

    /// The next value's first event.
    fn value(&mut self) -> R<Val> {
        let (pos, event) = self.r.next()?;
        Ok(Val { pos, event })
    }

    /// Reads the rest of `v` without decoding it.
    fn skip(&mut self, v: Val) -> R<()> {
        let mut depth = usize::from(v.event.opens());
        while depth > 0 {
            match self.r.next()?.1 {
                Event::StartArray | Event::StartObject => depth += 1,
                Event::EndArray | Event::EndObject => depth -= 1,
                Event::End => break,
                _ => {}
            }
        }
        Ok(())
    }

    fn wrong_type(&mut self, v: Val, path: &str, expected: &str) -> R<()> {
        let found = v.event.type_name();
        self.report(
            v.pos,
            path.to_string(),
            ProblemKind::WrongType,
            format!("expected {expected}, found {found}"),
        );
        self.skip(v)
    }

    /// Reads an object, checking that its fields are all in `known`, and
    /// hands each known field's value to `member` with the field's path.
    /// The values of unknown fields are not decoded.
    fn object(
        &mut self,
        v: Val,
        path: &str,
        known: &'static [&'static str],
        mut member: impl FnMut(&mut Self, &'static str, Val, &str) -> R<()>,
    ) -> R<Option<Obj>> {
        if v.event != Event::StartObject {
            self.wrong_type(v, path, "an object")?;
            return Ok(None);
        }
        let mut obj = Obj {
            pos: v.pos,
            path: path.to_string(),
            known,
            present: 0,
            problems: Vec::new(),
        };
        while let (key_pos, Event::Key) = self.r.next()? {
            let Some(i) = known.iter().position(|k| *k == self.r.str()) else {
                self.unknown_field(key_pos, path, known);
                let v = self.value()?;
                self.skip(v)?;
                continue;
            };
            obj.present |= 1 << i;
            let before = self.problems.len();
            let v = self.value()?;
            member(self, known[i], v, &field(path, known[i]))?;
            if self.problems.len() > before {
                obj.problems.push((i, self.problems.split_off(before)));
            }
        }
        Ok(Some(obj))
    }

    /// Reports the key just read as not one of `known`.
    fn unknown_field(&mut self, pos: Pos, path: &str, known: &[&str]) {
        let key = preview(self.r.str());
        let hint = known
            .iter()
            .find(|k| k.eq_ignore_ascii_case(self.r.str()))
            .map(|k| format!(" (did you mean \"{k}\"?)"))
            .unwrap_or_default();
        self.report(
            pos,
            field(path, &key),
            ProblemKind::UnknownField,
            format!(
                "unknown field \"{key}\"{hint}; expected one of: {}",
                known.join(", ")
            ),
        );
    }

    /// A required field's decoded value; its problems are reported now, or
    /// that it is missing.
    fn req<T>(&mut self, obj: &mut Obj, key: &str, value: Option<T>) -> Option<T> {
        match obj.take(key) {
            Some(mut problems) => {
                self.problems.append(&mut problems);
                value
            }
            None => {
                self.report(
                    obj.pos,
                    field(&obj.path, key),
                    ProblemKind::MissingField,
                    format!("missing required field \"{key}\""),
                );
                None
            }
        }
    }

    /// An optional field's decoded value; its problems are reported now.
    fn opt<T>(&mut self, obj: &mut Obj, key: &str, value: Option<T>) -> Option<T> {
        let mut problems = obj.take(key)?;
        self.problems.append(&mut problems);
        value
    }

    /// `decode(v)`, except that `null` reads as absent.
    fn nullable<T>(
        &mut self,
        v: Val,
        decode: impl FnOnce(&mut Self, Val) -> R<Option<T>>,
    ) -> R<Option<T>> {
        if v.event == Event::Null {
            return Ok(None);
        }
        decode(self, v)
    }

    fn string(&mut self, v: Val, path: &str) -> R<Option<String>> {
        if v.event != Event::String {
            self.wrong_type(v, path, "a string")?;
            return Ok(None);
        }
        // Allocated at its exact size: the model keeps it for the page's
        // lifetime.
        Ok(Some(self.r.str().to_owned()))
    }

    fn nonempty_string(&mut self, v: Val, path: &str, kind: ProblemKind) -> R<Option<String>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        if s.trim().is_empty() {
            self.report(v.pos, path.to_string(), kind, "must not be empty".into());
            return Ok(None);
        }
        Ok(Some(s))
    }

    fn number(&mut self, v: Val, path: &str) -> R<Option<(f64, u8)>> {
        match v.event {
            Event::Number(n, decimals) => Ok(Some((n, decimals))),
            _ => {
                self.wrong_type(v, path, "a number")?;
                Ok(None)
            }
        }
    }

    /// Decodes every item of an array with `each`, in order; also returns
    /// the array's length, counting items that did not decode.
    fn array<T>(
        &mut self,
        v: Val,
        path: &str,
        mut each: impl FnMut(&mut Self, Val, &str) -> R<Option<T>>,
    ) -> R<Option<(Vec<T>, usize)>> {
        if v.event != Event::StartArray {
            self.wrong_type(v, path, "an array")?;
            return Ok(None);
        }
        // What an array over the limit undoes: it is reported alone, and
        // the metrics in it do not count.
        let (problems, metrics) = (self.problems.len(), self.metric_count);
        let mut out = Vec::new();
        let mut len = 0;
        loop {
            let item = self.value()?;
            if item.event == Event::EndArray {
                break;
            }
            len += 1;
            if len > MAX_LIST {
                if len == MAX_LIST + 1 {
                    out = Vec::new();
                    self.problems.truncate(problems);
                    self.metric_count = metrics;
                }
                self.skip(item)?;
                continue;
            }
            out.extend(each(self, item, &index(path, len - 1))?);
        }
        if len > MAX_LIST {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::TooMany,
                format!("{len} entries; the limit is {MAX_LIST}"),
            );
            return Ok(None);
        }
        // Grown by doubling; the model keeps it for the page's lifetime.
        out.shrink_to_fit();
        Ok(Some((out, len)))
    }

    /// [`Decoder::array`] without the length.
    fn list<T>(
        &mut self,
        v: Val,
        path: &str,
        each: impl FnMut(&mut Self, Val, &str) -> R<Option<T>>,
    ) -> R<Option<Vec<T>>> {
        Ok(self.array(v, path, each)?.map(|(items, _)| items))
    }

    /// One of a closed set of names.
    fn one_of<T: Copy>(
        &mut self,
        v: Val,
        path: &str,
        all: &[T],
        name: impl Fn(T) -> &'static str,
    ) -> R<Option<T>> {
        if v.event != Event::String {
            self.wrong_type(v, path, "a string")?;
            return Ok(None);
        }
        let s = self.r.str();
        let found = all.iter().copied().find(|v| name(*v) == s);
        if found.is_none() {
            let names: Vec<String> = all.iter().map(|v| format!("\"{}\"", name(*v))).collect();
            let message = format!("\"{s}\" is not one of {}", names.join(", "));
            self.report(v.pos, path.to_string(), ProblemKind::InvalidValue, message);
        }
        Ok(found)
    }

    fn id(&mut self, v: Val, path: &str) -> R<Option<String>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        if !is_id(&s) {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                format!(
                    "\"{}\" is not an id: use 1–64 of a-z, 0-9 and '-', starting with a letter",
                    preview(&s)
                ),
            );
            return Ok(None);
        }
        Ok(Some(s))
    }

    fn text(&mut self, v: Val, path: &str) -> R<Option<Text>> {
        match v.event {
            Event::String => {
                let zh = self.nonempty_string(v, path, ProblemKind::InvalidValue)?;
                return Ok(zh.map(|zh| Text { zh, en: None }));
            }
            Event::StartObject => {}
            _ => {
                self.wrong_type(v, path, "a string or {\"zh\": …, \"en\": …}")?;
                return Ok(None);
            }
        }
        let (mut zh, mut en) = (None, None);
        let obj = self.object(v, path, fields::TEXT, |d, key, v, p| {
            let s = d.nonempty_string(v, p, ProblemKind::InvalidValue)?;
            match key {
                "zh" => zh = s,
                _ => en = s,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| {
            let zh = self.req(&mut obj, "zh", zh);
            let en = self.opt(&mut obj, "en", en);
            Some(Text { zh: zh?, en })
        }))
    }

    /// Reads the document: a scorecard and nothing after it. Also returns
    /// where the document's value starts.
    fn document(&mut self) -> R<(Option<Scorecard>, Pos)> {
        let root = self.value()?;
        let sc = self.scorecard(root)?;
        // The end, or an error for anything after the value.
        self.r.next()?;
        Ok((sc, root.pos))
    }

    /// Decodes a whole scorecard. `None` when a required part is unusable;
    /// the problems say why.
    fn scorecard(&mut self, root: Val) -> R<Option<Scorecard>> {
        let mut version = None;
        let mut f = ScorecardFields::default();
        let obj = self.object(root, "", fields::SCORECARD, |d, key, v, p| {
            match key {
                "schema_version" => {
                    if let Event::Number(n, _) = v.event {
                        version = Some((v.pos, n));
                    }
                    f.schema_version = d.number(v, p)?;
                }
                "$schema" => {
                    d.string(v, p)?;
                }
                "id" => f.id = d.id(v, p)?,
                "default_lang" => {
                    f.default_lang = d.one_of(v, p, &[Lang::Zh, Lang::En], Lang::as_str)?
                }
                "title" => f.title = d.text(v, p)?,
                "subtitle" => f.subtitle = d.nullable(v, |d, v| d.text(v, p))?,
                "source" => f.source = d.source(v, p)?,
                "sections" => f.sections = d.sections(v, p)?,
                _ => f.relations = d.list(v, p, Self::relation)?,
            }
            Ok(())
        })?;
        // An unknown version is reported alone: its other fields (new ones
        // included) would give misleading errors.
        if let Some((pos, v)) = version.filter(|&(_, v)| v != f64::from(SCHEMA_VERSION)) {
            self.problems.clear();
            self.report(
                pos,
                "schema_version".into(),
                ProblemKind::UnsupportedVersion,
                format!("schema_version {v} is not supported; this build reads version {SCHEMA_VERSION}"),
            );
            return Ok(None);
        }
        Ok(obj.and_then(|mut obj| self.assemble_scorecard(&mut obj, f)))
    }

    fn assemble_scorecard(&mut self, obj: &mut Obj, f: ScorecardFields) -> Option<Scorecard> {
        // A number here is SCHEMA_VERSION: other numbers were rejected above.
        let schema_version = self
            .req(obj, "schema_version", f.schema_version)
            .map(|_| SCHEMA_VERSION);
        self.opt(obj, "$schema", Some(()));
        let id = self.req(obj, "id", f.id);
        let default_lang = self.req(obj, "default_lang", f.default_lang);
        let title = self.req(obj, "title", f.title);
        let subtitle = self.opt(obj, "subtitle", f.subtitle);
        let source = self.req(obj, "source", f.source);
        let sections = self.req(obj, "sections", f.sections);
        let relations = self.opt(obj, "relations", f.relations);
        Some(Scorecard {
            schema_version: schema_version?,
            id: id?,
            default_lang: default_lang?,
            title: title?,
            subtitle,
            source: source?,
            sections: sections?,
            relations: relations.unwrap_or_default(),
        })
    }

    fn sections(&mut self, v: Val, path: &str) -> R<Option<Vec<Section>>> {
        let Some((sections, len)) = self.array(v, path, Self::section)? else {
            return Ok(None);
        };
        if len == 0 {
            self.report(
                v.pos,
                path.to_string(),
                ProblemKind::InvalidValue,
                "needs at least one section".into(),
            );
        }
        Ok(Some(sections))
    }

    fn source(&mut self, v: Val, path: &str) -> R<Option<Source>> {
        let mut f = SourceFields::default();
        let obj = self.object(v, path, fields::SOURCE, |d, key, v, p| {
            match key {
                "outlet" => f.outlet = d.text(v, p)?,
                "title" => f.title = d.text(v, p)?,
                "url" => f.url = d.url(v, p)?,
                "published" => f.published = d.published(v, p)?,
                "authors" => {
                    f.authors = d.list(v, p, |d, a, p| {
                        d.nonempty_string(a, p, ProblemKind::InvalidValue)
                    })?
                }
                _ => {
                    f.editor =
                        d.nullable(v, |d, v| d.nonempty_string(v, p, ProblemKind::InvalidValue))?
                }
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| self.assemble_source(&mut obj, f)))
    }

    fn assemble_source(&mut self, obj: &mut Obj, f: SourceFields) -> Option<Source> {
        let outlet = self.req(obj, "outlet", f.outlet);
        let title = self.req(obj, "title", f.title);
        let url = self.req(obj, "url", f.url);
        let published = self.req(obj, "published", f.published);
        let authors = self.req(obj, "authors", f.authors);
        let editor = self.opt(obj, "editor", f.editor);
        Some(Source {
            outlet: outlet?,
            title: title?,
            url: url?,
            published: published?,
            authors: authors?,
            editor,
        })
    }

    fn url(&mut self, v: Val, path: &str) -> R<Option<String>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        match crate::url::check_http_url(&s) {
            Ok(()) => Ok(Some(s)),
            Err(why) => {
                self.report(v.pos, path.to_string(), ProblemKind::UnsafeUrl, why);
                Ok(None)
            }
        }
    }

    fn published(&mut self, v: Val, path: &str) -> R<Option<String>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        if is_timestamp(&s) {
            return Ok(Some(s));
        }
        self.report(
            v.pos,
            path.to_string(),
            ProblemKind::InvalidValue,
            format!(
                "\"{}\" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]",
                preview(&s)
            ),
        );
        Ok(None)
    }

    fn section(&mut self, v: Val, path: &str) -> R<Option<Section>> {
        let mut f = SectionFields::default();
        let obj = self.object(v, path, fields::SECTION, |d, key, v, p| {
            match key {
                "id" => f.id = d.id(v, p)?,
                "kind" => f.kind = d.one_of(v, p, &SectionKind::ALL, SectionKind::as_str)?,
                "title" => f.title = d.text(v, p)?,
                "focus" => f.focus = d.nullable(v, |d, v| d.text(v, p))?,
                "metrics" => f.metrics = d.list(v, p, Self::metric)?,
                _ => f.items = d.list(v, p, Self::item)?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| self.assemble_section(&mut obj, f)))
    }

    fn assemble_section(&mut self, obj: &mut Obj, f: SectionFields) -> Option<Section> {
        let id = self.req(obj, "id", f.id);
        let kind = self.req(obj, "kind", f.kind);
        let title = self.req(obj, "title", f.title);
        let focus = self.opt(obj, "focus", f.focus);
        let metrics = self.opt(obj, "metrics", f.metrics);
        let items = self.opt(obj, "items", f.items);
        Some(Section {
            id: id?,
            kind: kind?,
            title: title?,
            focus,
            metrics: metrics.unwrap_or_default(),
            items: items.unwrap_or_default(),
        })
    }

    fn metric(&mut self, v: Val, path: &str) -> R<Option<Metric>> {
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
        let obj = self.object(v, path, fields::METRIC, |d, key, v, p| {
            match key {
                "id" => f.id = d.id(v, p)?,
                "label" => f.label = d.text(v, p)?,
                "value" => f.value = d.number(v, p)?,
                "unit" => f.unit = d.unit(v, p)?,
                "qualifier" => {
                    f.qualifier =
                        d.nullable(v, |d, v| d.one_of(v, p, &Qualifier::ALL, Qualifier::as_str))?
                }
                "period" => f.period = d.nullable(v, |d, v| d.text(v, p))?,
                "topic" => f.topic = d.nullable(v, |d, v| d.text(v, p))?,
                "direction" => f.direction = d.one_of(v, p, &Direction::ALL, Direction::as_str)?,
                "series" => f.series = d.series(v, p)?,
                "parts" => f.parts = d.list(v, p, Self::id)?,
                _ => f.quote = d.nonempty_string(v, p, ProblemKind::EmptyQuote)?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| self.assemble_metric(&mut obj, f)))
    }

    /// A metric from its decoded fields, reporting their problems in the
    /// format's order.
    fn assemble_metric(&mut self, obj: &mut Obj, f: MetricFields) -> Option<Metric> {
        let id = self.req(obj, "id", f.id);
        let label = self.req(obj, "label", f.label);
        let value = self.req(obj, "value", f.value);
        let unit = self.req(obj, "unit", f.unit);
        let qualifier = self.opt(obj, "qualifier", f.qualifier);
        let period = self.opt(obj, "period", f.period);
        let topic = self.opt(obj, "topic", f.topic);
        let direction = self.req(obj, "direction", f.direction);
        let series = self.opt(obj, "series", f.series);
        let parts = self.opt(obj, "parts", f.parts);
        let quote = self.req(obj, "quote", f.quote);
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
            series: series.unwrap_or_default(),
            parts: parts.unwrap_or_default(),
            quote: quote?,
        })
    }

    fn unit(&mut self, v: Val, path: &str) -> R<Option<Unit>> {
        if v.event != Event::String {
            self.wrong_type(v, path, "a string")?;
            return Ok(None);
        }
        let unit = Unit::parse(self.r.str());
        if unit.is_none() {
            let message = format!(
                "\"{}\" is not a unit; use an optional 万 or 亿 followed by one of: {}",
                preview(self.r.str()),
                crate::unit::BaseUnit::ALL.map(|b| b.as_str()).join(" ")
            );
            self.report(v.pos, path.to_string(), ProblemKind::InvalidValue, message);
        }
        Ok(unit)
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
        let obj = self.object(v, path, fields::POINT, |d, key, v, p| {
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

    fn item(&mut self, v: Val, path: &str) -> R<Option<Item>> {
        let (mut id, mut name, mut description, mut quote) = (None, None, None, None);
        let obj = self.object(v, path, fields::ITEM, |d, key, v, p| {
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

    fn relation(&mut self, v: Val, path: &str) -> R<Option<Relation>> {
        let (mut id, mut kind, mut label) = (None, None, None);
        let (mut total, mut parts) = (None, None);
        let obj = self.object(v, path, fields::RELATION, |d, key, v, p| {
            match key {
                "id" => id = d.id(v, p)?,
                "kind" => kind = d.one_of(v, p, &RelationKind::ALL, RelationKind::as_str)?,
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
            let total = self.req(&mut obj, "total", total);
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

/// The top level's fields as decoded, before the scorecard is assembled.
#[derive(Default)]
struct ScorecardFields {
    schema_version: Option<(f64, u8)>,
    id: Option<String>,
    default_lang: Option<Lang>,
    title: Option<Text>,
    subtitle: Option<Text>,
    source: Option<Source>,
    sections: Option<Vec<Section>>,
    relations: Option<Vec<Relation>>,
}

/// `source`'s fields as decoded.
#[derive(Default)]
struct SourceFields {
    outlet: Option<Text>,
    title: Option<Text>,
    url: Option<String>,
    published: Option<String>,
    authors: Option<Vec<String>>,
    editor: Option<String>,
}

/// A section's fields as decoded.
#[derive(Default)]
struct SectionFields {
    id: Option<String>,
    kind: Option<SectionKind>,
    title: Option<Text>,
    focus: Option<Text>,
    metrics: Option<Vec<Metric>>,
    items: Option<Vec<Item>>,
}

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
    quote: Option<String>,
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
