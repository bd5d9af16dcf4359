//! Units as the article writes them: an optional magnitude (万, 千, million)
//! and a base unit, known (元, 亩, USD) or not (students, 羽), optionally a
//! rate of two (公斤/亩, 元/人).
//!
//! A known base converts within its dimension (亩 ↔ 公顷, 斤 ↔ 吨); money
//! converts only within one currency. An unknown base compares only with
//! itself.

mod magnitude;
mod table;

use std::borrow::Cow;
use std::fmt;

pub use magnitude::Magnitude;
pub use table::{Currency, Dim, Known, KNOWN};

use crate::types::Lang;

/// Longest unit text, in characters.
pub const MAX_UNIT_CHARS: usize = 32;

/// What is counted or measured. The text of a base is in its unit's
/// written text, so a base itself is two bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// A unit the engine knows: its index in [`KNOWN`].
    Known(u8),
    /// A unit it does not know (`students`, `羽`), shown as written.
    Other,
    /// No unit word: a bare number, with or without a magnitude (`1.2万`).
    Bare,
}

impl Base {
    fn parse(name: &str) -> Base {
        let name = name.trim();
        if name.is_empty() {
            return Base::Bare;
        }
        match KNOWN.iter().position(|k| k.is_named(name)) {
            Some(i) => Base::Known(u8::try_from(i).unwrap_or(u8::MAX)),
            None => Base::Other,
        }
    }

    /// The known unit, if it is one.
    pub fn known(self) -> Option<&'static Known> {
        match self {
            Base::Known(i) => KNOWN.get(usize::from(i)),
            _ => None,
        }
    }

    /// Whether the base is one of `dim`.
    pub fn is(self, dim: Dim) -> bool {
        self.known().is_some_and(|k| k.dim == dim)
    }

    /// How many of `other` make one of this, when they convert; `text`
    /// and `other_text` are the bases as written.
    fn per(self, text: &str, other: Base, other_text: &str) -> Option<f64> {
        match (self.known(), other.known()) {
            (Some(a), Some(b)) if a.dim == b.dim => Some(a.factor / b.factor),
            _ if self == Base::Other && other == Base::Other && text == other_text => Some(1.0),
            _ if self == Base::Bare && other == Base::Bare => Some(1.0),
            _ => None,
        }
    }

    /// The name in `lang` for `count` of them: the known name, or `text`,
    /// the base as written.
    pub fn name(self, text: &str, lang: Lang, count: f64) -> &str {
        match (self.known(), self) {
            (Some(k), _) => match lang {
                Lang::Zh if !k.zh.is_empty() => k.zh_name(),
                _ => k.en_name(count),
            },
            (None, Base::Other) => text,
            _ => "",
        }
    }
}

/// Unit text kept in the unit itself when short (nearly always), so a
/// scorecard's units cost no allocation each.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Written {
    Inline { len: u8, bytes: [u8; 22] },
    Heap(Box<str>),
}

impl Written {
    fn new(s: &str) -> Written {
        let mut bytes = [0u8; 22];
        match bytes.get_mut(..s.len()) {
            Some(slot) => {
                slot.copy_from_slice(s.as_bytes());
                Written::Inline {
                    len: s.len() as u8,
                    bytes,
                }
            }
            None => Written::Heap(s.into()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Written::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            Written::Heap(s) => s,
        }
    }
}

/// Why a unit text is not a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitError {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`MAX_UNIT_CHARS`].
    TooLong,
    /// A control character.
    Control,
    /// A digit: the number belongs in `value`.
    Digit,
    /// A magnitude on a percentage or percentage points.
    MagnitudeOnRate,
    /// A rate with an empty side (`元/`).
    EmptyRateSide,
}

impl UnitError {
    /// What to do about it, for an editor.
    pub fn message(&self, unit: &str) -> String {
        let unit = crate::error::preview(unit);
        match self {
            UnitError::Empty => "a unit must not be empty; write the unit word as the article does, e.g. \"户\" or \"students\"".into(),
            UnitError::TooLong => format!("\"{unit}\" is longer than {MAX_UNIT_CHARS} characters"),
            UnitError::Control => format!("\"{unit}\" has a control character"),
            UnitError::Digit => format!("\"{unit}\" has a digit: the number belongs in \"value\", the unit is only the word after it"),
            UnitError::MagnitudeOnRate => format!("\"{unit}\": a percentage takes no magnitude"),
            UnitError::EmptyRateSide => format!("\"{unit}\": a rate needs a unit on both sides of '/'"),
        }
    }
}

/// A unit as written, read into magnitude and base.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    written: Written,
    /// 万, million, or none.
    pub magnitude: Magnitude,
    /// What is counted or measured.
    pub base: Base,
    /// For a rate, what it is per (亩 in 公斤/亩).
    pub per: Option<Base>,
}

impl Unit {
    /// Reads a unit as written: `"万元"`, `"千公顷"`, `"公斤/亩"`,
    /// `"billion USD"`, `"$ billion"`, `"students"`, `"%"`.
    pub fn parse(s: &str) -> Result<Unit, UnitError> {
        if s.chars().count() > MAX_UNIT_CHARS {
            return Err(UnitError::TooLong);
        }
        if s.chars().any(char::is_control) {
            return Err(UnitError::Control);
        }
        if s.chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        {
            return Err(UnitError::Digit);
        }
        let text = s.trim();
        if text.is_empty() {
            return Err(UnitError::Empty);
        }
        let (magnitude, base, per) = match split_rate(text) {
            Some((num, den)) => {
                let (magnitude, base) = magnitude_and_base(num);
                let per = Base::parse(den);
                if base == Base::Bare || per == Base::Bare {
                    return Err(UnitError::EmptyRateSide);
                }
                (magnitude, base, Some(per))
            }
            None => {
                let (magnitude, base) = magnitude_and_base(text);
                (magnitude, base, None)
            }
        };
        let is_rate = base.is(Dim::Percent) || base.is(Dim::Points);
        if is_rate && magnitude != Magnitude::One {
            return Err(UnitError::MagnitudeOnRate);
        }
        Ok(Unit {
            written: Written::new(text),
            magnitude,
            base,
            per,
        })
    }

    /// A known unit without magnitude, by any of its names.
    pub fn known(name: &str) -> Option<Unit> {
        let u = Unit::parse(name).ok()?;
        let plain = u.magnitude == Magnitude::One && u.per.is_none() && u.base.known().is_some();
        plain.then_some(u)
    }

    /// The unit as the article wrote it.
    pub fn written(&self) -> &str {
        self.written.as_str()
    }

    /// The language the unit is written in: Chinese when it has a Chinese
    /// character, English when it has a letter, `None` for symbols (`%`, `$`).
    pub fn lang(&self) -> Option<Lang> {
        if self.written().chars().any(is_cjk) {
            Some(Lang::Zh)
        } else if self.written().chars().any(|c| c.is_ascii_alphabetic()) {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The unit as written without its magnitude: `亩` of `万亩`, `USD` of
    /// `billion USD`, `$` of `$ billion`.
    pub fn base_written(&self) -> Cow<'_, str> {
        strip_magnitude(self.written(), self.magnitude)
    }

    /// Whether values are percentages, whose changes are in percentage points.
    pub fn is_percent(&self) -> bool {
        self.per.is_none() && self.base.is(Dim::Percent)
    }

    /// Whether values are percentage points.
    pub fn is_points(&self) -> bool {
        self.per.is_none() && self.base.is(Dim::Points)
    }

    /// Whether the engine knows every part of the unit.
    pub fn is_known(&self) -> bool {
        self.base != Base::Other && self.per != Some(Base::Other)
    }

    /// The factor that turns an exact value in `other` (its magnitude
    /// applied) into this unit's base (without magnitude); `None` when they
    /// do not measure the same thing. 万亩 from 亩: 1; 亩 from 公顷: 15.
    pub fn from(&self, other: &Unit) -> Option<f64> {
        let (num, den) = self.sides();
        let (other_num, other_den) = other.sides();
        let base = other.base.per(&other_num, self.base, &num)?;
        match (self.per, other.per) {
            (None, None) => Some(base),
            (Some(a), Some(b)) => Some(base * a.per(den?, b, other_den?)?),
            _ => None,
        }
    }

    /// The base as written without its magnitude, and what it is per:
    /// (`亩`, None) of `万亩`; (`公斤`, `亩`) of `公斤/亩`; (`USD`, None) of
    /// `billion USD`.
    fn sides(&self) -> (Cow<'_, str>, Option<&str>) {
        let text = self.written();
        let (num, den) = split_rate(text).map_or((text, None), |(n, d)| (n, Some(d.trim())));
        (strip_magnitude(num.trim(), self.magnitude), den)
    }

    /// Whether values of the two units can be compared or added.
    pub fn converts(&self, other: &Unit) -> bool {
        self.from(other).is_some()
    }

    /// The unit without its magnitude, as shown in `lang`: `元`, `公斤/亩`,
    /// `hectares`, `students`; `count` chooses singular or plural.
    pub fn base_name(&self, lang: Lang, count: f64) -> String {
        let (num, den) = self.sides();
        let base = self.base.name(&num, lang, count);
        match (self.per, den) {
            (Some(per), Some(den)) => {
                let per_name = per.name(den, lang, 1.0);
                match lang {
                    Lang::Zh => format!("{base}/{per_name}"),
                    Lang::En if base.is_empty() => format!("per {per_name}"),
                    Lang::En => format!("{base} per {per_name}"),
                }
            }
            _ => base.to_string(),
        }
    }

    /// The English prefix of a currency (`$`, `CNY `), if the unit is money
    /// without a rate.
    pub fn prefix_en(&self) -> Option<&'static str> {
        if self.per.is_some() {
            return None;
        }
        self.base.known()?.prefix_en
    }
}

impl fmt::Display for Unit {
    /// The unit as written.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.written())
    }
}

/// Whether `c` is a CJK ideograph or CJK punctuation.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// `公斤/亩` → (`公斤`, `亩`); `USD per person` → (`USD`, `person`).
fn split_rate(text: &str) -> Option<(&str, &str)> {
    if let Some(at) = text.find(['/', '／']) {
        let slash = text[at..].chars().next().map_or(1, char::len_utf8);
        return Some((&text[..at], &text[at + slash..]));
    }
    let lower = text.to_ascii_lowercase();
    let at = lower.find(" per ")?;
    Some((&text[..at], &text[at + 5..]))
}

/// `text` without its magnitude word `m`.
/// (Borrowed unless English words have to be joined again.)
fn strip_magnitude(text: &str, m: Magnitude) -> Cow<'_, str> {
    if m == Magnitude::One {
        return Cow::Borrowed(text);
    }
    if !m.is_en() {
        return Cow::Borrowed(text.strip_prefix(m.as_str()).unwrap_or(text));
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| Magnitude::parse_en(w) != Some(m))
        .collect();
    Cow::Owned(words.join(" "))
}

/// Splits a magnitude off a unit without '/': a Chinese prefix (`万亩`,
/// `千公顷`; `千米` is a known unit first) or an English word anywhere
/// (`billion USD`, `$ billion`).
fn magnitude_and_base(text: &str) -> (Magnitude, Base) {
    let text = text.trim();
    if let Base::Known(k) = Base::parse(text) {
        return (Magnitude::One, Base::Known(k));
    }
    for m in Magnitude::ZH {
        if let Some(rest) = text.strip_prefix(m.as_str()) {
            return (m, Base::parse(rest));
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if let Some(i) = words.iter().position(|w| Magnitude::parse_en(w).is_some()) {
        let magnitude = Magnitude::parse_en(words[i]).unwrap_or(Magnitude::One);
        let rest: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, w)| *w)
            .collect();
        return (magnitude, Base::parse(&rest.join(" ")));
    }
    (Magnitude::One, Base::parse(text))
}

#[cfg(test)]
mod tests;
