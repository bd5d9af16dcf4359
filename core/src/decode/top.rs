//! The top level, the source and the sections.

use super::table::{added_in_v2, names, optional, required, required_in_v1, Field};
use super::{preview, Decoder, Val, R};
use crate::error::{Pos, ProblemKind};
use crate::json::Event;
use crate::model::{Item, Metric, Relation, Scorecard, Section, Source, Text, SCHEMA_VERSIONS};
use crate::types::{Lang, SectionKind};

/// The top level's fields as decoded, before the scorecard is assembled.
#[derive(Default)]
pub(super) struct ScorecardFields {
    /// Where the version is and what it says, known or not.
    version: Option<(Pos, f64)>,
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

pub(super) const SCORECARD: [Field<ScorecardFields>; 10] = [
    optional("$schema", |d, v, p, _| d.string(v, p).map(drop)),
    required("schema_version", |d, v, p, f| {
        if let Event::Number(n, _) = v.event {
            f.version = Some((v.pos, n));
            if let Some(known) = SCHEMA_VERSIONS.into_iter().find(|k| f64::from(*k) == n) {
                d.mode.version = known;
                f.schema_version = Some(known);
            }
        }
        d.seen.0 = true;
        d.number(v, p).map(drop)
    }),
    required("id", |d, v, p, f| {
        f.id = d.id(v, p)?;
        Ok(())
    }),
    required("default_lang", |d, v, p, f| {
        f.default_lang = d.one_of(v, p, &[Lang::Zh, Lang::En], Lang::as_str)?;
        if let Some(lang) = f.default_lang {
            d.mode.lang = lang;
        }
        d.seen.1 = true;
        Ok(())
    }),
    required("title", |d, v, p, f| {
        f.title = d.text(v, p)?;
        Ok(())
    }),
    optional("subtitle", |d, v, p, f| {
        f.subtitle = d.nullable(v, |d, v| d.text(v, p))?;
        Ok(())
    }),
    added_in_v2("updated", |d, v, p, f| {
        f.updated = d.nullable(v, |d, v| d.date(v, p, false))?;
        Ok(())
    }),
    required("source", |d, v, p, f| {
        f.source = d.source(v, p)?;
        Ok(())
    }),
    required("sections", |d, v, p, f| {
        f.sections = d.sections(v, p)?;
        Ok(())
    }),
    optional("relations", |d, v, p, f| {
        f.relations = d.list(v, p, Decoder::relation)?;
        Ok(())
    }),
];
pub(super) const SCORECARD_NAMES: [&str; 10] = names(&SCORECARD);

/// `source`'s fields as decoded.
#[derive(Default)]
pub(super) struct SourceFields {
    outlet: Option<Text>,
    title: Option<Text>,
    url: Option<String>,
    published: Option<String>,
    retrieved: Option<String>,
    via: Option<String>,
    authors: Option<Vec<String>>,
    editor: Option<String>,
}

pub(super) const SOURCE: [Field<SourceFields>; 8] = [
    required("outlet", |d, v, p, f| {
        f.outlet = d.text(v, p)?;
        Ok(())
    }),
    required("title", |d, v, p, f| {
        f.title = d.text(v, p)?;
        Ok(())
    }),
    required("url", |d, v, p, f| {
        f.url = d.url(v, p)?;
        Ok(())
    }),
    required_in_v1("published", |d, v, p, f| {
        f.published = if d.mode().version == 1 {
            d.date(v, p, true)?
        } else {
            d.nullable(v, |d, v| d.date(v, p, false))?
        };
        Ok(())
    }),
    added_in_v2("retrieved", |d, v, p, f| {
        f.retrieved = d.nullable(v, |d, v| d.date(v, p, true))?;
        Ok(())
    }),
    added_in_v2("via", |d, v, p, f| {
        f.via = d.nullable(v, |d, v| d.url(v, p))?;
        Ok(())
    }),
    required_in_v1("authors", |d, v, p, f| {
        f.authors = d.list(v, p, |d, a, p| {
            d.nonempty_string(a, p, ProblemKind::InvalidValue)
        })?;
        Ok(())
    }),
    optional("editor", |d, v, p, f| {
        f.editor = d.nullable(v, |d, v| d.nonempty_string(v, p, ProblemKind::InvalidValue))?;
        Ok(())
    }),
];
pub(super) const SOURCE_NAMES: [&str; 8] = names(&SOURCE);

/// A section's fields as decoded.
#[derive(Default)]
pub(super) struct SectionFields {
    id: Option<String>,
    kind: Option<SectionKind>,
    title: Option<Text>,
    focus: Option<Text>,
    metrics: Option<Vec<Metric>>,
    items: Option<Vec<Item>>,
}

pub(super) const SECTION: [Field<SectionFields>; 6] = [
    required("id", |d, v, p, f| {
        f.id = d.id(v, p)?;
        Ok(())
    }),
    required("kind", |d, v, p, f| {
        f.kind = d.section_kind(v, p)?;
        Ok(())
    }),
    required("title", |d, v, p, f| {
        f.title = d.text(v, p)?;
        Ok(())
    }),
    optional("focus", |d, v, p, f| {
        f.focus = d.nullable(v, |d, v| d.text(v, p))?;
        Ok(())
    }),
    optional("metrics", |d, v, p, f| {
        f.metrics = d.list(v, p, Decoder::metric)?;
        Ok(())
    }),
    optional("items", |d, v, p, f| {
        f.items = d.list(v, p, Decoder::item)?;
        Ok(())
    }),
];
pub(super) const SECTION_NAMES: [&str; 6] = names(&SECTION);

impl Decoder<'_, '_> {
    /// Decodes a whole scorecard. `None` when a required part is unusable;
    /// the problems say why.
    pub(super) fn scorecard(&mut self, root: Val) -> R<Option<Scorecard>> {
        let decoded = self.table(root, "", &SCORECARD, &SCORECARD_NAMES)?;
        // An unknown version is reported alone: its other fields (new ones
        // included) would give misleading errors.
        let version = decoded.as_ref().and_then(|(f, _)| f.version);
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
                    "schema_version {} is not supported; this build reads versions {}",
                    crate::num::Num(v),
                    known.join(" and ")
                ),
            );
            return Ok(None);
        }
        // Without a version or language, the rules applied were the assumed
        // ones; that is not a reason to decode again.
        self.seen = (true, true);
        let Some((f, _)) = decoded else {
            return Ok(None);
        };
        Ok((|| {
            Some(Scorecard {
                schema_version: f.schema_version?,
                id: f.id?,
                default_lang: f.default_lang?,
                title: f.title?,
                subtitle: f.subtitle,
                updated: f.updated,
                source: f.source?,
                sections: f.sections?,
                relations: f.relations.unwrap_or_default(),
            })
        })())
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
        let Some((f, obj)) = self.table(v, path, &SOURCE, &SOURCE_NAMES)? else {
            return Ok(None);
        };
        let v1 = self.mode().version == 1;
        if !v1 && !obj.has("published") && !obj.has("retrieved") {
            self.report(
                obj.pos,
                format!("{path}.retrieved"),
                ProblemKind::MissingField,
                "a source without \"published\" needs \"retrieved\": the date the article was read"
                    .into(),
            );
        }
        let authors = if v1 {
            f.authors
        } else {
            Some(f.authors.unwrap_or_default())
        };
        let published = if v1 {
            f.published.map(Some)
        } else {
            Some(f.published)
        };
        Ok((|| {
            Some(Source {
                outlet: f.outlet?,
                title: f.title?,
                url: f.url?,
                published: published?,
                retrieved: f.retrieved,
                via: f.via,
                authors: authors?,
                editor: f.editor,
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
        let Some((f, _)) = self.table(v, path, &SECTION, &SECTION_NAMES)? else {
            return Ok(None);
        };
        Ok((|| {
            Some(Section {
                id: f.id?,
                kind: f.kind?,
                title: f.title?,
                focus: f.focus,
                metrics: f.metrics.unwrap_or_default(),
                items: f.items.unwrap_or_default(),
            })
        })())
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
