//! Finding figures in an article's text: numbers written with Arabic
//! numerals, the magnitude and unit word after them as written, the hedge
//! around them, and whether a number is a figure at all (a year, a date, a
//! time, an ordinal, a list number or a code is not).

use std::ops::Range;

use super::classify::classify;
use super::unit_words::{chinese_unit, english_unit};
use crate::types::Qualifier;

/// What a number in the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A figure: a count, an amount, a rate.
    Figure,
    /// A year (2019年, in 2019).
    Year,
    /// Part of a date (11月25日, 2020-11-25).
    Date,
    /// Part of a time of day (09:46).
    Time,
    /// An ordinal (第3, 3rd).
    Ordinal,
    /// A list number at the start of a line (1. 2、).
    List,
    /// Part of a link, a document or phone number, or a name (COVID-19).
    Code,
}

impl Kind {
    /// The name used in messages and the studio.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Ordinal => "ordinal",
            Kind::List => "list",
            Kind::Code => "code",
        }
    }
}

/// A number found in the text, with what stands around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range of the figure as written: qualifier, number, magnitude
    /// and unit.
    pub range: Range<usize>,
    /// Byte range of the number alone.
    pub number: Range<usize>,
    /// The number's value as written (commas removed).
    pub value: f64,
    /// Digits written after its decimal point.
    pub decimals: u8,
    /// The magnitude and unit as written (`万元`, `$ billion`, `%`); empty
    /// when the article writes none.
    pub unit: String,
    /// The article's hedge.
    pub qualifier: Option<Qualifier>,
    /// Whether it is a figure.
    pub kind: Kind,
}

/// Chinese magnitudes, longest first.
const MAGNITUDES_ZH: [&str; 9] = ["万亿", "十万", "百万", "千万", "万", "亿", "千", "百", "十"];

/// English magnitude words.
pub(super) const MAGNITUDES_EN: [&str; 6] =
    ["thousand", "million", "billion", "trillion", "bn", "mn"];

/// Every number written with Arabic numerals in `text`, in order.
pub fn find(text: &str) -> Vec<Found> {
    let urls = links(text);
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let (end, value, decimals) = number(text, start);
        i = end;
        let mut f = Found {
            range: start..end,
            number: start..end,
            value,
            decimals,
            unit: String::new(),
            qualifier: None,
            kind: Kind::Figure,
        };
        f.kind = classify(text, &f.number, &urls);
        if f.kind == Kind::Figure {
            around(text, &mut f);
            i = f.range.end.max(i);
        }
        found.push(f);
    }
    found
}

/// The number at `start`: digits, thousands groups, decimals. Returns its
/// end, value and written decimals.
fn number(text: &str, start: usize) -> (usize, f64, u8) {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = start;
    while digit(i) {
        i += 1;
    }
    while b.get(i) == Some(&b',') && (1..=3).all(|k| digit(i + k)) && !digit(i + 4) {
        i += 4;
    }
    let mut decimals = 0u8;
    if b.get(i) == Some(&b'.') && digit(i + 1) {
        i += 1;
        while digit(i) {
            i += 1;
            decimals = decimals.saturating_add(1);
        }
    }
    let value = text[start..i].replace(',', "").parse().unwrap_or(0.0);
    (i, value, decimals)
}

/// Byte ranges of links (`http…`, `www.…`) in `text`: their numbers are codes.
fn links(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for marker in ["http://", "https://", "www."] {
        let mut from = 0;
        while let Some(at) = text[from..].find(marker) {
            let start = from + at;
            let end = text[start..]
                .find(|c: char| c.is_whitespace() || !c.is_ascii())
                .map_or(text.len(), |e| start + e);
            out.push(start..end);
            from = end.max(start + marker.len());
        }
    }
    out
}

pub(super) fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

pub(super) fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Fills in the qualifier, magnitude and unit around a figure, widening its
/// range to take them in.
fn around(text: &str, f: &mut Found) {
    let mut end = f.number.end;
    let mut start = f.number.start;
    let mut unit = String::new();
    // A percentage.
    for pct in ["%", "％"] {
        if text[end..].starts_with(pct) {
            end += pct.len();
            unit.push('%');
        }
    }
    // A currency symbol before the number ($3.9 billion).
    let symbol = ["US$", "HK$", "$", "€", "£", "¥"]
        .into_iter()
        .find(|s| text[..start].ends_with(s));
    if let Some(s) = symbol {
        start -= s.len();
    }
    if unit.is_empty() {
        // Chinese: magnitude and 余/多 in either order (1.3万余个, 240余万元),
        // then the unit word.
        let hedge_after = |end: usize| {
            [("余", Qualifier::Yu), ("多", Qualifier::Duo)]
                .into_iter()
                .find(|(w, _)| text[end..].starts_with(w) && !text[end..].starts_with("多少"))
        };
        if let Some((word, q)) = hedge_after(end) {
            end += word.len();
            f.qualifier = Some(q);
        }
        let after = &text[end..];
        let mut magnitude = "";
        if let Some(m) = MAGNITUDES_ZH.iter().find(|m| after.starts_with(**m)) {
            // 千米 and 百分点 are units, not magnitudes.
            let unit_word = ["千米", "千瓦", "千克", "百分点"]
                .iter()
                .any(|u| after.starts_with(u));
            if !unit_word {
                magnitude = m;
            }
        }
        end += magnitude.len();
        if f.qualifier.is_none() {
            if let Some((word, q)) = hedge_after(end) {
                end += word.len();
                f.qualifier = Some(q);
            }
        }
        let zh_unit = chinese_unit(&text[end..]);
        if !magnitude.is_empty() || !zh_unit.is_empty() {
            unit.push_str(magnitude);
            unit.push_str(zh_unit);
            end += zh_unit.len();
        }
        if unit.is_empty() {
            // English: a magnitude word, "percent", then a noun.
            let (words, used) = english_unit(&text[end..]);
            if !words.is_empty() {
                unit = words;
                end += used;
            }
        }
        // "以上", "左右" after the unit.
        for (word, q) in [("以上", Qualifier::Yishang), ("左右", Qualifier::Zuoyou)] {
            if f.qualifier.is_none() && text[end..].starts_with(word) {
                f.qualifier = Some(q);
                end += word.len();
            }
        }
    }
    if let Some(s) = symbol {
        unit = if unit.is_empty() {
            s.to_string()
        } else {
            format!("{s} {unit}")
        };
    }
    // A hedge before the number (or before its currency symbol).
    let before = &text[..start];
    let hedges: [(&str, Qualifier); 14] = [
        ("超过", Qualifier::Chaoguo),
        ("近", Qualifier::Jin),
        ("约", Qualifier::Yue),
        ("不到", Qualifier::Budao),
        ("不足", Qualifier::Buzu),
        ("more than ", Qualifier::MoreThan),
        ("over ", Qualifier::Over),
        ("about ", Qualifier::About),
        ("around ", Qualifier::Around),
        ("nearly ", Qualifier::Nearly),
        ("almost ", Qualifier::Almost),
        ("at least ", Qualifier::AtLeast),
        ("less than ", Qualifier::LessThan),
        ("up to ", Qualifier::UpTo),
    ];
    if f.qualifier.is_none() {
        // The last dozen bytes, cut at a character boundary.
        let mut cut = before.len().saturating_sub(12);
        while !before.is_char_boundary(cut) {
            cut -= 1;
        }
        let tail = before[cut..].to_ascii_lowercase();
        if let Some((word, q)) = hedges
            .iter()
            .find(|(w, _)| tail.ends_with(&w.to_ascii_lowercase()))
        {
            f.qualifier = Some(*q);
            start -= word.len();
        }
    }
    f.unit = unit;
    f.range = start..end;
}
