//! The sentence a figure stands in, the period it names, and a label from
//! the words before the figure.

use std::ops::Range;

/// Byte ranges of the sentences of `text`, trimmed: they end at 。！？!?；;
/// (kept: a clause after ； is quoted on its own), at a line break, or at
/// `. ` in English (not a decimal point).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let end = match c {
            '。' | '！' | '？' | '!' | '?' | '；' | ';' => Some(i + c.len_utf8()),
            '\n' => Some(i),
            '.' if next.is_none_or(|n| n == ' ' || n == '\n' || n == '"' || n == '”') => {
                Some(i + 1)
            }
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Period phrases: a start word, then a year, then what may follow it.
const LEADS: [&str; 9] = [
    "截至",
    "截止",
    "到",
    "自",
    "从",
    "由",
    "since ",
    "by the end of ",
    "in ",
];
const TAILS: [&str; 12] = [
    "年底",
    "年末",
    "年以来",
    "年上半年",
    "年下半年",
    "年前三季度",
    "年全年",
    "年1-",
    "年初",
    "年",
    "以来",
    "",
];

/// The period `sentence` names nearest before `at` (a byte offset in
/// `text`), else the first it names: `截至2019年底`, `2016年以来`, `2020年`,
/// `in 2022-23`, `上半年`.
pub fn period(text: &str, sentence: &Range<usize>, at: usize) -> Option<String> {
    let s = &text[sentence.clone()];
    let mut found: Vec<(usize, String)> = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        let is_year = b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (1900..=2100).contains(&s[i..i + 4].parse::<u32>().unwrap_or(0));
        if !is_year {
            i += 1;
            continue;
        }
        let mut start = i;
        for lead in LEADS {
            if s[..i].ends_with(lead) {
                start = i - lead.len();
                break;
            }
        }
        let mut end = i + 4;
        let rest = &s[end..];
        // A range of years: 2018-2020年, 2022-23.
        let range_len = ["-", "—", "–", "至"]
            .iter()
            .find_map(|d| {
                let r = rest.strip_prefix(d)?;
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                matches!(n, 2 | 4).then_some(d.len() + n)
            })
            .unwrap_or(0);
        end += range_len;
        let rest = &s[end..];
        if let Some(tail) = TAILS
            .iter()
            .find(|t| !t.is_empty() && rest.starts_with(**t))
        {
            end += tail.len();
            if tail.ends_with('-') {
                end += rest[tail.len()..]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                if s[end..].starts_with('月') {
                    end += '月'.len_utf8();
                }
            }
        }
        let english = s[start..end].starts_with(|c: char| c.is_ascii_alphabetic());
        if end > i + 4 || english || start < i {
            found.push((sentence.start + start, s[start..end].trim().to_string()));
        }
        i = end.max(i + 4);
    }
    for half in ["上半年", "下半年", "前三季度", "今年以来", "去年", "今年"] {
        if let Some(p) = s.find(half) {
            if !found
                .iter()
                .any(|(at, t)| t.contains(half) && *at <= sentence.start + p)
            {
                found.push((sentence.start + p, half.to_string()));
            }
        }
    }
    crate::sort::by_key(&mut found, |(p, _)| *p);
    found
        .iter()
        .rev()
        .find(|(p, _)| *p < at)
        .or(found.first())
        .map(|(_, t)| t.clone())
}

/// Clause separators: a label does not reach across them.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '；'
            | ';'
            | '：'
            | ':'
            | '、'
            | '。'
            | '（'
            | '('
            | '）'
            | ')'
            | '“'
            | '”'
            | '"'
            | '\n'
    )
}

/// Words that open a clause without naming what is counted.
const OPENERS: [&str; 10] = [
    "其中", "全区", "全县", "全市", "共", "累计", "此外", "同时", "并", "已",
];

/// A label for the figure at `figure` in `sentence`: the words before it in
/// its clause, without the period; else the words after it.
pub fn label(
    text: &str,
    sentence: &Range<usize>,
    figure: &Range<usize>,
    period: Option<&str>,
) -> String {
    let clause_start = text[sentence.start..figure.start]
        .char_indices()
        .filter(|&(_, c)| is_separator(c))
        .map(|(i, c)| sentence.start + i + c.len_utf8())
        .next_back()
        .unwrap_or(sentence.start);
    let mut before = text[clause_start..figure.start].trim();
    if let Some(p) = period {
        if let Some(rest) = before.strip_prefix(p) {
            before = rest.trim_start_matches(['，', ',', ' ']);
        }
    }
    for opener in OPENERS {
        if let Some(rest) = before.strip_prefix(opener) {
            if !rest.is_empty() {
                before = rest;
            }
        }
    }
    let before = before
        .trim_end_matches(['为', '是', '达', '到', ' '])
        .trim();
    if before.chars().count() >= 2 {
        return shorten(before);
    }
    let clause_end = text[figure.end..sentence.end]
        .char_indices()
        .find(|&(_, c)| is_separator(c))
        .map_or(sentence.end, |(i, _)| figure.end + i);
    let after = text[figure.end..clause_end].trim();
    let joined = format!("{before}{after}");
    shorten(if joined.trim().is_empty() {
        "figure"
    } else {
        joined.trim()
    })
}

/// At most 24 characters, the end kept (it is nearest the figure).
fn shorten(s: &str) -> String {
    let count = s.chars().count();
    s.chars().skip(count.saturating_sub(24)).collect()
}
