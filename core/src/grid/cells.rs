//! One cell at a time: what a cell shows, and a change to it.

use super::Col;
use crate::format::number;
use crate::model::{Metric, Scorecard, Section, Text};
use crate::types::{Direction, Lang, Qualifier, SectionKind};
use crate::unit::Unit;

/// Where a row's metric is: `sections[section].metrics[metric]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RowAt {
    /// Index of the section.
    pub section: usize,
    /// Index of the metric in its section.
    pub metric: usize,
}

/// Why a cell's text was not taken. The cell keeps the text, so the editor
/// can correct it.
#[derive(Debug, Clone, PartialEq)]
pub enum CellError {
    /// The value is not a number.
    NotANumber,
    /// The unit cannot be read (its reason, in English).
    Unit(String),
    /// Not one of the format's qualifiers.
    Qualifier,
    /// Not one of the format's directions.
    Direction,
    /// An id, a section or a quote must not be empty.
    Empty,
    /// The label in the scorecard's default language is required.
    NoLabel,
    /// Ids are letters, digits, `-` and `_`.
    Id,
    /// The row is not in the scorecard.
    NoRow,
    /// Not `zh` or `en`.
    Lang,
    /// Not an `http:` or `https:` link.
    Url,
    /// Not a section kind.
    Kind,
}

impl CellError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            CellError::NotANumber if zh => "不是数字（可写 11298、11,298 或 1.5）".into(),
            CellError::NotANumber => "not a number (write 11298, 11,298 or 1.5)".into(),
            CellError::Unit(why) if zh => format!("单位无法识别：{why}"),
            CellError::Unit(why) => format!("the unit cannot be read: {why}"),
            CellError::Qualifier => {
                let all: Vec<&str> = Qualifier::ALL.iter().map(|q| q.as_str()).collect();
                if zh {
                    format!("限定词须为：{}，或留空", all.join("、"))
                } else {
                    format!("a qualifier is one of: {}, or empty", all.join(", "))
                }
            }
            CellError::Direction => {
                let all: Vec<&str> = Direction::ALL.iter().map(|d| d.as_str()).collect();
                if zh {
                    format!("方向须为：{}", all.join("、"))
                } else {
                    format!("a direction is one of: {}", all.join(", "))
                }
            }
            CellError::Empty if zh => "不能为空".into(),
            CellError::Empty => "must not be empty".into(),
            CellError::NoLabel if zh => "数据卡默认语言的名称不能为空".into(),
            CellError::NoLabel => "the label in the scorecard's own language is needed".into(),
            CellError::Id if zh => "编号只能用字母、数字、- 和 _".into(),
            CellError::Id => "an id is letters, digits, - and _".into(),
            CellError::NoRow if zh => "这一行已不存在".into(),
            CellError::NoRow => "this row no longer exists".into(),
            CellError::Lang if zh => "须为 zh 或 en".into(),
            CellError::Lang => "zh or en".into(),
            CellError::Url if zh => "须为 http: 或 https: 链接".into(),
            CellError::Url => "an http: or https: link".into(),
            CellError::Kind if zh => "须为 headline 或 group".into(),
            CellError::Kind => "headline or group".into(),
        }
    }
}

/// Every row, in reading order.
pub fn rows(sc: &Scorecard) -> Vec<RowAt> {
    sc.sections
        .iter()
        .enumerate()
        .flat_map(|(section, s)| (0..s.metrics.len()).map(move |metric| RowAt { section, metric }))
        .collect()
}

fn metric(sc: &Scorecard, at: RowAt) -> Option<&Metric> {
    sc.sections.get(at.section)?.metrics.get(at.metric)
}

/// What the cell shows: the field as the file has it.
pub fn cell(sc: &Scorecard, at: RowAt, col: Col) -> String {
    let Some(m) = metric(sc, at) else {
        return String::new();
    };
    match col {
        Col::Section => sc.sections[at.section].id.clone(),
        Col::Id => m.id.clone(),
        Col::LabelZh => m.label.zh().unwrap_or("").into(),
        Col::LabelEn => m.label.en().unwrap_or("").into(),
        Col::Value => number(m.value, usize::from(m.decimals)).replace(',', ""),
        Col::Unit => m.unit.written().into(),
        Col::Qualifier => m.qualifier.map_or("", Qualifier::as_str).into(),
        Col::Period => m
            .period
            .as_ref()
            .map_or("", |p| p.text(sc.default_lang))
            .into(),
        Col::Direction => m.direction.as_str().into(),
        Col::Quote => m.quote.clone(),
    }
}

/// Reads a number as an editor or a spreadsheet writes it: `11298`,
/// `11,298`, `1.50`, `-3`; the digits after the point are kept.
pub(super) fn parse_number(text: &str) -> Option<(f64, u8)> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '，')
        .collect();
    let digits = t.strip_prefix('-').unwrap_or(&t);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !plain(int) || !plain(frac) || frac.len() > 20 {
        return None;
    }
    let value: f64 = t.parse().ok()?;
    value.is_finite().then_some((value, frac.len() as u8))
}

pub(super) fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `old` with its text in `which` set to `new` (empty removes it), the
/// other language kept; the scorecard's own language `required` must stay.
pub(super) fn with_lang(
    old: &Text,
    which: Lang,
    new: &str,
    required: Lang,
) -> Result<Text, CellError> {
    let (zh, en) = match which {
        Lang::Zh => (Some(new), old.en()),
        Lang::En => (old.zh(), Some(new)),
    };
    let text = Text::new(zh, en);
    if text.only(required).is_none() {
        return Err(CellError::NoLabel);
    }
    Ok(text)
}

/// Sets the cell to `text`. Returns where the row is afterwards (a new
/// section moves it); on an error nothing changes.
pub fn set(sc: &mut Scorecard, at: RowAt, col: Col, text: &str) -> Result<RowAt, CellError> {
    let lang = sc.default_lang;
    if metric(sc, at).is_none() {
        return Err(CellError::NoRow);
    }
    let trimmed = text.trim();
    if col == Col::Section {
        return move_to(sc, at, trimmed);
    }
    let m = &mut sc.sections[at.section].metrics[at.metric];
    match col {
        Col::Section => {}
        Col::Id if is_id(trimmed) => m.id = trimmed.into(),
        Col::Id if trimmed.is_empty() => return Err(CellError::Empty),
        Col::Id => return Err(CellError::Id),
        Col::LabelZh => m.label = with_lang(&m.label, Lang::Zh, trimmed, lang)?,
        Col::LabelEn => m.label = with_lang(&m.label, Lang::En, trimmed, lang)?,
        Col::Value => {
            let (value, decimals) = parse_number(trimmed).ok_or(CellError::NotANumber)?;
            m.value = value;
            m.decimals = decimals;
        }
        Col::Unit => {
            m.unit = Unit::parse(trimmed).map_err(|e| CellError::Unit(e.message(trimmed)))?
        }
        Col::Qualifier if trimmed.is_empty() => m.qualifier = None,
        Col::Qualifier => {
            m.qualifier = Some(
                Qualifier::ALL
                    .into_iter()
                    .find(|q| q.as_str().eq_ignore_ascii_case(trimmed))
                    .ok_or(CellError::Qualifier)?,
            )
        }
        Col::Period if trimmed.is_empty() => m.period = None,
        Col::Period => {
            // The other language's period, if any, no longer says the same.
            m.period = Some(Text::only_in(lang, trimmed))
        }
        Col::Direction => {
            m.direction = Direction::ALL
                .into_iter()
                .find(|d| d.as_str() == trimmed || direction_word(*d).contains(&trimmed))
                .ok_or(CellError::Direction)?
        }
        // A quote is verbatim: only the line ends a spreadsheet adds go.
        Col::Quote if trimmed.is_empty() => return Err(CellError::Empty),
        Col::Quote => m.quote = text.trim_matches(['\r', '\n']).into(),
    }
    Ok(at)
}

/// Other words an editor may type for a direction.
fn direction_word(d: Direction) -> &'static [&'static str] {
    match d {
        Direction::HigherIsBetter => &["up", "higher", "越高越好", "↑"],
        Direction::LowerIsBetter => &["down", "lower", "越低越好", "↓"],
        Direction::Neutral => &["", "中性", "—"],
    }
}

/// Moves the metric at `at` to the end of section `id`, made when there is
/// none; a section it leaves empty goes.
fn move_to(sc: &mut Scorecard, at: RowAt, id: &str) -> Result<RowAt, CellError> {
    if id.is_empty() {
        return Err(CellError::Empty);
    }
    if !is_id(id) {
        return Err(CellError::Id);
    }
    if sc.sections[at.section].id == id {
        return Ok(at);
    }
    let lang = sc.default_lang;
    let m = sc.sections[at.section].metrics.remove(at.metric);
    let mut from = Some(at.section);
    if sc.sections[at.section].metrics.is_empty() && sc.sections[at.section].items.is_empty() {
        sc.sections.remove(at.section);
        from = None;
    }
    let section = match sc.sections.iter().position(|s| s.id == id) {
        Some(i) => i,
        None => {
            // A new section goes after the one the metric came from.
            let i = from.map_or(sc.sections.len(), |f| f + 1);
            sc.sections.insert(
                i,
                Section {
                    id: id.into(),
                    kind: SectionKind::Group,
                    title: Text::only_in(lang, id),
                    focus: None,
                    metrics: Vec::new(),
                    items: Vec::new(),
                },
            );
            i
        }
    };
    sc.sections[section].metrics.push(m);
    Ok(RowAt {
        section,
        metric: sc.sections[section].metrics.len() - 1,
    })
}

/// Adds an empty row after `after` (or at the end), with an id no other
/// metric has; the editor fills it in. Returns where it is.
pub fn add_row(sc: &mut Scorecard, after: Option<RowAt>) -> RowAt {
    let lang = sc.default_lang;
    let taken: std::collections::HashSet<&str> = sc.metrics().map(|(_, m)| m.id.as_str()).collect();
    let id = (sc.metrics().count() + 1..)
        .map(|n| format!("figure-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_default();
    if sc.sections.is_empty() {
        sc.sections
            .push(crate::draft::figures_section(lang, Vec::new()));
    }
    let unit = after
        .and_then(|a| metric(sc, a))
        .map(|m| m.unit.clone())
        .or_else(|| Unit::parse(if lang == Lang::Zh { "个" } else { "units" }).ok());
    let Some(unit) = unit else {
        return RowAt {
            section: 0,
            metric: 0,
        };
    };
    let at = match after {
        Some(a) if a.section < sc.sections.len() => RowAt {
            section: a.section,
            metric: (a.metric + 1).min(sc.sections[a.section].metrics.len()),
        },
        _ => {
            let section = sc.sections.len() - 1;
            RowAt {
                section,
                metric: sc.sections[section].metrics.len(),
            }
        }
    };
    let label = Text::only_in(
        lang,
        if lang == Lang::Zh {
            "新指标"
        } else {
            "New figure"
        },
    );
    sc.sections[at.section].metrics.insert(
        at.metric,
        Metric {
            id,
            label,
            value: 0.0,
            decimals: 0,
            unit,
            qualifier: None,
            period: None,
            topic: None,
            direction: Direction::Neutral,
            series: Vec::new(),
            parts: Vec::new(),
            change: None,
            also: Vec::new(),
            quote: String::new(),
        },
    );
    at
}

/// Removes the row at `at`, and its section when nothing is left in it.
pub fn remove_row(sc: &mut Scorecard, at: RowAt) -> bool {
    let Some(section) = sc.sections.get_mut(at.section) else {
        return false;
    };
    if at.metric >= section.metrics.len() {
        return false;
    }
    section.metrics.remove(at.metric);
    if section.metrics.is_empty() && section.items.is_empty() && sc.sections.len() > 1 {
        sc.sections.remove(at.section);
    }
    true
}

/// The cell a problem's path points into (`sections[2].metrics[5].unit`),
/// when it is one of the grid's.
pub fn cell_of_path(path: &str) -> Option<(RowAt, Col)> {
    let rest = path.strip_prefix("sections[")?;
    let (section, rest) = rest.split_once("].metrics[")?;
    let (metric, rest) = rest.split_once(']')?;
    let at = RowAt {
        section: section.parse().ok()?,
        metric: metric.parse().ok()?,
    };
    let field = rest.strip_prefix('.').unwrap_or("");
    let (name, sub) = field.split_once('.').unwrap_or((field, ""));
    let col = match name {
        "" | "id" => Col::Id,
        "label" if sub == "en" => Col::LabelEn,
        "label" => Col::LabelZh,
        "value" | "change" | "also" | "series" | "parts" => Col::Value,
        "unit" => Col::Unit,
        "qualifier" => Col::Qualifier,
        "period" => Col::Period,
        "direction" => Col::Direction,
        "quote" => Col::Quote,
        _ => Col::Id,
    };
    Some((at, col))
}
