//! Which part of a figure a card draws large: the number, with a percent
//! sign or a Chinese magnitude right after it; the words around it (a
//! qualifier, the unit) are drawn smaller. Display only: the three parts
//! always join back into the text as formatted.

/// A formatted figure cut around its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Emphasis<'a> {
    /// What comes before the number (`约`, `$`, `about `).
    pub before: &'a str,
    /// The number itself (`11,298`, `0.36%`, `1.1万`).
    pub number: &'a str,
    /// What follows (`户`, ` households`, `个百分点`).
    pub after: &'a str,
}

/// Cuts `text` around its first number. Text without a digit is all
/// `before`; a sign directly before the digits belongs to the number.
pub fn emphasis(text: &str) -> Emphasis<'_> {
    let Some(first) = text.find(|c: char| c.is_ascii_digit()) else {
        return Emphasis {
            before: text,
            number: "",
            after: "",
        };
    };
    let start = text[..first]
        .char_indices()
        .next_back()
        .filter(|&(_, c)| matches!(c, '-' | '+' | '−'))
        .map_or(first, |(i, _)| i);
    let mut end = first;
    let mut chars = text[first..].char_indices().peekable();
    // Digits with their separators; a separator counts only between digits.
    while let Some(&(i, c)) = chars.peek() {
        let next_is_digit = || {
            text[first + i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|d| d.is_ascii_digit())
        };
        if c.is_ascii_digit() || (matches!(c, ',' | '.') && next_is_digit()) {
            end = first + i + c.len_utf8();
            chars.next();
        } else {
            break;
        }
    }
    // A percent sign or Chinese magnitudes written straight after it.
    for c in text[end..].chars() {
        if matches!(c, '%' | '‰' | '十' | '百' | '千' | '万' | '亿') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    Emphasis {
        before: &text[..start],
        number: &text[start..end],
        after: &text[end..],
    }
}

#[cfg(test)]
mod tests {
    use super::emphasis;

    #[test]
    fn cuts_figures_around_their_number() {
        let cases = [
            ("11,298户", "", "11,298", "户"),
            ("41,354 people", "", "41,354", " people"),
            ("0.36%", "", "0.36%", ""),
            ("1.1万户", "", "1.1万", "户"),
            ("约1.2万亿元", "约", "1.2万亿", "元"),
            ("$2.3 billion", "$", "2.3", " billion"),
            ("about 40", "about ", "40", ""),
            ("-3.5%", "", "-3.5%", ""),
            ("下降8.94个百分点", "下降", "8.94", "个百分点"),
            ("3年", "", "3", "年"),
            ("2,035元.", "", "2,035", "元."),
            ("12.", "", "12", "."),
            ("—", "—", "", ""),
            ("", "", "", ""),
        ];
        for (text, before, number, after) in cases {
            let e = emphasis(text);
            assert_eq!(
                (e.before, e.number, e.after),
                (before, number, after),
                "{text}"
            );
            assert_eq!(format!("{}{}{}", e.before, e.number, e.after), text);
        }
    }
}
