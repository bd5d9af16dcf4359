//! Items (facts without a number) and relations between metrics.

use super::table::{names, optional, required, Field};
use super::{Decoder, Val, R};
use crate::error::ProblemKind;
use crate::model::{Item, Relation, Text};
use crate::types::RelationKind;

/// An item as decoded.
#[derive(Default)]
pub(super) struct ItemFields {
    id: Option<String>,
    name: Option<Text>,
    description: Option<Text>,
    quote: Option<String>,
}

pub(super) const ITEM: [Field<ItemFields>; 4] = [
    required("id", |d, v, p, f| {
        f.id = d.id(v, p)?;
        Ok(())
    }),
    required("name", |d, v, p, f| {
        f.name = d.text(v, p)?;
        Ok(())
    }),
    optional("description", |d, v, p, f| {
        f.description = d.nullable(v, |d, v| d.text(v, p))?;
        Ok(())
    }),
    required("quote", |d, v, p, f| {
        f.quote = d.nonempty_string(v, p, ProblemKind::EmptyQuote)?;
        Ok(())
    }),
];
pub(super) const ITEM_NAMES: [&str; 4] = names(&ITEM);

/// A relation as decoded.
#[derive(Default)]
pub(super) struct RelationFields {
    id: Option<String>,
    kind: Option<RelationKind>,
    label: Option<Text>,
    total: Option<String>,
    parts: Option<Vec<String>>,
}

pub(super) const RELATION: [Field<RelationFields>; 5] = [
    required("id", |d, v, p, f| {
        f.id = d.id(v, p)?;
        Ok(())
    }),
    required("kind", |d, v, p, f| {
        let all: &[RelationKind] = if d.mode().version == 1 {
            &RelationKind::ALL[..2]
        } else {
            &RelationKind::ALL
        };
        f.kind = d.one_of(v, p, all, RelationKind::as_str)?;
        Ok(())
    }),
    required("label", |d, v, p, f| {
        f.label = d.text(v, p)?;
        Ok(())
    }),
    // Required except for shares; checked once the kind is known.
    optional("total", |d, v, p, f| {
        f.total = d.id(v, p)?;
        Ok(())
    }),
    required("parts", |d, v, p, f| {
        f.parts = d.relation_parts(v, p)?;
        Ok(())
    }),
];
pub(super) const RELATION_NAMES: [&str; 5] = names(&RELATION);

impl Decoder<'_, '_> {
    pub(super) fn item(&mut self, v: Val, path: &str) -> R<Option<Item>> {
        let Some((f, _)) = self.table(v, path, &ITEM, &ITEM_NAMES)? else {
            return Ok(None);
        };
        Ok((|| {
            Some(Item {
                id: f.id?,
                name: f.name?,
                description: f.description,
                quote: f.quote?,
            })
        })())
    }

    pub(super) fn relation(&mut self, v: Val, path: &str) -> R<Option<Relation>> {
        let Some((f, obj)) = self.table(v, path, &RELATION, &RELATION_NAMES)? else {
            return Ok(None);
        };
        let shares = f.kind == Some(RelationKind::Shares);
        if shares && obj.has("total") {
            self.report(
                obj.pos,
                format!("{path}.total"),
                ProblemKind::InvalidValue,
                "a \"shares\" relation has no total: its parts add up to 100%".into(),
            );
        }
        if !shares && !obj.has("total") {
            self.report(
                obj.pos,
                format!("{path}.total"),
                ProblemKind::MissingField,
                "missing required field \"total\"".into(),
            );
        }
        let total = if shares {
            Some(None)
        } else {
            f.total.map(Some)
        };
        Ok((|| {
            Some(Relation {
                id: f.id?,
                kind: f.kind?,
                label: f.label?,
                total: total?,
                parts: f.parts?,
            })
        })())
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
