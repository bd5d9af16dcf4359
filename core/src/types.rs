//! Small closed sets of values and their names, kept apart from logic.

/// A reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Chinese, the first language of the scorecards.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The code used in URLs, JSON and `lang` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Reads a code; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// How a section is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename_all = "snake_case"))]
pub enum SectionKind {
    /// The figures the article leads with, drawn as large cards.
    Headline,
    /// One of the article's thematic "nets".
    Net,
    /// Results listed at the end of the article.
    Outcomes,
    /// Anything else.
    Other,
}

impl SectionKind {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Headline => "headline",
            SectionKind::Net => "net",
            SectionKind::Outcomes => "outcomes",
            SectionKind::Other => "other",
        }
    }

    /// All kinds, for parsing and messages.
    pub const ALL: [SectionKind; 4] = [
        SectionKind::Headline,
        SectionKind::Net,
        SectionKind::Outcomes,
        SectionKind::Other,
    ];
}

/// Whether a larger value is good news.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename_all = "snake_case"))]
pub enum Direction {
    /// More is better (people lifted, money invested).
    HigherIsBetter,
    /// Less is better (poverty incidence).
    LowerIsBetter,
    /// Neither.
    Neutral,
}

impl Direction {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher_is_better",
            Direction::LowerIsBetter => "lower_is_better",
            Direction::Neutral => "neutral",
        }
    }

    /// All directions, for parsing and messages.
    pub const ALL: [Direction; 3] = [
        Direction::HigherIsBetter,
        Direction::LowerIsBetter,
        Direction::Neutral,
    ];
}

/// The hedge an article puts on a figure ("1.3万余个" is not "13,000").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Qualifier {
    /// 余: more than, written after the number.
    #[cfg_attr(feature = "schema", schemars(rename = "余"))]
    Yu,
    /// 多: more than, written after the number.
    #[cfg_attr(feature = "schema", schemars(rename = "多"))]
    Duo,
    /// 以上: or more, written after the unit.
    #[cfg_attr(feature = "schema", schemars(rename = "以上"))]
    Yishang,
    /// 超过: more than, written before the number.
    #[cfg_attr(feature = "schema", schemars(rename = "超过"))]
    Chaoguo,
    /// 近: nearly, written before the number.
    #[cfg_attr(feature = "schema", schemars(rename = "近"))]
    Jin,
    /// 约: about, written before the number.
    #[cfg_attr(feature = "schema", schemars(rename = "约"))]
    Yue,
}

/// Where a qualifier sits in a Chinese figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualifierPlace {
    /// 超过1500元
    BeforeNumber,
    /// 1.3万余个
    AfterNumber,
    /// 15000元以上
    AfterUnit,
}

impl Qualifier {
    /// All qualifiers, for parsing and messages.
    pub const ALL: [Qualifier; 6] = [
        Qualifier::Yu,
        Qualifier::Duo,
        Qualifier::Yishang,
        Qualifier::Chaoguo,
        Qualifier::Jin,
        Qualifier::Yue,
    ];

    /// The Chinese word, as written in the article and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Yu => "余",
            Qualifier::Duo => "多",
            Qualifier::Yishang => "以上",
            Qualifier::Chaoguo => "超过",
            Qualifier::Jin => "近",
            Qualifier::Yue => "约",
        }
    }

    /// Where the word goes in a Chinese figure.
    pub fn place(self) -> QualifierPlace {
        match self {
            Qualifier::Yu | Qualifier::Duo => QualifierPlace::AfterNumber,
            Qualifier::Yishang => QualifierPlace::AfterUnit,
            Qualifier::Chaoguo | Qualifier::Jin | Qualifier::Yue => QualifierPlace::BeforeNumber,
        }
    }

    /// The English words put before the number.
    pub fn en(self) -> &'static str {
        match self {
            Qualifier::Yu | Qualifier::Duo | Qualifier::Chaoguo => "more than",
            Qualifier::Yishang => "at least",
            Qualifier::Jin => "nearly",
            Qualifier::Yue => "about",
        }
    }

    /// Whether the stated number is a lower bound of the true one.
    pub fn is_lower_bound(self) -> bool {
        matches!(
            self,
            Qualifier::Yu | Qualifier::Duo | Qualifier::Chaoguo | Qualifier::Yishang
        )
    }
}

/// The kind of arithmetic a relation asserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename_all = "snake_case"))]
pub enum RelationKind {
    /// `total` equals the sum of `parts`.
    Sum,
    /// Each of `parts` is at most `total`.
    AtMost,
}

impl RelationKind {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Sum => "sum",
            RelationKind::AtMost => "at_most",
        }
    }

    /// All kinds, for parsing and messages.
    pub const ALL: [RelationKind; 2] = [RelationKind::Sum, RelationKind::AtMost];
}
