//! Writes a scorecard as a format-v2 file: the fields in the order
//! `docs/format.md` lists them, numbers with the digits the article wrote,
//! two-space indentation. `load(to_json(sc))` gives `sc` back (tested), so
//! editors and `cargo xtask migrate` produce files the validator accepts.

use crate::format::number;
use crate::model::*;
use crate::types::Lang;

/// A JSON value being written; objects keep their fields in order.
enum J {
    Str(String),
    /// A number already written out.
    Num(String),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
}

/// Why a scorecard cannot be written as format v2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError {
    /// JSON path of the text at fault.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// The scorecard as a pretty-printed format-v2 file, ending in a newline.
/// Fails only when a text lacks the default language, which format v2
/// requires (a version 1 file in English whose texts are Chinese only).
pub fn to_json(sc: &Scorecard) -> Result<String, WriteError> {
    write(sc, true)
}

/// [`to_json`] without indentation or line breaks: the smallest file.
pub fn to_json_compact(sc: &Scorecard) -> Result<String, WriteError> {
    write(sc, false)
}

fn write(sc: &Scorecard, pretty: bool) -> Result<String, WriteError> {
    let mut w = Writer {
        lang: sc.default_lang,
        error: None,
    };
    let root = w.scorecard(sc);
    if let Some(e) = w.error {
        return Err(e);
    }
    let mut out = String::new();
    emit(&root, pretty.then_some(0), &mut out);
    out.push('\n');
    Ok(out)
}

struct Writer {
    lang: Lang,
    error: Option<WriteError>,
}

/// Adds `(key, value)` to an object when the value is present.
fn opt(fields: &mut Vec<(&'static str, J)>, key: &'static str, value: Option<J>) {
    if let Some(v) = value {
        fields.push((key, v));
    }
}

fn s(text: &str) -> J {
    J::Str(text.to_string())
}

/// A number as the article wrote it: `decimals` digits after the point.
fn num(value: f64, decimals: u8) -> J {
    J::Num(number(value, usize::from(decimals)).replace(',', ""))
}

/// A number without written digits (a series value): the shortest form
/// that reads back as the same value.
fn plain(value: f64) -> J {
    J::Num(format!("{value}"))
}

fn ids(list: &[String]) -> J {
    J::Arr(list.iter().map(|id| s(id)).collect())
}

impl Writer {
    fn text(&mut self, t: &Text, path: &str) -> J {
        let (own, other) = match self.lang {
            Lang::Zh => (t.zh(), t.en()),
            Lang::En => (t.en(), t.zh()),
        };
        if own.is_none() && self.error.is_none() {
            self.error = Some(WriteError {
                path: path.to_string(),
                message: format!(
                    "has no {} text; format v2 needs the default language in every text",
                    self.lang.as_str()
                ),
            });
        }
        match (own, other) {
            (Some(own), None) => s(own),
            _ => {
                let mut f = Vec::new();
                opt(&mut f, "zh", t.zh().map(s));
                opt(&mut f, "en", t.en().map(s));
                J::Obj(f)
            }
        }
    }

    fn scorecard(&mut self, sc: &Scorecard) -> J {
        let mut f = vec![
            ("$schema", s("./scorecard.schema.json")),
            ("schema_version", J::Num(SCHEMA_VERSION.to_string())),
            ("id", s(&sc.id)),
            ("default_lang", s(sc.default_lang.as_str())),
            ("title", self.text(&sc.title, "title")),
        ];
        opt(
            &mut f,
            "subtitle",
            sc.subtitle.as_ref().map(|t| self.text(t, "subtitle")),
        );
        opt(&mut f, "updated", sc.updated.as_deref().map(s));
        f.push(("source", self.source(&sc.source)));
        let sections = sc
            .sections
            .iter()
            .enumerate()
            .map(|(i, sec)| self.section(sec, &format!("sections[{i}]")))
            .collect();
        f.push(("sections", J::Arr(sections)));
        if !sc.relations.is_empty() {
            let relations = sc
                .relations
                .iter()
                .enumerate()
                .map(|(i, r)| self.relation(r, &format!("relations[{i}]")))
                .collect();
            f.push(("relations", J::Arr(relations)));
        }
        J::Obj(f)
    }

    fn source(&mut self, src: &Source) -> J {
        let mut f = vec![
            ("outlet", self.text(&src.outlet, "source.outlet")),
            ("title", self.text(&src.title, "source.title")),
            ("url", s(&src.url)),
        ];
        opt(&mut f, "published", src.published.as_deref().map(s));
        opt(&mut f, "retrieved", src.retrieved.as_deref().map(s));
        opt(&mut f, "via", src.via.as_deref().map(s));
        if !src.authors.is_empty() {
            f.push((
                "authors",
                J::Arr(src.authors.iter().map(|a| s(a)).collect()),
            ));
        }
        opt(&mut f, "editor", src.editor.as_deref().map(s));
        J::Obj(f)
    }

    fn section(&mut self, sec: &Section, path: &str) -> J {
        let mut f = vec![
            ("id", s(&sec.id)),
            ("kind", s(sec.kind.as_str())),
            ("title", self.text(&sec.title, &format!("{path}.title"))),
        ];
        opt(
            &mut f,
            "focus",
            sec.focus
                .as_ref()
                .map(|t| self.text(t, &format!("{path}.focus"))),
        );
        if !sec.metrics.is_empty() {
            let metrics = sec
                .metrics
                .iter()
                .enumerate()
                .map(|(j, m)| self.metric(m, &format!("{path}.metrics[{j}]")))
                .collect();
            f.push(("metrics", J::Arr(metrics)));
        }
        if !sec.items.is_empty() {
            let items = sec
                .items
                .iter()
                .enumerate()
                .map(|(j, it)| self.item(it, &format!("{path}.items[{j}]")))
                .collect();
            f.push(("items", J::Arr(items)));
        }
        J::Obj(f)
    }

    fn metric(&mut self, m: &Metric, path: &str) -> J {
        let mut f = vec![
            ("id", s(&m.id)),
            ("label", self.text(&m.label, &format!("{path}.label"))),
            ("value", num(m.value, m.decimals)),
            ("unit", s(m.unit.written())),
        ];
        opt(&mut f, "qualifier", m.qualifier.map(|q| s(q.as_str())));
        opt(
            &mut f,
            "period",
            m.period
                .as_ref()
                .map(|t| self.text(t, &format!("{path}.period"))),
        );
        opt(
            &mut f,
            "topic",
            m.topic
                .as_ref()
                .map(|t| self.text(t, &format!("{path}.topic"))),
        );
        f.push(("direction", s(m.direction.as_str())));
        if !m.series.is_empty() {
            let points = m
                .series
                .iter()
                .map(|p| {
                    J::Obj(vec![
                        ("year", J::Num(p.year.to_string())),
                        ("value", plain(p.value)),
                    ])
                })
                .collect();
            f.push(("series", J::Arr(points)));
        }
        if !m.parts.is_empty() {
            f.push(("parts", ids(&m.parts)));
        }
        if let Some(c) = &m.change {
            let mut cf = vec![
                ("value", num(c.value, c.decimals)),
                ("unit", s(c.unit.written())),
            ];
            opt(
                &mut cf,
                "against",
                c.against
                    .as_ref()
                    .map(|t| self.text(t, &format!("{path}.change.against"))),
            );
            opt(&mut cf, "qualifier", c.qualifier.map(|q| s(q.as_str())));
            f.push(("change", J::Obj(cf)));
        }
        if !m.also.is_empty() {
            let also = m
                .also
                .iter()
                .map(|fig| {
                    let mut ff = vec![
                        ("value", num(fig.value, fig.decimals)),
                        ("unit", s(fig.unit.written())),
                    ];
                    opt(&mut ff, "qualifier", fig.qualifier.map(|q| s(q.as_str())));
                    J::Obj(ff)
                })
                .collect();
            f.push(("also", J::Arr(also)));
        }
        f.push(("quote", s(&m.quote)));
        J::Obj(f)
    }

    fn item(&mut self, it: &Item, path: &str) -> J {
        let mut f = vec![
            ("id", s(&it.id)),
            ("name", self.text(&it.name, &format!("{path}.name"))),
        ];
        opt(
            &mut f,
            "description",
            it.description
                .as_ref()
                .map(|t| self.text(t, &format!("{path}.description"))),
        );
        f.push(("quote", s(&it.quote)));
        J::Obj(f)
    }

    fn relation(&mut self, r: &Relation, path: &str) -> J {
        let mut f = vec![
            ("id", s(&r.id)),
            ("kind", s(r.kind.as_str())),
            ("label", self.text(&r.label, &format!("{path}.label"))),
        ];
        opt(&mut f, "total", r.total.as_deref().map(s));
        f.push(("parts", ids(&r.parts)));
        J::Obj(f)
    }
}

/// Writes `v` at `depth` levels of two-space indentation, or on one line
/// without spaces when `depth` is `None`.
fn emit(v: &J, depth: Option<usize>, out: &mut String) {
    let inner = depth.map(|d| d + 1);
    let newline = |out: &mut String, d: Option<usize>| {
        if let Some(d) = d {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", d));
        }
    };
    match v {
        J::Str(text) => quote(text, out),
        J::Num(n) => out.push_str(n),
        J::Arr(items) if items.is_empty() => out.push_str("[]"),
        J::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                emit(item, inner, out);
            }
            newline(out, depth);
            out.push(']');
        }
        J::Obj(fields) => {
            out.push('{');
            for (i, (key, value)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                quote(key, out);
                out.push_str(if depth.is_some() { ": " } else { ":" });
                emit(value, inner, out);
            }
            newline(out, depth);
            out.push('}');
        }
    }
}

/// A JSON string literal: quotes, backslashes and control characters
/// escaped, everything else as it is.
pub fn quote(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
