//! The objects of the format as tables: each field declared once, with its
//! name, whether it is required, the version that brought it, and how its
//! value is read. One table drives decoding, the problems' order (the
//! table's), missing-field reports and the field lists of [`super::fields`].

use super::{Decoder, Obj, Val, R};
use crate::error::ProblemKind;

/// Whether a field must be present.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    Optional,
    Required,
    /// Required in format version 1 only.
    RequiredInV1,
}

/// How a field's value is read into the object's fields as decoded.
pub(super) type Read<F> = fn(&mut Decoder<'_, '_>, Val, &str, &mut F) -> R<()>;

/// One field of an object of the format.
pub(super) struct Field<F> {
    pub name: &'static str,
    pub need: Need,
    /// The format version that brought the field.
    pub since: u32,
    pub read: Read<F>,
}

/// A required field.
pub(super) const fn required<F>(name: &'static str, read: Read<F>) -> Field<F> {
    Field {
        name,
        need: Need::Required,
        since: 1,
        read,
    }
}

/// An optional field.
pub(super) const fn optional<F>(name: &'static str, read: Read<F>) -> Field<F> {
    Field {
        name,
        need: Need::Optional,
        since: 1,
        read,
    }
}

/// An optional field that format version 2 brought.
pub(super) const fn added_in_v2<F>(name: &'static str, read: Read<F>) -> Field<F> {
    Field {
        name,
        need: Need::Optional,
        since: 2,
        read,
    }
}

/// A field version 1 requires and version 2 does not.
pub(super) const fn required_in_v1<F>(name: &'static str, read: Read<F>) -> Field<F> {
    Field {
        name,
        need: Need::RequiredInV1,
        since: 1,
        read,
    }
}

/// The names of a table's fields, in its order.
pub(super) const fn names<F, const N: usize>(table: &[Field<F>; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = table[i].name;
        i += 1;
    }
    out
}

impl Decoder<'_, '_> {
    /// Reads an object by its table: each known field's value with the
    /// field's reader, unknown fields reported, then — in the table's
    /// order — the problems found in each field and each required field
    /// that is missing. The object is returned for checks across fields.
    pub(super) fn table<F: Default>(
        &mut self,
        v: Val,
        path: &str,
        table: &'static [Field<F>],
        names: &'static [&'static str],
    ) -> R<Option<(F, Obj)>> {
        let mut f = F::default();
        let obj = self.object(v, path, names, &mut |d, key, v, p| {
            let Some(field) = table.iter().find(|field| field.name == key) else {
                return d.skip(v);
            };
            if field.since > 1 && d.mode().version < field.since {
                d.report(
                    v.pos,
                    p.to_string(),
                    ProblemKind::UnknownField,
                    format!("field \"{key}\" needs \"schema_version\": {}", field.since),
                );
                return d.skip(v);
            }
            (field.read)(d, v, p, &mut f)
        })?;
        let Some(mut obj) = obj else {
            return Ok(None);
        };
        for field in table {
            let required = match field.need {
                Need::Required => true,
                Need::RequiredInV1 => self.mode().version == 1,
                Need::Optional => false,
            };
            self.field_problems(&mut obj, field.name, required);
        }
        Ok(Some((f, obj)))
    }
}
