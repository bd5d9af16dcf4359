//! Changes in words: stated by the article, or derived (percentage points,
//! multiples, average growth, shares).

use super::{figure, trimmed};
use crate::model::{Change, ChangeKind};
use crate::types::Lang;

/// A change the article states, in words with its direction:
/// `"比2022年增加636千公顷"`, `"下降12.6%"`, `"up 0.5% from 2022"`.
pub fn stated_change(c: &Change, lang: Lang) -> String {
    let size = figure(c.value.abs(), c.decimals, &c.unit, c.qualifier, lang);
    let fall = c.value < 0.0;
    let words = match (c.kind(), lang) {
        (_, _) if c.value == 0.0 => {
            return if lang == Lang::Zh {
                "持平".into()
            } else {
                "unchanged".into()
            }
        }
        (ChangeKind::Relative, Lang::Zh) => {
            if fall {
                "下降"
            } else {
                "增长"
            }
        }
        (ChangeKind::Points, Lang::Zh) => {
            if fall {
                "下降"
            } else {
                "上升"
            }
        }
        (ChangeKind::Absolute, Lang::Zh) => {
            if fall {
                "减少"
            } else {
                "增加"
            }
        }
        (_, Lang::En) => {
            if fall {
                "down"
            } else {
                "up"
            }
        }
    };
    let against = c.against.as_ref().map(|t| t.text(lang));
    match (lang, against) {
        (Lang::Zh, Some(a)) => format!("比{a}{words}{size}"),
        (Lang::Zh, None) => format!("{words}{size}"),
        (Lang::En, Some(a)) => format!("{words} {size} from {a}"),
        (Lang::En, None) => format!("{words} {size}"),
    }
}

/// A change of a rate in percentage points: `"下降 8.94 个百分点"`,
/// `"down 8.94 percentage points"`.
pub fn points(change: f64, lang: Lang) -> String {
    let size = trimmed(change.abs(), 2);
    let flat = size == "0";
    match lang {
        Lang::Zh if flat => "持平".into(),
        Lang::Zh => format!(
            "{} {size} 个百分点",
            if change < 0.0 { "下降" } else { "上升" }
        ),
        Lang::En if flat => "unchanged".into(),
        Lang::En => {
            let unit = if size == "1" {
                "percentage point"
            } else {
                "percentage points"
            };
            format!("{} {size} {unit}", if change < 0.0 { "down" } else { "up" })
        }
    }
}

/// A ratio of two amounts: `"为2014年的 6.4 倍"`, `"×6.4 the 2014 level"`.
pub fn multiple(ratio: f64, from_year: i32, lang: Lang) -> String {
    let r = trimmed(ratio, 1);
    match lang {
        Lang::Zh => format!("为{from_year}年的 {r} 倍"),
        Lang::En => format!("×{r} the {from_year} level"),
    }
}

/// Average annual growth: `"年均增长 36.3%"`, `"36.3% a year on average"`.
pub fn annual_growth(rate: f64, lang: Lang) -> String {
    let pct = trimmed(rate.abs() * 100.0, 1);
    match lang {
        Lang::Zh if rate < 0.0 => format!("年均下降 {pct}%"),
        Lang::Zh => format!("年均增长 {pct}%"),
        Lang::En if rate < 0.0 => format!("down {pct}% a year on average"),
        Lang::En => format!("{pct}% a year on average"),
    }
}

/// A share as a percentage with one decimal: `"38.2%"`.
pub fn share(fraction: f64) -> String {
    format!("{}%", trimmed(fraction * 100.0, 1))
}
