//! The unit word after a number, as written: a known unit's name or a
//! counter in Chinese, a magnitude and a noun in English.

use crate::unit::KNOWN;

use super::find::MAGNITUDES_EN;

/// Chinese counters and units the known-unit table does not name, which an
/// article writes right after a number.
const COUNTERS: &[&str] = &[
    "张",
    "本",
    "部",
    "册",
    "块",
    "片",
    "棚",
    "箱",
    "袋",
    "吨",
    "羽",
    "尾",
    "匹",
    "头",
    "只",
    "亩",
    "户",
    "人",
    "名",
    "位",
    "个",
    "家",
    "所",
    "座",
    "项",
    "条",
    "处",
    "支",
    "件",
    "起",
    "期",
    "次",
    "轮",
    "批",
    "种",
    "篇",
    "场",
    "场次",
    "台",
    "辆",
    "套",
    "栋",
    "间",
    "株",
    "棵",
    "口",
    "份",
    "多人",
    "岁",
    "倍",
    "类",
    "级",
    "星",
    "栏",
    "天",
    "小时",
    "分钟",
    "个月",
    "周",
    "公里",
    "千米",
    "米",
    "元",
    "人次",
    "户次",
    "村",
    "镇",
    "乡",
    "组",
    "层",
    "床",
    "盏",
    "眼",
    "座次",
    "万人",
    "公顷",
    "平方米",
    "平米",
    "平方公里",
    "立方米",
    "千瓦",
    "千瓦时",
    "度",
    "斤",
    "公斤",
    "千克",
    "克",
    "美元",
    "欧元",
    "英镑",
    "港元",
    "日元",
    "年",
];

/// English words that are not the thing a number counts.
const NOT_UNITS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or",
    "than", "that", "the", "to", "was", "were", "with", "which", "who", "compared", "since",
    "when", "while", "after", "before", "last", "this", "per", "over", "up", "down", "more",
    "less", "year", "years", "percent",
];

/// The longest unit word at the start of `s`: a known unit's Chinese name,
/// a counter, or either over another (公斤/亩).
pub(super) fn chinese_unit(s: &str) -> &str {
    let names = KNOWN
        .iter()
        .flat_map(|k| k.zh.iter().copied())
        .chain(COUNTERS.iter().copied());
    let Some(len) = names.filter(|n| s.starts_with(n)).map(str::len).max() else {
        return "";
    };
    // A rate: 公斤/亩, 元/人.
    if let Some(rest) = s[len..].strip_prefix('/') {
        let per = chinese_unit_simple(rest);
        if !per.is_empty() {
            return &s[..len + 1 + per.len()];
        }
    }
    &s[..len]
}

fn chinese_unit_simple(s: &str) -> &str {
    let names = KNOWN
        .iter()
        .flat_map(|k| k.zh.iter().copied())
        .chain(COUNTERS.iter().copied());
    names
        .filter(|n| s.starts_with(n))
        .max_by_key(|n| n.len())
        .map_or("", |n| &s[..n.len()])
}

/// An English magnitude, "percent" and the counted noun after a number:
/// (` billion`, `percent` → `%`, ` students`). Returns the unit and how many
/// bytes it took.
pub(super) fn english_unit(s: &str) -> (String, usize) {
    let mut used = 0;
    let mut parts: Vec<String> = Vec::new();
    let word_at = |at: usize| -> Option<(&str, usize)> {
        let rest = &s[at..];
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        if spaces > 1 {
            return None;
        }
        let w = &rest[spaces..];
        let len = w
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
            .unwrap_or(w.len());
        (len > 0).then(|| (&w[..len], spaces + len))
    };
    if let Some((w, n)) =
        word_at(used).filter(|(w, _)| MAGNITUDES_EN.contains(&w.to_ascii_lowercase().as_str()))
    {
        parts.push(w.to_string());
        used += n;
    }
    if let Some((w, n)) = word_at(used).filter(|(w, _)| w.eq_ignore_ascii_case("percent")) {
        let _ = w;
        return ("%".into(), used + n);
    }
    if let Some((w, n)) = word_at(used) {
        let lower = w.to_ascii_lowercase();
        if !NOT_UNITS.contains(&lower.as_str())
            && w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && !w.ends_with("ly")
            && !w.ends_with("ed")
            && !w.ends_with("ing")
        {
            parts.push(w.to_string());
            used += n;
        }
    }
    if parts.is_empty() {
        return (String::new(), 0);
    }
    (parts.join(" "), used)
}
