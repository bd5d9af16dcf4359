//! The sections' own cells: id, kind and title.

use super::cells::{is_id, with_lang, CellError};
use crate::model::Scorecard;
use crate::types::{Lang, SectionKind};

/// A column of the sections' table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionCol {
    /// The section's id (`?section=`).
    Id,
    /// `headline` or `group`.
    Kind,
    /// The title in Chinese.
    TitleZh,
    /// The title in English.
    TitleEn,
}

impl SectionCol {
    /// Every column, in the table's order.
    pub const ALL: [SectionCol; 4] = [
        SectionCol::Id,
        SectionCol::Kind,
        SectionCol::TitleZh,
        SectionCol::TitleEn,
    ];

    /// The column's name (also its `data-col`).
    pub fn as_str(self) -> &'static str {
        match self {
            SectionCol::Id => "id",
            SectionCol::Kind => "kind",
            SectionCol::TitleZh => "title_zh",
            SectionCol::TitleEn => "title_en",
        }
    }

    /// The column's heading in the page.
    pub fn heading(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            SectionCol::Id => ("分组编号", "Section id"),
            SectionCol::Kind => ("类型（headline / group）", "Kind (headline / group)"),
            SectionCol::TitleZh => ("标题（中文）", "Title (Chinese)"),
            SectionCol::TitleEn => ("标题（英文）", "Title (English)"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// What the cell of section `i` shows.
pub fn section_cell(sc: &Scorecard, i: usize, col: SectionCol) -> String {
    let Some(s) = sc.sections.get(i) else {
        return String::new();
    };
    match col {
        SectionCol::Id => s.id.clone(),
        SectionCol::Kind => s.kind.as_str().into(),
        SectionCol::TitleZh => s.title.zh().unwrap_or("").into(),
        SectionCol::TitleEn => s.title.en().unwrap_or("").into(),
    }
}

/// Sets the cell of section `i`; on an error nothing changes.
pub fn set_section(
    sc: &mut Scorecard,
    i: usize,
    col: SectionCol,
    text: &str,
) -> Result<(), CellError> {
    let lang = sc.default_lang;
    let t = text.trim();
    let Some(s) = sc.sections.get_mut(i) else {
        return Err(CellError::NoRow);
    };
    match col {
        SectionCol::Id if t.is_empty() => return Err(CellError::Empty),
        SectionCol::Id if !is_id(t) => return Err(CellError::Id),
        SectionCol::Id => s.id = t.into(),
        SectionCol::Kind => s.kind = SectionKind::parse(t).ok_or(CellError::Kind)?,
        SectionCol::TitleZh => s.title = with_lang(&s.title, Lang::Zh, t, lang)?,
        SectionCol::TitleEn => s.title = with_lang(&s.title, Lang::En, t, lang)?,
    }
    Ok(())
}

/// The section cell a problem's path points into (`sections[2].title`).
pub fn section_of_path(path: &str) -> Option<(usize, SectionCol)> {
    let rest = path.strip_prefix("sections[")?;
    let (i, rest) = rest.split_once(']')?;
    let i = i.parse().ok()?;
    let col = match rest.strip_prefix('.').unwrap_or("") {
        "" | "id" => SectionCol::Id,
        "kind" => SectionCol::Kind,
        "title.en" => SectionCol::TitleEn,
        r if r.starts_with("title") => SectionCol::TitleZh,
        _ => return None,
    };
    Some((i, col))
}
