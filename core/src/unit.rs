//! Units: an optional magnitude (万, 亿) and a base unit (元, 人, 户, …).

use std::fmt;

/// A Chinese magnitude written in front of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magnitude {
    /// No magnitude.
    One,
    /// 万, ten thousand.
    Wan,
    /// 亿, a hundred million.
    Yi,
}

impl Magnitude {
    /// The multiplier to the base unit.
    pub fn factor(self) -> f64 {
        match self {
            Magnitude::One => 1.0,
            Magnitude::Wan => 1e4,
            Magnitude::Yi => 1e8,
        }
    }

    /// The Chinese character, or "" for none.
    pub fn as_str(self) -> &'static str {
        match self {
            Magnitude::One => "",
            Magnitude::Wan => "万",
            Magnitude::Yi => "亿",
        }
    }
}

/// What is counted or measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseUnit {
    /// 元, yuan.
    Yuan,
    /// 人, people.
    Ren,
    /// 人次, person-times.
    Renci,
    /// 户, households.
    Hu,
    /// 个, a generic count.
    Ge,
    /// 村, villages.
    Cun,
    /// 名, people (formal counter).
    Ming,
    /// 家, firms or organisations.
    Jia,
    /// 次, times.
    Ci,
    /// 件, cases or items.
    Jian,
    /// 起, cases (incidents).
    Qi,
    /// 期, issues (of a bulletin).
    QiIssue,
    /// 条, items (measures, rules).
    Tiao,
    /// 处, sites.
    Chu,
    /// 支, teams.
    Zhi,
    /// 公里, kilometres.
    Gongli,
    /// 度, kilowatt-hours.
    Du,
    /// 年, years.
    Nian,
    /// %, percent.
    Percent,
}

impl BaseUnit {
    /// Every base unit, in the order the format documents them.
    pub const ALL: [BaseUnit; 19] = [
        BaseUnit::Yuan,
        BaseUnit::Ren,
        BaseUnit::Renci,
        BaseUnit::Hu,
        BaseUnit::Ge,
        BaseUnit::Cun,
        BaseUnit::Ming,
        BaseUnit::Jia,
        BaseUnit::Ci,
        BaseUnit::Jian,
        BaseUnit::Qi,
        BaseUnit::QiIssue,
        BaseUnit::Tiao,
        BaseUnit::Chu,
        BaseUnit::Zhi,
        BaseUnit::Gongli,
        BaseUnit::Du,
        BaseUnit::Nian,
        BaseUnit::Percent,
    ];

    /// The Chinese unit as written in the article and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            BaseUnit::Yuan => "元",
            BaseUnit::Ren => "人",
            BaseUnit::Renci => "人次",
            BaseUnit::Hu => "户",
            BaseUnit::Ge => "个",
            BaseUnit::Cun => "村",
            BaseUnit::Ming => "名",
            BaseUnit::Jia => "家",
            BaseUnit::Ci => "次",
            BaseUnit::Jian => "件",
            BaseUnit::Qi => "起",
            BaseUnit::QiIssue => "期",
            BaseUnit::Tiao => "条",
            BaseUnit::Chu => "处",
            BaseUnit::Zhi => "支",
            BaseUnit::Gongli => "公里",
            BaseUnit::Du => "度",
            BaseUnit::Nian => "年",
            BaseUnit::Percent => "%",
        }
    }

    /// The English unit word for `count` of them, or "" where the English
    /// label already names what is counted (个, 件, 家 …).
    pub fn en(self, count: f64) -> &'static str {
        let one = count == 1.0;
        match self {
            BaseUnit::Ren | BaseUnit::Ming => {
                if one {
                    "person"
                } else {
                    "people"
                }
            }
            BaseUnit::Renci => {
                if one {
                    "person-time"
                } else {
                    "person-times"
                }
            }
            BaseUnit::Hu => {
                if one {
                    "household"
                } else {
                    "households"
                }
            }
            BaseUnit::Cun => {
                if one {
                    "village"
                } else {
                    "villages"
                }
            }
            BaseUnit::Ci => {
                if one {
                    "time"
                } else {
                    "times"
                }
            }
            BaseUnit::Gongli => "km",
            BaseUnit::Du => "kWh",
            BaseUnit::Nian => {
                if one {
                    "year"
                } else {
                    "years"
                }
            }
            BaseUnit::Percent => "%",
            BaseUnit::Yuan
            | BaseUnit::Ge
            | BaseUnit::Jia
            | BaseUnit::Jian
            | BaseUnit::Qi
            | BaseUnit::QiIssue
            | BaseUnit::Tiao
            | BaseUnit::Chu
            | BaseUnit::Zhi => "",
        }
    }
}

/// A metric's unit: magnitude and base unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// 万, 亿 or none.
    pub magnitude: Magnitude,
    /// What is counted.
    pub base: BaseUnit,
}

impl Unit {
    /// A unit without magnitude.
    pub const fn plain(base: BaseUnit) -> Unit {
        Unit {
            magnitude: Magnitude::One,
            base,
        }
    }

    /// Reads `"万元"`, `"人"`, `"%"`…; `None` for anything else.
    pub fn parse(s: &str) -> Option<Unit> {
        let (magnitude, rest) = if let Some(rest) = s.strip_prefix('万') {
            (Magnitude::Wan, rest)
        } else if let Some(rest) = s.strip_prefix('亿') {
            (Magnitude::Yi, rest)
        } else {
            (Magnitude::One, s)
        };
        let base = BaseUnit::ALL.into_iter().find(|b| b.as_str() == rest)?;
        if base == BaseUnit::Percent && magnitude != Magnitude::One {
            return None;
        }
        Some(Unit { magnitude, base })
    }

    /// Whether values are rates, whose changes are in percentage points.
    pub fn is_percent(self) -> bool {
        self.base == BaseUnit::Percent
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.magnitude.as_str(), self.base.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units_with_magnitudes() {
        let cases = [
            ("元", Some((Magnitude::One, BaseUnit::Yuan))),
            ("万元", Some((Magnitude::Wan, BaseUnit::Yuan))),
            ("亿元", Some((Magnitude::Yi, BaseUnit::Yuan))),
            ("万人次", Some((Magnitude::Wan, BaseUnit::Renci))),
            ("人次", Some((Magnitude::One, BaseUnit::Renci))),
            ("万度", Some((Magnitude::Wan, BaseUnit::Du))),
            ("%", Some((Magnitude::One, BaseUnit::Percent))),
            ("万%", None),
            ("万", None),
            ("", None),
            ("yuan", None),
            ("万万元", None),
        ];
        for (s, expected) in cases {
            let got = Unit::parse(s).map(|u| (u.magnitude, u.base));
            assert_eq!(got, expected, "{s:?}");
            if let Some(u) = Unit::parse(s) {
                assert_eq!(u.to_string(), s);
            }
        }
    }
}
