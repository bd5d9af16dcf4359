//! Text in one or both languages.

use crate::types::Lang;

/// Text in one or both languages: the scorecard's default language always,
/// the other when the editor gave it. At least one is present, never empty.
///
/// Both are kept in one allocation (Chinese, then English): a scorecard
/// holds three texts a metric, and this halves what they cost.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    joined: Box<str>,
    /// Byte length of the Chinese part.
    zh_len: u32,
    /// Bit 0: Chinese is given; bit 1: English is given.
    given: u8,
}

impl Text {
    /// Text from its languages; an empty string counts as not given.
    pub fn new(zh: Option<&str>, en: Option<&str>) -> Text {
        let zh = zh.filter(|s| !s.is_empty());
        let en = en.filter(|s| !s.is_empty());
        let mut joined = String::with_capacity(zh.map_or(0, str::len) + en.map_or(0, str::len));
        joined.push_str(zh.unwrap_or(""));
        joined.push_str(en.unwrap_or(""));
        Text {
            zh_len: u32::try_from(zh.map_or(0, str::len)).unwrap_or(u32::MAX),
            joined: joined.into_boxed_str(),
            given: u8::from(zh.is_some()) | (u8::from(en.is_some()) << 1),
        }
    }

    /// The Chinese text, if given.
    pub fn zh(&self) -> Option<&str> {
        (self.given & 1 != 0).then(|| self.joined.get(..self.zh_len as usize).unwrap_or(""))
    }

    /// The English text, if given.
    pub fn en(&self) -> Option<&str> {
        (self.given & 2 != 0).then(|| self.joined.get(self.zh_len as usize..).unwrap_or(""))
    }

    /// The text in `lang`, and the language actually used (the other one
    /// when `lang` is missing, so the page can say so).
    pub fn get(&self, lang: Lang) -> (&str, Lang) {
        match (self.only(lang), self.only(lang.other())) {
            (Some(s), _) => (s, lang),
            (None, Some(s)) => (s, lang.other()),
            (None, None) => ("", lang),
        }
    }

    /// The text in `lang`, falling back to the other language.
    pub fn text(&self, lang: Lang) -> &str {
        self.get(lang).0
    }

    /// The text in `lang` only.
    pub fn only(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Zh => self.zh(),
            Lang::En => self.en(),
        }
    }

    /// Text in `lang` only.
    pub fn only_in(lang: Lang, s: &str) -> Text {
        match lang {
            Lang::Zh => Text::zh_only(s),
            Lang::En => Text::en_only(s),
        }
    }

    /// Chinese-only text.
    pub fn zh_only(s: &str) -> Text {
        Text::new(Some(s), None)
    }

    /// English-only text.
    pub fn en_only(s: &str) -> Text {
        Text::new(None, Some(s))
    }

    /// Text in both languages.
    pub fn both(zh: &str, en: &str) -> Text {
        Text::new(Some(zh), Some(en))
    }
}
