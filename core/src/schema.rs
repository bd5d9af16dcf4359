//! JSON Schema for editors, generated from the model types.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::model::Text;
use crate::types::{Lang, Qualifier};
use crate::unit::MAX_UNIT_CHARS;

/// The schema of a scorecard file, as written to `data/scorecard.schema.json`.
pub fn scorecard_schema() -> String {
    let mut schema = schemars::schema_for!(crate::model::Scorecard);
    schema.insert(
        "$id".into(),
        "https://scorecard.invalid/scorecard.schema.json".into(),
    );
    schema.insert(
        "title".into(),
        "Scorecard (format version 2; version 1 files are read too; see docs/format.md)".into(),
    );
    if let Some(props) = schema.get_mut("properties").and_then(|p| p.as_object_mut()) {
        props.insert(
            "$schema".into(),
            serde_json::json!({"type": "string", "description": "Path or URL of this schema; ignored by the validator."}),
        );
        if let Some(v) = props.get_mut("schema_version") {
            *v = serde_json::json!({"enum": crate::model::SCHEMA_VERSIONS, "description": "Format version: 2 (1 is read too)."});
        }
    }
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text: {\"zh\": …, \"en\": …} with the scorecard's default_lang required, or a plain string in the default language.",
            "anyOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "properties": {
                        "zh": {"type": "string", "minLength": 1},
                        "en": {"type": "string", "minLength": 1}
                    },
                    "minProperties": 1,
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// An id: 1–64 of a-z, 0-9 and '-', starting with a letter.
pub struct Id;

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$"})
    }
}

/// A language code.
pub struct LangCode;

impl JsonSchema for LangCode {
    fn schema_name() -> Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"enum": [Lang::Zh.as_str(), Lang::En.as_str()]})
    }
}

/// An `http:` or `https:` URL.
pub struct HttpUrl;

impl JsonSchema for HttpUrl {
    fn schema_name() -> Cow<'static, str> {
        "HttpUrl".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "format": "uri", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$"})
    }
}

/// A qualifier word.
pub struct QualifierName;

impl JsonSchema for QualifierName {
    fn schema_name() -> Cow<'static, str> {
        "Qualifier".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = Qualifier::ALL.iter().map(|q| q.as_str()).collect();
        json_schema!({"enum": names, "description": "The article's hedge on the figure."})
    }
}

/// A publication date or date and time.
pub struct Published;

impl JsonSchema for Published {
    fn schema_name() -> Cow<'static, str> {
        "Published".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$"
        })
    }
}

/// A unit as the article writes it.
pub struct UnitName;

impl JsonSchema for UnitName {
    fn schema_name() -> Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_UNIT_CHARS,
            "pattern": "^[^0-9０-９]*\\S[^0-9０-９]*$",
            "description": "The unit as written, with its magnitude: 万元, 千公顷, 公斤/亩, billion USD, $ billion, students, %. No digits."
        })
    }
}
