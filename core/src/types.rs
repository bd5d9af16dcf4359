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

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
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
    /// Any other part of the article.
    Group,
}

impl SectionKind {
    /// The name format v2 writes.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Headline => "headline",
            SectionKind::Group => "group",
        }
    }

    /// The names format version 1 reads: its kinds other than `headline`
    /// were all drawn alike and read as [`SectionKind::Group`].
    pub const V1_NAMES: [&'static str; 4] = ["headline", "net", "outcomes", "other"];

    /// The names format version 2 reads: its own and version 1's.
    pub const V2_NAMES: [&'static str; 5] = ["headline", "group", "net", "outcomes", "other"];

    /// Reads a kind by any name a version reads.
    pub fn parse(name: &str) -> Option<SectionKind> {
        match name {
            "headline" => Some(SectionKind::Headline),
            "group" | "net" | "outcomes" | "other" => Some(SectionKind::Group),
            _ => None,
        }
    }
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
pub enum Qualifier {
    /// 余: more than, written after the number.
    Yu,
    /// 多: more than, written after the number.
    Duo,
    /// 以上: or more, written after the unit.
    Yishang,
    /// 超过: more than, written before the number.
    Chaoguo,
    /// 近: nearly, written before the number.
    Jin,
    /// 约: about, written before the number.
    Yue,
    /// 左右: about, written after the unit.
    Zuoyou,
    /// 不到: less than, written before the number.
    Budao,
    /// 不足: less than, written before the number.
    Buzu,
    /// more than.
    MoreThan,
    /// over.
    Over,
    /// about.
    About,
    /// around.
    Around,
    /// nearly.
    Nearly,
    /// almost.
    Almost,
    /// at least.
    AtLeast,
    /// less than.
    LessThan,
    /// under.
    Under,
    /// up to.
    UpTo,
}

/// Where a qualifier sits in a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualifierPlace {
    /// 超过1500元, more than 1,500
    BeforeNumber,
    /// 1.3万余个
    AfterNumber,
    /// 15000元以上
    AfterUnit,
}

impl Qualifier {
    /// All qualifiers, for parsing and messages.
    pub const ALL: [Qualifier; 19] = [
        Qualifier::Yu,
        Qualifier::Duo,
        Qualifier::Yishang,
        Qualifier::Chaoguo,
        Qualifier::Jin,
        Qualifier::Yue,
        Qualifier::Zuoyou,
        Qualifier::Budao,
        Qualifier::Buzu,
        Qualifier::MoreThan,
        Qualifier::Over,
        Qualifier::About,
        Qualifier::Around,
        Qualifier::Nearly,
        Qualifier::Almost,
        Qualifier::AtLeast,
        Qualifier::LessThan,
        Qualifier::Under,
        Qualifier::UpTo,
    ];

    /// The word as written in the article and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Yu => "余",
            Qualifier::Duo => "多",
            Qualifier::Yishang => "以上",
            Qualifier::Chaoguo => "超过",
            Qualifier::Jin => "近",
            Qualifier::Yue => "约",
            Qualifier::Zuoyou => "左右",
            Qualifier::Budao => "不到",
            Qualifier::Buzu => "不足",
            Qualifier::MoreThan => "more than",
            Qualifier::Over => "over",
            Qualifier::About => "about",
            Qualifier::Around => "around",
            Qualifier::Nearly => "nearly",
            Qualifier::Almost => "almost",
            Qualifier::AtLeast => "at least",
            Qualifier::LessThan => "less than",
            Qualifier::Under => "under",
            Qualifier::UpTo => "up to",
        }
    }

    /// Whether the word is English.
    pub fn is_en(self) -> bool {
        self.as_str().is_ascii()
    }

    /// The Chinese word and where it goes: the word itself for a Chinese
    /// qualifier, its usual Chinese rendering for an English one.
    pub fn zh(self) -> (&'static str, QualifierPlace) {
        use QualifierPlace::*;
        match self {
            Qualifier::Yu | Qualifier::Duo => (self.as_str(), AfterNumber),
            Qualifier::Yishang | Qualifier::Zuoyou => (self.as_str(), AfterUnit),
            Qualifier::Chaoguo
            | Qualifier::Jin
            | Qualifier::Yue
            | Qualifier::Budao
            | Qualifier::Buzu => (self.as_str(), BeforeNumber),
            Qualifier::MoreThan | Qualifier::Over => ("超过", BeforeNumber),
            Qualifier::About | Qualifier::Around => ("约", BeforeNumber),
            Qualifier::Nearly | Qualifier::Almost => ("近", BeforeNumber),
            Qualifier::AtLeast => ("至少", BeforeNumber),
            Qualifier::LessThan | Qualifier::Under => ("不到", BeforeNumber),
            Qualifier::UpTo => ("最多", BeforeNumber),
        }
    }

    /// Where the Chinese word goes in a Chinese figure.
    pub fn place(self) -> QualifierPlace {
        self.zh().1
    }

    /// The English words put before the number.
    pub fn en(self) -> &'static str {
        match self {
            Qualifier::Yu | Qualifier::Duo | Qualifier::Chaoguo => "more than",
            Qualifier::Yishang => "at least",
            Qualifier::Jin => "nearly",
            Qualifier::Yue | Qualifier::Zuoyou => "about",
            Qualifier::Budao | Qualifier::Buzu => "less than",
            _ => self.as_str(),
        }
    }

    /// Whether the stated number is a lower bound of the true one.
    pub fn is_lower_bound(self) -> bool {
        matches!(
            self,
            Qualifier::Yu
                | Qualifier::Duo
                | Qualifier::Chaoguo
                | Qualifier::Yishang
                | Qualifier::MoreThan
                | Qualifier::Over
                | Qualifier::AtLeast
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
    /// `parts` are percentage shares of one whole that add up to 100.
    Shares,
}

impl RelationKind {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Sum => "sum",
            RelationKind::AtMost => "at_most",
            RelationKind::Shares => "shares",
        }
    }

    /// All kinds, for parsing and messages.
    pub const ALL: [RelationKind; 3] = [
        RelationKind::Sum,
        RelationKind::AtMost,
        RelationKind::Shares,
    ];
}
