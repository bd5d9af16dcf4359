//! The view state a reader would share, as URL query parameters.
//!
//! Parsing and writing are pure so they are tested natively; the browser
//! glue in [`crate::embed::history`] reads and writes `location`.

use scorecard_core::Lang;

use crate::types::{SortKey, Theme, View};

/// Everything about the current view that belongs in a shared link.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    /// `?card=`: which bundled scorecard; `None` is the default one.
    pub card: Option<String>,
    /// `?lang=`: `None` uses the scorecard's default language.
    pub lang: Option<Lang>,
    /// `?view=`
    pub view: View,
    /// `?section=`: `None` is the first section.
    pub section: Option<String>,
    /// `?q=`: search text.
    pub q: String,
    /// `?metric=`: the card to scroll to and highlight.
    pub metric: Option<String>,
    /// `?theme=`: `None` follows the system.
    pub theme: Option<Theme>,
    /// `?sort=`: table sort key, and whether descending (`-value`).
    pub sort: (SortKey, bool),
    /// `?src=`: the address of a scorecard file to read instead of a
    /// bundled one (checked when it is read: [`crate::embed::remote`]).
    pub src: Option<String>,
    /// `?plain=1`: the figures only, without header and toolbar (an
    /// iframe in a small slot).
    pub plain: bool,
    /// `?transparent=1`: no background of our own.
    pub transparent: bool,
}

/// Longest accepted value of any parameter but `src`; longer ones are ignored.
const MAX_PARAM: usize = 200;
/// Longest accepted `src`; a longer one is kept cut, and refused when read
/// (never ignored: the page would show another scorecard).
const MAX_SRC: usize = 2048;

impl ViewState {
    /// Reads query pairs (already percent-decoded). Unknown keys and values
    /// fall back to defaults; ids are not checked here (the app ignores ids
    /// its scorecard does not have).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ViewState {
        let mut s = ViewState::default();
        let id = |v: &str| scorecard_core::decode::is_id(v).then(|| v.to_string());
        for (k, v) in pairs {
            if k == "src" {
                s.src = Some(v.chars().take(MAX_SRC).collect());
                continue;
            }
            if v.len() > MAX_PARAM {
                continue;
            }
            match k {
                "card" => s.card = id(v),
                "lang" => s.lang = Lang::parse(v),
                "view" => s.view = View::parse(v).unwrap_or_default(),
                "section" => s.section = id(v),
                "q" => s.q = v.chars().filter(|c| !c.is_control()).collect(),
                "metric" => s.metric = id(v),
                "theme" => s.theme = Theme::parse(v),
                "plain" => s.plain = matches!(v, "1" | "true"),
                "transparent" => s.transparent = matches!(v, "1" | "true"),
                "sort" => {
                    let (name, desc) = match v.strip_prefix('-') {
                        Some(name) => (name, true),
                        None => (v, false),
                    };
                    if let Some(key) = SortKey::parse(name) {
                        s.sort = (key, desc);
                    }
                }
                _ => {}
            }
        }
        s
    }

    /// The non-default parameters, in a stable order, for a query string.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(c) = &self.card {
            out.push(("card", c.clone()));
        }
        if let Some(l) = self.lang {
            out.push(("lang", l.as_str().to_string()));
        }
        if self.view != View::Cards {
            out.push(("view", self.view.as_str().to_string()));
        }
        if let Some(s) = &self.section {
            out.push(("section", s.clone()));
        }
        if !self.q.is_empty() {
            out.push(("q", self.q.clone()));
        }
        if let Some(m) = &self.metric {
            out.push(("metric", m.clone()));
        }
        if let Some(t) = self.theme {
            out.push(("theme", t.as_str().to_string()));
        }
        if self.sort != (SortKey::Section, false) {
            let prefix = if self.sort.1 { "-" } else { "" };
            out.push(("sort", format!("{prefix}{}", self.sort.0.as_str())));
        }
        if let Some(src) = &self.src {
            out.push(("src", src.clone()));
        }
        if self.plain {
            out.push(("plain", "1".into()));
        }
        if self.transparent {
            out.push(("transparent", "1".into()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_parameter() {
        let s = ViewState {
            card: Some("lingling-2020".into()),
            lang: Some(Lang::En),
            view: View::Table,
            section: Some("income".into()),
            q: "光伏 电站".into(),
            metric: Some("pv-stations".into()),
            theme: Some(Theme::Dark),
            sort: (SortKey::Value, true),
            src: Some("https://data.example/a b.json?x=1&y=2".into()),
            plain: true,
            transparent: true,
        };
        let pairs = s.to_pairs();
        let back = ViewState::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, s);
    }

    #[test]
    fn a_long_src_is_kept_cut_never_dropped() {
        let long = format!("https://data.example/{}", "x".repeat(3000));
        let s = ViewState::from_pairs([("src", long.as_str())]);
        assert_eq!(s.src.map(|v| v.len()), Some(MAX_SRC));
    }

    #[test]
    fn unknown_values_fall_back_to_defaults() {
        let s = ViewState::from_pairs([
            ("lang", "fr"),
            ("view", "<script>"),
            ("section", "Not An Id"),
            ("theme", "purple"),
            ("sort", "-nonsense"),
            ("q", "a\u{0}b"),
            ("other", "x"),
        ]);
        assert_eq!(
            s,
            ViewState {
                q: "ab".into(),
                ..ViewState::default()
            }
        );
        assert!(ViewState::default().to_pairs().is_empty());
    }
}
