//! Options a host page gives the JavaScript API (`ScorecardEmbed.mount`,
//! `handle.set`), read strictly: an unknown option or value is an error
//! naming it, never a silent default.

use scorecard_core::Lang;

use crate::embed::url_state::ViewState;
use crate::types::{Theme, View};

/// Options `embed.js` handles itself: where the scorecard comes from, and
/// how the slot is drawn (`transparent`: no background of our own;
/// `plain`: the figures without header and toolbar).
pub const SOURCE_OPTIONS: [&str; 5] = ["data", "src", "id", "transparent", "plain"];

/// Applies options given as `(name, value)` text pairs to `state`; the
/// first bad option is an error naming it (`options.theme: …`), and then
/// nothing is changed.
pub fn apply<'a>(
    state: &ViewState,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<ViewState, String> {
    let mut s = state.clone();
    let id = |name: &str, v: &str| -> Result<Option<String>, String> {
        if v.is_empty() {
            return Ok(None);
        }
        scorecard_core::decode::is_id(v)
            .then(|| Some(v.to_string()))
            .ok_or_else(|| {
                format!(
                    "options.{name}: {} is not an id (letters, digits, - and _)",
                    json(v)
                )
            })
    };
    for (name, v) in pairs {
        match name {
            "lang" => {
                s.lang = Some(Lang::parse(v).ok_or_else(|| format!("options.lang: {} is not zh or en", json(v)))?)
            }
            "theme" => {
                s.theme = match v {
                    "auto" => None,
                    _ => Some(
                        Theme::parse(v)
                            .ok_or_else(|| format!("options.theme: {} is not light, dark or auto", json(v)))?,
                    ),
                }
            }
            "view" => {
                s.view = View::parse(v)
                    .ok_or_else(|| format!("options.view: {} is not cards, table or checks", json(v)))?
            }
            "section" => s.section = id(name, v)?,
            "metric" => s.metric = id(name, v)?,
            "q" => s.q = v.chars().filter(|c| !c.is_control()).take(200).collect(),
            n if SOURCE_OPTIONS.contains(&n) => {}
            _ => {
                return Err(format!(
                    "options.{name}: not an option (lang, theme, view, section, metric, q, data, src, id, transparent, plain)"
                ))
            }
        }
    }
    Ok(s)
}

/// A value as a JSON string, for messages: quoted, control characters
/// escaped.
fn json(v: &str) -> String {
    let mut out = String::new();
    scorecard_core::write::quote(v, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_strictly() {
        let base = ViewState {
            theme: Some(Theme::Light),
            ..ViewState::default()
        };
        // Options given, and what must hold of the state afterwards.
        type Case = (
            &'static [(&'static str, &'static str)],
            fn(&ViewState) -> bool,
        );
        let ok: &[Case] = &[
            (&[("lang", "en")], |s| s.lang == Some(Lang::En)),
            (&[("theme", "auto")], |s| s.theme.is_none()),
            (&[("theme", "dark")], |s| s.theme == Some(Theme::Dark)),
            (&[("view", "table"), ("section", "income")], |s| {
                s.view == View::Table && s.section.as_deref() == Some("income")
            }),
            (&[("section", "")], |s| s.section.is_none()),
            (&[("data", "ignored"), ("id", "x")], |s| {
                s.theme == Some(Theme::Light)
            }),
        ];
        for (pairs, holds) in ok {
            let s = apply(&base, pairs.iter().copied()).unwrap();
            assert!(holds(&s), "{pairs:?}");
        }
        let bad: &[(&[(&str, &str)], &str)] = &[
            (&[("lang", "fr")], "options.lang"),
            (&[("theme", "blue")], "options.theme"),
            (&[("view", "map")], "options.view"),
            (&[("section", "a b")], "options.section"),
            (&[("colour", "red")], "options.colour"),
            (&[("lang", "en"), ("view", "x")], "options.view"),
        ];
        for (pairs, names) in bad {
            let e = apply(&base, pairs.iter().copied()).unwrap_err();
            assert!(e.starts_with(names), "{e}");
        }
    }
}
