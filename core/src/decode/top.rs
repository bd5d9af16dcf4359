//! The top level, the source and the sections.

use super::{fields, preview, Decoder, Val, R};
use crate::error::ProblemKind;
use crate::json::Event;
use crate::model::{Relation, Scorecard, Section, Source, Text, SCHEMA_VERSIONS};
use crate::types::{Lang, SectionKind};

/// The top level's fields as decoded, before the scorecard is assembled.
#[derive(Default)]
struct ScorecardFields {
    schema_version: Option<u32>,
    id: Option<String>,
    default_lang: Option<Lang>,
    title: Option<Text>,
    subtitle: Option<Text>,
    updated: Option<String>,
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
    retrieved: Option<String>,
    via: Option<String>,
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
    metrics: Option<Vec<crate::model::Metric>>,
    items: Option<Vec<crate::model::Item>>,
}

impl Decoder<'_, '_> {
    /// Decodes a whole scorecard. `None` when a required part is unusable;
    /// the problems say why.
    pub(super) fn scorecard(&mut self, root: Val) -> R<Option<Scorecard>> {
        let mut version = None;
        let mut f = ScorecardFields::default();
        let obj = self.object(root, "", fields::SCORECARD, &mut |d, key, v, p| {
            if !d.allowed(key, v, p)? {
                return Ok(());
            }
            match key {
                "schema_version" => {
                    if let Event::Number(n, _) = v.event {
                        version = Some((v.pos, n));
                        if let Some(known) =
                            SCHEMA_VERSIONS.into_iter().find(|k| f64::from(*k) == n)
                        {
                            d.mode.version = known;
                            f.schema_version = Some(known);
                        }
                    }
                    d.seen.0 = true;
                    d.number(v, p)?;
                }
                "$schema" => {
                    d.string(v, p)?;
                }
                "id" => f.id = d.id(v, p)?,
                "default_lang" => {
                    f.default_lang = d.one_of(v, p, &[Lang::Zh, Lang::En], Lang::as_str)?;
                    if let Some(lang) = f.default_lang {
                        d.mode.lang = lang;
                    }
                    d.seen.1 = true;
                }
                "title" => f.title = d.text(v, p)?,
                "subtitle" => f.subtitle = d.nullable(v, |d, v| d.text(v, p))?,
                "updated" => f.updated = d.nullable(v, |d, v| d.date(v, p, false))?,
                "source" => f.source = d.source(v, p)?,
                "sections" => f.sections = d.sections(v, p)?,
                _ => f.relations = d.list(v, p, Self::relation)?,
            }
            Ok(())
        })?;
        // An unknown version is reported alone: its other fields (new ones
        // included) would give misleading errors.
        if let Some((pos, v)) =
            version.filter(|&(_, v)| !SCHEMA_VERSIONS.iter().any(|k| f64::from(*k) == v))
        {
            self.problems.clear();
            let known: Vec<String> = SCHEMA_VERSIONS.iter().map(u32::to_string).collect();
            self.report(
                pos,
                "schema_version".into(),
                ProblemKind::UnsupportedVersion,
                format!(
                    "schema_version {v} is not supported; this build reads versions {}",
                    known.join(" and ")
                ),
            );
            return Ok(None);
        }
        // Without a version or language, the rules applied were the assumed
        // ones; that is not a reason to decode again.
        self.seen = (true, true);
        Ok(obj.and_then(|mut obj| {
            let schema_version = self.req(&mut obj, "schema_version", f.schema_version);
            self.opt(&mut obj, "$schema", Some(()));
            let id = self.req(&mut obj, "id", f.id);
            let default_lang = self.req(&mut obj, "default_lang", f.default_lang);
            let title = self.req(&mut obj, "title", f.title);
            let subtitle = self.opt(&mut obj, "subtitle", f.subtitle);
            let updated = self.opt(&mut obj, "updated", f.updated);
            let source = self.req(&mut obj, "source", f.source);
            let sections = self.req(&mut obj, "sections", f.sections);
            let relations = self.opt(&mut obj, "relations", f.relations);
            Some(Scorecard {
                schema_version: schema_version?,
                id: id?,
                default_lang: default_lang?,
                title: title?,
                subtitle,
                updated,
                source: source?,
                sections: sections?,
                relations: relations.unwrap_or_default(),
            })
        }))
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
        let obj = self.object(v, path, fields::SOURCE, &mut |d, key, v, p| {
            if !d.allowed(key, v, p)? {
                return Ok(());
            }
            let v1 = d.mode().version == 1;
            match key {
                "outlet" => f.outlet = d.text(v, p)?,
                "title" => f.title = d.text(v, p)?,
                "url" => f.url = d.url(v, p)?,
                "published" if v1 => f.published = d.date(v, p, true)?,
                "published" => f.published = d.nullable(v, |d, v| d.date(v, p, false))?,
                "retrieved" => f.retrieved = d.nullable(v, |d, v| d.date(v, p, true))?,
                "via" => f.via = d.nullable(v, |d, v| d.url(v, p))?,
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
        let Some(mut obj) = obj else {
            return Ok(None);
        };
        let v1 = self.mode().version == 1;
        let outlet = self.req(&mut obj, "outlet", f.outlet);
        let title = self.req(&mut obj, "title", f.title);
        let url = self.req(&mut obj, "url", f.url);
        let published = if v1 {
            self.req(&mut obj, "published", f.published).map(Some)
        } else {
            Some(self.opt(&mut obj, "published", f.published))
        };
        let had_retrieved = obj.has("retrieved");
        let retrieved = self.opt(&mut obj, "retrieved", f.retrieved);
        if !v1 && !obj.has("published") && !had_retrieved {
            self.report(
                obj.pos,
                format!("{path}.retrieved"),
                ProblemKind::MissingField,
                "a source without \"published\" needs \"retrieved\": the date the article was read"
                    .into(),
            );
        }
        let via = self.opt(&mut obj, "via", f.via);
        let authors = if v1 {
            self.req(&mut obj, "authors", f.authors)
        } else {
            Some(self.opt(&mut obj, "authors", f.authors).unwrap_or_default())
        };
        let editor = self.opt(&mut obj, "editor", f.editor);
        Ok((|| {
            Some(Source {
                outlet: outlet?,
                title: title?,
                url: url?,
                published: published?,
                retrieved,
                via,
                authors: authors?,
                editor,
            })
        })())
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

    /// A date: a full date or timestamp when `full`, else also `YYYY` or
    /// `YYYY-MM`.
    fn date(&mut self, v: Val, path: &str, full: bool) -> R<Option<String>> {
        let Some(s) = self.string(v, path)? else {
            return Ok(None);
        };
        let ok = if full {
            super::is_timestamp(&s)
        } else {
            super::is_date(&s)
        };
        if ok {
            return Ok(Some(s));
        }
        let shapes = if full {
            "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]"
        } else {
            "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]"
        };
        self.report(
            v.pos,
            path.to_string(),
            ProblemKind::InvalidValue,
            format!("\"{}\" is not {shapes}", preview(&s)),
        );
        Ok(None)
    }

    fn section(&mut self, v: Val, path: &str) -> R<Option<Section>> {
        let mut f = SectionFields::default();
        let obj = self.object(v, path, fields::SECTION, &mut |d, key, v, p| {
            match key {
                "id" => f.id = d.id(v, p)?,
                "kind" => f.kind = d.section_kind(v, p)?,
                "title" => f.title = d.text(v, p)?,
                "focus" => f.focus = d.nullable(v, |d, v| d.text(v, p))?,
                "metrics" => f.metrics = d.list(v, p, Self::metric)?,
                _ => f.items = d.list(v, p, Self::item)?,
            }
            Ok(())
        })?;
        Ok(obj.and_then(|mut obj| {
            let id = self.req(&mut obj, "id", f.id);
            let kind = self.req(&mut obj, "kind", f.kind);
            let title = self.req(&mut obj, "title", f.title);
            let focus = self.opt(&mut obj, "focus", f.focus);
            let metrics = self.opt(&mut obj, "metrics", f.metrics);
            let items = self.opt(&mut obj, "items", f.items);
            Some(Section {
                id: id?,
                kind: kind?,
                title: title?,
                focus,
                metrics: metrics.unwrap_or_default(),
                items: items.unwrap_or_default(),
            })
        }))
    }

    /// A section kind: v2's `headline` and `group`, and v1's names, which
    /// both versions read.
    fn section_kind(&mut self, v: Val, p: &str) -> R<Option<SectionKind>> {
        let names: &[&'static str] = if self.mode().version == 1 {
            &SectionKind::V1_NAMES
        } else {
            &SectionKind::V2_NAMES
        };
        Ok(self
            .one_of(v, p, names, |n| n)?
            .and_then(SectionKind::parse))
    }
}
