//! The validator's messages in Chinese. Messages are made in English where
//! each problem is found; this table gives each message shape its Chinese
//! form, so the CLI (`check --lang zh`) and the page speak the editor's
//! language. A test holds every message of the invalid corpus to a
//! translation.

use std::borrow::Cow;

use crate::types::Lang;

/// (English shape, Chinese shape). `{}` in the English shape stands for a
/// part copied over (a name, a number, a quoted value); `{0}`, `{1}` … in
/// the Chinese shape put those parts in Chinese order. Longer, more specific
/// shapes come before shorter ones that would also match.
const SHAPES: &[(&str, &str)] = &[
    ("unknown field \"{}\" (did you mean \"{}\"?); expected one of: {}", "未知字段 \"{0}\"（是否想写 \"{1}\"？）；可用字段：{2}"),
    ("unknown field \"{}\"; expected one of: {}", "未知字段 \"{0}\"；可用字段：{1}"),
    ("field \"{}\" needs \"schema_version\": 2", "字段 \"{0}\" 需要 \"schema_version\": 2"),
    ("field \"{}\" appears twice (first at {})", "字段 \"{0}\" 出现了两次（第一次在 {1}）"),
    ("missing required field \"{}\"", "缺少必填字段 \"{0}\""),
    ("expected {}, found {}", "应为{0}，实际是{1}"),
    ("\"{}\" is not one of {}", "\"{0}\" 不是可选值之一：{1}"),
    ("\"{}\" is not an id: use 1–64 of a-z, 0-9 and '-', starting with a letter", "\"{0}\" 不是合法 ID：请用 1–64 个 a-z、0-9 或 '-'，以字母开头"),
    ("\"{}\" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]", "\"{0}\" 不是 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM[:SS][+HH:MM] 格式的日期"),
    ("\"{}\" is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]", "\"{0}\" 不是 YYYY、YYYY-MM、YYYY-MM-DD 或 YYYY-MM-DDTHH:MM[:SS][+HH:MM] 格式的日期"),
    ("\"{}\" is not a unit of format version 1; use an optional 万 or 亿 followed by one of: {} (version 2 takes any unit)", "\"{0}\" 不是第 1 版格式的单位；请用可选的“万”或“亿”加上以下之一：{1}（第 2 版可写任意单位）"),
    ("\"{}\" has a digit: the number belongs in \"value\", the unit is only the word after it", "\"{0}\" 含有数字：数字应写在 \"value\" 中，单位只是数字后面的词"),
    ("\"{}\" is longer than {} characters", "\"{0}\" 超过 {1} 个字符"),
    ("\"{}\" has a control character", "\"{0}\" 含有控制字符"),
    ("\"{}\": a percentage takes no magnitude", "\"{0}\"：百分比不能带数量级"),
    ("\"{}\": a rate needs a unit on both sides of '/'", "\"{0}\"：比率单位的 '/' 两边都要有单位"),
    ("a unit must not be empty; write the unit word as the article does, e.g. \"户\" or \"students\"", "单位不能为空；请照原文写出单位，如 \"户\" 或 \"students\""),
    ("\"{}\" is not a unit I know; it is shown as written and compared only with itself ({} figures)", "\"{0}\" 不是已知单位；将照原文显示，只与同一单位比较（{1} 个数字）"),
    ("\"{}\" is not a unit I know; it is shown as written and compared only with itself ({} figure)", "\"{0}\" 不是已知单位；将照原文显示，只与同一单位比较（{1} 个数字）"),
    ("\"{}\" cannot be a part of itself", "\"{0}\" 不能是它自己的组成部分"),
    ("\"{}\" is in {} but \"{}\" is in {}; they cannot be compared", "\"{0}\" 的单位是 {1}，而 \"{2}\" 的单位是 {3}，无法比较"),
    ("\"{}\" is in {}; shares must be in %", "\"{0}\" 的单位是 {1}；占比必须以 % 表示"),
    ("a \"shares\" relation has no total: its parts add up to 100%", "\"shares\" 关系没有总数：各部分之和为 100%"),
    ("a change in {} needs a metric in %, not {}", "以 {0} 表示的变化需要指标单位为 %，而不是 {1}"),
    ("a change in {} does not fit a metric in {}; use %, 百分点 for a rate, or a unit like the metric's", "以 {0} 表示的变化与单位为 {1} 的指标不符；请用 %、比率用百分点，或与指标同类的单位"),
    ("a source without \"published\" needs \"retrieved\": the date the article was read", "没有 \"published\" 的来源需要 \"retrieved\"：读取文章的日期"),
    ("a series needs at least two points", "序列至少需要两个点"),
    ("series years must increase", "序列的年份必须递增"),
    ("needs at least one part", "至少需要一个组成部分"),
    ("needs at least one section", "至少需要一个部分"),
    ("must not be empty", "不能为空"),
    ("no metric has the id \"{}\"", "没有 ID 为 \"{0}\" 的指标"),
    ("id \"{}\" is already used at {} ({})", "ID \"{0}\" 已在 {1}（{2}）使用"),
    ("{} is not a four-digit year", "{0} 不是四位数年份"),
    ("{} entries; the limit is {}", "{0} 条；上限为 {1}"),
    ("{} metrics; the limit is {}", "{0} 个指标；上限为 {1}"),
    ("more than {} metrics", "超过 {0} 个指标"),
    ("schema_version {} is not supported; this build reads versions {}", "不支持 schema_version {0}；本版本可读取的版本：{1}"),
    ("\"{}\" is neither an https: address nor on this page's origin", "\"{0}\" 既不是 https: 地址，也不在本页的源上"),
    ("{} answered HTTP {}", "{0} 返回 HTTP {1}"),
    ("could not reach {} (offline, or its host does not allow this page to read it)", "无法连接 {0}（离线，或其主机不允许本页读取）"),
    ("the file is not a scorecard", "此文件不是数据卡"),
    ("the file is empty", "文件为空"),
    ("the file is UTF-16; save it as UTF-8", "文件是 UTF-16 编码；请另存为 UTF-8"),
    ("the file is {} bytes; the limit is {} bytes (5 MiB)", "文件有 {0} 字节；上限为 {1} 字节（5 MiB）"),
    ("invalid UTF-8 at byte {}; save the file as UTF-8", "第 {0} 字节处不是有效的 UTF-8；请将文件另存为 UTF-8"),
    ("comments are not allowed in JSON; remove it", "JSON 不允许注释；请删除"),
    ("strings use double quotes in JSON", "JSON 字符串要用双引号"),
    ("string is not closed", "字符串没有结束引号"),
    ("string longer than {} bytes", "字符串超过 {0} 字节"),
    ("trailing comma before ']'", "']' 前多了逗号"),
    ("trailing comma before '}'", "'}' 前多了逗号"),
    ("expected ',' or ']', found {}", "应为 ',' 或 ']'，实际是 {0}"),
    ("expected ',' or '}', found {}", "应为 ',' 或 '}'，实际是 {0}"),
    ("expected a quoted field name, found {}", "应为带引号的字段名，实际是 {0}"),
    ("expected a value, found {}", "应为一个值，实际是 {0}"),
    ("expected a digit after the decimal point", "小数点后应有数字"),
    ("expected a digit in the exponent", "指数中应有数字"),
    ("expected a digit, found {}", "应为数字，实际是 {0}"),
    ("numbers must not have leading zeros", "数字不能有前导零"),
    ("-NaN and -Infinity are not numbers in JSON", "-NaN 和 -Infinity 在 JSON 中不是数字"),
    ("NaN and Infinity are not numbers in JSON", "NaN 和 Infinity 在 JSON 中不是数字"),
    ("URL contains a forbidden character U+{}", "链接含有不允许的字符 U+{0}"),
    ("URL has no valid host", "链接没有有效的主机名"),
    ("URL longer than 2048 characters", "链接超过 2048 个字符"),
    ("URL must not contain credentials (user@host)", "链接不能含有登录信息（user@host）"),
    ("only http: and https: links are allowed", "只允许 http: 和 https: 链接"),
    ("{} is not a number", "{0} 不是数字"),
    ("{} is too large for a number", "{0} 太大，超出数字范围"),
    ("invalid escape \\{}", "无效的转义 \\{0}"),
    ("\\u{} is half of a surrogate pair without its other half", "\\u{0} 是代理对的一半，缺少另一半"),
    ("{} inside a string; write it as an escape such as \\n", "字符串中有{0}；请写成转义，如 \\n"),
    ("nesting deeper than {} levels", "嵌套超过 {0} 层"),
    ("unexpected {} after the end of the document", "文档结束后出现了多余的 {0}"),
    ("not every part ≤ {}: {}", "并非每一部分都 ≤ {0}：{1}"),
    ("shares {} add up to {}%, not 100%", "占比 {0} 之和为 {1}%，不是 100%"),
    ("{} {} is not {} {} within rounding (it is {} {})", "{0} {1} 与 {2} {3} 在舍入范围内不一致（换算为 {4} {5}）"),
    ("{} ≠ {} = {} in {}", "{0} ≠ {1} = {2}（单位：{3}）"),
];

/// Words that stand in the parts copied over: JSON types and what a
/// parser found.
const WORDS: &[(&str, &str)] = &[
    (
        "a string or {\"zh\": …, \"en\": …}",
        "字符串或 {\"zh\": …, \"en\": …}",
    ),
    ("an object", "对象"),
    ("an array", "数组"),
    ("a string", "字符串"),
    ("a number", "数字"),
    ("object", "对象"),
    ("array", "数组"),
    ("string", "字符串"),
    ("number", "数字"),
    ("boolean", "布尔值"),
    ("end of file", "文件结尾"),
    ("end", "结尾"),
];

/// `message` in `lang`: unchanged in English; in Chinese by its shape, or
/// unchanged when no shape fits (a test keeps that from happening).
pub fn message_in(message: &str, lang: Lang) -> Cow<'_, str> {
    if lang == Lang::En {
        return Cow::Borrowed(message);
    }
    for (en, zh) in SHAPES {
        if let Some(parts) = fit(en, message) {
            return Cow::Owned(fill(zh, &parts));
        }
    }
    Cow::Borrowed(message)
}

/// The parts of `message` in the holes of `shape`, if it has that shape.
fn fit<'m>(shape: &str, message: &'m str) -> Option<Vec<&'m str>> {
    let mut pieces = shape.split("{}");
    let first = pieces.next()?;
    let mut rest = message.strip_prefix(first)?;
    let pieces: Vec<&str> = pieces.collect();
    let mut parts = Vec::with_capacity(pieces.len());
    for (i, piece) in pieces.iter().enumerate() {
        let last = i + 1 == pieces.len();
        // The last hole takes what is left before the final piece.
        let at = if last {
            rest.len()
                .checked_sub(piece.len())
                .filter(|&at| rest.get(at..) == Some(piece))?
        } else if piece.is_empty() {
            return None;
        } else {
            rest.find(piece)?
        };
        parts.push(&rest[..at]);
        rest = &rest[at + piece.len()..];
    }
    rest.is_empty().then_some(parts)
}

/// `shape` with `{0}`, `{1}` … replaced by the parts, words translated.
fn fill(shape: &str, parts: &[&str]) -> String {
    let mut out = shape.to_string();
    for (i, part) in parts.iter().enumerate() {
        let word = WORDS
            .iter()
            .find(|(en, _)| en == part)
            .map_or(*part, |(_, zh)| zh);
        out = out.replace(&format!("{{{i}}}"), word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_fit_and_fill_in_chinese_order() {
        let cases = [
            ("missing required field \"quote\"", "缺少必填字段 \"quote\""),
            ("expected an object, found string", "应为对象，实际是字符串"),
            (
                "\"x\" is in 户 but \"y\" is in 人; they cannot be compared",
                "\"x\" 的单位是 户，而 \"y\" 的单位是 人，无法比较",
            ),
            ("no such message", "no such message"),
        ];
        for (en, zh) in cases {
            assert_eq!(message_in(en, Lang::Zh), zh);
            assert_eq!(message_in(en, Lang::En), en);
        }
    }
}
