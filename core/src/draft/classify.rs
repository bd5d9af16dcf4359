//! Whether a number is a figure: years, dates, times, ordinals, list
//! numbers, codes and names are not.

use std::ops::Range;

use super::find::{next_char, prev_char, Kind};

/// How many ASCII digits `s` starts with.
fn leading_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// What the number at `n` is, from what stands around it.
pub(super) fn classify(text: &str, n: &Range<usize>, urls: &[Range<usize>]) -> Kind {
    if urls.iter().any(|u| u.contains(&n.start)) {
        return Kind::Code;
    }
    let before = &text[..n.start];
    let after = &text[n.end..];
    let digits = &text[n.clone()];
    let prev = prev_char(text, n.start);
    let next = next_char(text, n.end);
    let after_next = next.map_or("", |c| &after[c.len_utf8()..]);
    let before_prev = prev.map_or("", |c| &before[..before.len() - c.len_utf8()]);
    // COVID-19, A4, /2020/, #3.
    if prev.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '_' | '#' | '.'))
        || (prev == Some('-') && before_prev.ends_with(|c: char| c.is_ascii_alphabetic()))
    {
        return Kind::Code;
    }
    let english_ordinal = ["st", "nd", "rd", "th"].iter().any(|s| {
        after.starts_with(s) && !after[2..].starts_with(|c: char| c.is_ascii_alphabetic())
    });
    if before.ends_with('第') || english_ordinal {
        return Kind::Ordinal;
    }
    let clock = |c: Option<char>, s: &str| c == Some(':') && leading_digits(s) == 2;
    if clock(next, after_next)
        || (prev == Some(':') && before_prev.ends_with(|c: char| c.is_ascii_digit()))
    {
        return Kind::Time;
    }
    if ['月', '日', '号'].iter().any(|c| after.starts_with(*c)) {
        return Kind::Date;
    }
    let is_year = digits.len() == 4 && (1900..=2100).contains(&digits.parse::<u32>().unwrap_or(0));
    let dash = |c: Option<char>| matches!(c, Some('-' | '/' | '.'));
    // 2020-11-25: the year and the parts after it.
    if is_year && dash(next) && (1..=2).contains(&leading_digits(after_next)) {
        return Kind::Date;
    }
    if digits.len() <= 2 && dash(prev) && date_before(before_prev) {
        return Kind::Date;
    }
    if is_year {
        let ranged = matches!(next, Some('-' | '—' | '–' | '至' | '~'))
            && matches!(leading_digits(after_next), 2 | 4);
        let ranged_end = matches!(prev, Some('-' | '—' | '–' | '至' | '~' | '、'));
        let english = [
            "in ", "since ", "by ", "of ", "from ", "to ", "until ", "during ", "fiscal ", "year ",
            "FY", "and ", "between ",
        ]
        .iter()
        .any(|w| before.ends_with(w));
        let counted = next == Some(' ') && after_next.starts_with(|c: char| c.is_ascii_lowercase())
            || next.is_some_and(|c| (c.is_alphanumeric() && c != '年') || c == '%');
        if after.starts_with('年') || ranged || ranged_end || english || !counted {
            return Kind::Year;
        }
    }
    // A list number: at the start of a line, followed by . 、 ) or ．
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let at_line_start = before[line_start..].trim().is_empty();
    if at_line_start
        && matches!(next, Some('.' | '、' | ')' | '）' | '．'))
        && leading_digits(after_next) == 0
    {
        return Kind::List;
    }
    // 555-123-4567, 0746-1234567: groups of digits joined by dashes.
    let joined = (next == Some('-') && leading_digits(after_next) >= 3)
        || (prev == Some('-') && before_prev.ends_with(|c: char| c.is_ascii_digit()));
    if joined {
        return Kind::Code;
    }
    // A name in quotes: “1234”就业扶贫.
    if matches!(prev, Some('“' | '"' | '「')) && matches!(next, Some('”' | '"' | '」')) {
        return Kind::Code;
    }
    Kind::Figure
}

/// Whether `before` ends with the start of a date written with dashes or
/// slashes (`2020-11` before `-25`).
fn date_before(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))
        .collect();
    tail.chars().filter(|c| c.is_ascii_digit()).count() >= 4
}
