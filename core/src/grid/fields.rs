//! The scorecard's own fields beside the grid: its id, title and source.

use super::cells::{with_lang, CellError};
use crate::model::Scorecard;
use crate::types::Lang;

/// A field of the scorecard or its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The scorecard's id (`?card=`, file names).
    Id,
    /// The language of the file's plain texts.
    Lang,
    /// The title in Chinese.
    TitleZh,
    /// The title in English.
    TitleEn,
    /// The publication.
    Outlet,
    /// The article's headline.
    SourceTitle,
    /// The article's link.
    Url,
    /// When the article was published.
    Published,
    /// When the article was read, when it gives no date.
    Retrieved,
}

impl Field {
    /// Every field, in the form's order.
    pub const ALL: [Field; 9] = [
        Field::Id,
        Field::Lang,
        Field::TitleZh,
        Field::TitleEn,
        Field::Outlet,
        Field::SourceTitle,
        Field::Url,
        Field::Published,
        Field::Retrieved,
    ];

    /// The field's path in the file (also its `data-field`).
    pub fn path(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Lang => "default_lang",
            Field::TitleZh => "title.zh",
            Field::TitleEn => "title.en",
            Field::Outlet => "source.outlet",
            Field::SourceTitle => "source.title",
            Field::Url => "source.url",
            Field::Published => "source.published",
            Field::Retrieved => "source.retrieved",
        }
    }

    /// The field's name in the page.
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Field::Id => ("数据卡编号", "Scorecard id"),
            Field::Lang => ("文件语言（zh / en）", "File language (zh / en)"),
            Field::TitleZh => ("标题（中文）", "Title (Chinese)"),
            Field::TitleEn => ("标题（英文）", "Title (English)"),
            Field::Outlet => ("媒体", "Outlet"),
            Field::SourceTitle => ("原文标题", "Article headline"),
            Field::Url => ("原文链接", "Article link"),
            Field::Published => ("发布日期", "Published"),
            Field::Retrieved => (
                "读取日期（原文无日期时）",
                "Read on (when the article has no date)",
            ),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The field a problem's path is about.
    pub fn of_path(path: &str) -> Option<Field> {
        let exact = Field::ALL.into_iter().find(|f| f.path() == path);
        exact.or(match path {
            "title" => Some(Field::TitleZh),
            "source" => Some(Field::Published),
            p if p.starts_with("source.outlet") => Some(Field::Outlet),
            p if p.starts_with("source.title") => Some(Field::SourceTitle),
            _ => None,
        })
    }
}

/// What the field shows.
pub fn field(sc: &Scorecard, f: Field) -> String {
    let lang = sc.default_lang;
    let s = match f {
        Field::Id => sc.id.as_str(),
        Field::Lang => lang.as_str(),
        Field::TitleZh => sc.title.zh().unwrap_or(""),
        Field::TitleEn => sc.title.en().unwrap_or(""),
        Field::Outlet => sc.source.outlet.text(lang),
        Field::SourceTitle => sc.source.title.text(lang),
        Field::Url => sc.source.url.as_str(),
        Field::Published => sc.source.published.as_deref().unwrap_or(""),
        Field::Retrieved => sc.source.retrieved.as_deref().unwrap_or(""),
    };
    s.to_string()
}

/// Sets the field to `text`; on an error nothing changes.
pub fn set_field(sc: &mut Scorecard, f: Field, text: &str) -> Result<(), CellError> {
    let t = text.trim();
    let lang = sc.default_lang;
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_string());
    match f {
        Field::Id if t.is_empty() => return Err(CellError::Empty),
        Field::Id if !super::cells::is_id(t) => return Err(CellError::Id),
        Field::Id => sc.id = t.into(),
        Field::Lang => sc.default_lang = Lang::parse(t).ok_or(CellError::Lang)?,
        Field::TitleZh => sc.title = with_lang(&sc.title, Lang::Zh, t, lang)?,
        Field::TitleEn => sc.title = with_lang(&sc.title, Lang::En, t, lang)?,
        Field::Outlet | Field::SourceTitle if t.is_empty() => return Err(CellError::Empty),
        Field::Outlet => sc.source.outlet = with_lang(&sc.source.outlet, lang, t, lang)?,
        Field::SourceTitle => sc.source.title = with_lang(&sc.source.title, lang, t, lang)?,
        Field::Url => {
            crate::url::check_http_url(t).map_err(|_| CellError::Url)?;
            sc.source.url = t.into();
        }
        Field::Published => sc.source.published = optional(t),
        Field::Retrieved => sc.source.retrieved = optional(t),
    }
    Ok(())
}
