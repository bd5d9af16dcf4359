//! View-level enums and their URL names, kept away from view code.

/// Which presentation of the scorecard is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Cards per section.
    #[default]
    Cards,
    /// Every metric in one sortable table.
    Table,
    /// Every relation with its arithmetic.
    Checks,
}

impl View {
    /// All views, in the order of the switch.
    pub const ALL: [View; 3] = [View::Cards, View::Table, View::Checks];

    /// The name used in `?view=`.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Table => "table",
            View::Checks => "checks",
        }
    }

    /// Reads a `?view=` value.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// A forced colour scheme; `None` in the state follows the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    /// The name used in `?theme=` and `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads a `?theme=` value.
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// Table columns a reader can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Reading order (section, then position).
    #[default]
    Section,
    /// Label, by the reader's language.
    Label,
    /// Exact value in the base unit.
    Value,
    /// Unit.
    Unit,
    /// First value of the series.
    Baseline,
    /// The change, stated or derived.
    Change,
}

impl SortKey {
    /// The name used in `?sort=`.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Section => "section",
            SortKey::Label => "label",
            SortKey::Value => "value",
            SortKey::Unit => "unit",
            SortKey::Baseline => "baseline",
            SortKey::Change => "change",
        }
    }

    /// Reads a `?sort=` value (without its `-` prefix).
    pub fn parse(s: &str) -> Option<SortKey> {
        [
            SortKey::Section,
            SortKey::Label,
            SortKey::Value,
            SortKey::Unit,
            SortKey::Baseline,
            SortKey::Change,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}
