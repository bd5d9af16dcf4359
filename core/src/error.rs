//! Problems found in a scorecard file, with where they are.

use std::fmt;

use crate::types::Lang;

/// A 1-based line and column (columns count Unicode characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column, from 1, in characters.
    pub col: u32,
}

impl Pos {
    /// The start of a file.
    pub const START: Pos = Pos { line: 1, col: 1 };

    /// The position just after `text`, when `text` starts at [`Pos::START`].
    pub fn after(text: &str) -> Pos {
        Pos::START.advance(text)
    }

    /// The position just after `text`, when `text` starts here.
    pub fn advance(self, text: &str) -> Pos {
        let mut pos = self;
        for c in text.chars() {
            if c == '\n' {
                pos.line += 1;
                pos.col = 1;
            } else {
                pos.col += 1;
            }
        }
        pos
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// The category of a problem; fixture files name the kind they expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// Not JSON at all, or broken JSON.
    Syntax,
    /// Not UTF-8.
    Encoding,
    /// A comment, which JSON does not allow.
    Comment,
    /// A comma before a closing bracket.
    TrailingComma,
    /// The same key twice in one object.
    DuplicateKey,
    /// A number that is not finite, or out of the accepted range.
    NumberOutOfRange,
    /// The file exceeds the size limit.
    TooLarge,
    /// Nesting exceeds the depth limit.
    TooDeep,
    /// A string exceeds the length limit.
    StringTooLong,
    /// More items than the format allows.
    TooMany,
    /// A value of the wrong JSON type.
    WrongType,
    /// A field the format does not define.
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// A value outside the allowed set or shape.
    InvalidValue,
    /// Two things share one id.
    DuplicateId,
    /// A reference to an id that does not exist.
    DanglingReference,
    /// A relation whose arithmetic does not hold.
    RelationFails,
    /// A quote that is empty.
    EmptyQuote,
    /// A link that is not http(s).
    UnsafeUrl,
    /// A `schema_version` this build does not read.
    UnsupportedVersion,
    /// The file could not be read from its address (an embed's `src`).
    Unreachable,
    /// Not a problem: something an editor may want to know (a unit the
    /// engine does not know is shown as written).
    Note,
}

impl ProblemKind {
    /// A stable machine name, used by fixtures and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Syntax => "syntax",
            ProblemKind::Encoding => "encoding",
            ProblemKind::Comment => "comment",
            ProblemKind::TrailingComma => "trailing-comma",
            ProblemKind::DuplicateKey => "duplicate-key",
            ProblemKind::NumberOutOfRange => "number-out-of-range",
            ProblemKind::TooLarge => "too-large",
            ProblemKind::TooDeep => "too-deep",
            ProblemKind::StringTooLong => "string-too-long",
            ProblemKind::TooMany => "too-many",
            ProblemKind::WrongType => "wrong-type",
            ProblemKind::UnknownField => "unknown-field",
            ProblemKind::MissingField => "missing-field",
            ProblemKind::InvalidValue => "invalid-value",
            ProblemKind::DuplicateId => "duplicate-id",
            ProblemKind::DanglingReference => "dangling-reference",
            ProblemKind::RelationFails => "relation-fails",
            ProblemKind::EmptyQuote => "empty-quote",
            ProblemKind::UnsafeUrl => "unsafe-url",
            ProblemKind::UnsupportedVersion => "unsupported-version",
            ProblemKind::Unreachable => "unreachable",
            ProblemKind::Note => "note",
        }
    }

    /// A short title for the reader, in their language.
    pub fn title(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            ProblemKind::Syntax => ("JSON 语法错误", "JSON syntax error"),
            ProblemKind::Encoding => ("编码错误", "Encoding error"),
            ProblemKind::Comment => ("不允许注释", "Comments are not allowed"),
            ProblemKind::TrailingComma => ("多余的逗号", "Trailing comma"),
            ProblemKind::DuplicateKey => ("字段重复", "Duplicate field"),
            ProblemKind::NumberOutOfRange => ("数值超出范围", "Number out of range"),
            ProblemKind::TooLarge => ("文件过大", "File too large"),
            ProblemKind::TooDeep => ("嵌套过深", "Nested too deeply"),
            ProblemKind::StringTooLong => ("文本过长", "Text too long"),
            ProblemKind::TooMany => ("条目过多", "Too many entries"),
            ProblemKind::WrongType => ("类型错误", "Wrong type"),
            ProblemKind::UnknownField => ("未知字段", "Unknown field"),
            ProblemKind::MissingField => ("缺少字段", "Missing field"),
            ProblemKind::InvalidValue => ("取值无效", "Invalid value"),
            ProblemKind::DuplicateId => ("ID 重复", "Duplicate id"),
            ProblemKind::DanglingReference => ("引用不存在", "Unknown reference"),
            ProblemKind::RelationFails => ("核验不成立", "Check does not hold"),
            ProblemKind::EmptyQuote => ("原文引句为空", "Empty quote"),
            ProblemKind::UnsafeUrl => ("链接不安全", "Unsafe link"),
            ProblemKind::UnsupportedVersion => ("不支持的格式版本", "Unsupported format version"),
            ProblemKind::Unreachable => ("无法读取文件", "File could not be loaded"),
            ProblemKind::Note => ("提示", "Note"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// One problem in a scorecard file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where it is.
    pub pos: Pos,
    /// The JSON path of the offending value, e.g. `sections[2].metrics[0].unit`.
    pub path: String,
    /// The category.
    pub kind: ProblemKind,
    /// What was found and what is expected.
    pub message: String,
}

impl Problem {
    /// What was found and what is expected, in `lang`.
    pub fn message_in(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        crate::messages::message_in(&self.message, lang)
    }
}

impl fmt::Display for Problem {
    /// `LINE:COL: path: message`, the CLI's format after the file name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "$"
        } else {
            &self.path
        };
        write!(f, "{}: {}: {}", self.pos, path, self.message)
    }
}

/// A short, single-line preview of untrusted text for messages.
pub fn preview(s: &str) -> String {
    preview_of(s, 40)
}

/// Untrusted text for a message: at most `max` characters (then `…`),
/// control characters replaced.
pub fn preview_of(s: &str, max: usize) -> String {
    let mut out: String = s
        .chars()
        .take(max)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}
