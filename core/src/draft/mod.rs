//! Drafting a scorecard from an article's text: every figure written with
//! Arabic numerals, with its unit, hedge and period as written, the sentence
//! it stands in as its quote, and a suggested label. An editor then keeps,
//! labels and groups them; nothing here invents a figure.

mod classify;
mod coverage;
mod find;
pub mod html;
mod sentence;
mod unit_words;

use std::ops::Range;

pub use coverage::{coverage, value_in_quote, Coverage};
pub use find::{find, Found, Kind};
pub use sentence::sentences;

use crate::error::Pos;
use crate::model::{Metric, Scorecard, Section, Source, Text, SCHEMA_VERSION};
use crate::types::{Direction, Lang, SectionKind};
use crate::unit::Unit;

/// A number of the article, in its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What was found.
    pub found: Found,
    /// Where it is: line and column of the number.
    pub pos: Pos,
    /// Byte range of its sentence in the text.
    pub sentence: Range<usize>,
    /// The period its sentence names, as written.
    pub period: Option<String>,
    /// Words of its clause that say what it counts.
    pub label: String,
}

impl Figure {
    /// The sentence, verbatim.
    pub fn quote<'t>(&self, text: &'t str) -> &'t str {
        &text[self.sentence.clone()]
    }
}

/// Every number of `text` in reading order, figures and not.
pub fn figures(text: &str) -> Vec<Figure> {
    let sentences = sentences(text);
    let mut pos = Pos::START;
    let mut last = 0;
    find(text)
        .into_iter()
        .map(|found| {
            pos = pos.advance(&text[last..found.number.start]);
            last = found.number.start;
            // Sentences are in order: the first that ends at or after the
            // number is the only one that can hold it.
            let at = sentences.partition_point(|s| s.end < found.number.end);
            let sentence = sentences
                .get(at)
                .filter(|s| s.start <= found.number.start && found.number.end <= s.end)
                .cloned()
                .unwrap_or(found.range.clone());
            let period = sentence::period(text, &sentence, found.number.start);
            let label = sentence::label(text, &sentence, &found.range, period.as_deref());
            Figure {
                found,
                pos,
                sentence,
                period,
                label,
            }
        })
        .collect()
}

/// What a draft needs that the text may not say.
#[derive(Debug, Clone)]
pub struct Options {
    /// The scorecard's id.
    pub id: String,
    /// The article's language.
    pub lang: Lang,
    /// Today's date (`YYYY-MM-DD`), for `retrieved` when the text gives no
    /// publication date.
    pub today: String,
}

/// The header lines an article file may start with (`Title: …`, `URL: …`),
/// and where its body starts.
pub struct Header<'t> {
    /// The headline.
    pub title: Option<&'t str>,
    /// The link.
    pub url: Option<&'t str>,
    /// Byte offset of the body.
    pub body: usize,
}

/// Reads `Title:` and `URL:` lines at the top of `text`.
pub fn header(text: &str) -> Header<'_> {
    let mut h = Header {
        title: None,
        url: None,
        body: 0,
    };
    for line in text.split_inclusive('\n') {
        let l = line.trim_end();
        if let Some(t) = l.strip_prefix("Title: ") {
            h.title = Some(t.trim());
        } else if let Some(u) = l.strip_prefix("URL: ") {
            h.url = Some(u.trim());
        } else if !(l.is_empty() && (h.title.is_some() || h.url.is_some())) {
            break;
        }
        h.body += line.len();
    }
    h
}

/// A draft scorecard of `text`: one metric for each figure that has a unit
/// word, in reading order, in one section; source from the header lines.
/// Numbers without a unit word, and those that are not figures, are left
/// out (see [`figures`]); directions are neutral until an editor says.
pub fn draft(text: &str, options: &Options) -> Scorecard {
    let h = header(text);
    let body = &text[h.body..];
    let lang = options.lang;
    let text_in = |s: &str| Text::only_in(lang, s);
    let title = h
        .title
        .map(str::to_string)
        .or_else(|| {
            body.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(80).collect())
        })
        .unwrap_or_else(|| options.id.clone());
    let metrics = figures(body)
        .iter()
        .enumerate()
        .filter_map(|(n, f)| metric(f, body, lang, format!("figure-{}", n + 1)))
        .collect();
    let published = first_date(body);
    Scorecard {
        schema_version: SCHEMA_VERSION,
        id: options.id.clone(),
        default_lang: lang,
        title: text_in(&title),
        subtitle: None,
        updated: None,
        source: Source {
            outlet: text_in(&outlet(body, h.url)),
            title: text_in(&title),
            url: h.url.unwrap_or("https://example.invalid/").to_string(),
            retrieved: published.is_none().then(|| options.today.clone()),
            published,
            via: None,
            authors: Vec::new(),
            editor: None,
        },
        sections: vec![figures_section(lang, metrics)],
        relations: Vec::new(),
    }
}

/// The section a draft puts its figures in ("文中数字").
pub fn figures_section(lang: Lang, metrics: Vec<Metric>) -> Section {
    Section {
        id: "figures".into(),
        kind: SectionKind::Group,
        title: Text::only_in(
            lang,
            match lang {
                Lang::Zh => "文中数字",
                Lang::En => "Figures in the article",
            },
        ),
        focus: None,
        metrics,
        items: Vec::new(),
    }
}

/// The metric a figure of `body` drafts to, with id `id`: `None` for a
/// number that is not a figure, or whose unit word is not a unit.
pub fn metric(f: &Figure, body: &str, lang: Lang, id: String) -> Option<Metric> {
    if f.found.kind != Kind::Figure {
        return None;
    }
    let unit = Unit::parse(&f.found.unit).ok()?;
    let text_in = |s: &str| Text::only_in(lang, s);
    Some(Metric {
        id,
        label: text_in(&f.label),
        value: f.found.value,
        decimals: f.found.decimals,
        unit,
        qualifier: f.found.qualifier,
        period: f.period.as_deref().map(text_in),
        topic: None,
        direction: Direction::Neutral,
        series: Vec::new(),
        parts: Vec::new(),
        change: None,
        also: Vec::new(),
        quote: f.quote(body).to_string(),
    })
}

/// Chinese when the text has more Chinese characters than Latin letters.
pub fn guess_lang(text: &str) -> Lang {
    let cjk = text.chars().filter(|c| crate::unit::is_cjk(*c)).count();
    let latin = text.chars().filter(char::is_ascii_alphabetic).count();
    if cjk >= latin {
        Lang::Zh
    } else {
        Lang::En
    }
}

/// An id from a name: `Lingling 2020` → `lingling-2020`.
pub fn id_from(stem: &str) -> String {
    let mut id: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    id = id.trim_matches('-').to_string();
    if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id = format!("draft-{id}");
    }
    id.truncate(64);
    id.trim_end_matches('-').to_string()
}

/// The first `YYYY-MM-DD` of the text's first lines, as a publication date.
fn first_date(text: &str) -> Option<String> {
    let head: String = text.lines().take(8).collect::<Vec<_>>().join("\n");
    let b = head.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let s = head.get(i..i + 10)?;
        crate::decode::is_timestamp(s).then(|| s.to_string())
    })
}

/// The outlet: a `来源:` line, else the link's host.
fn outlet(text: &str, url: Option<&str>) -> String {
    let from_line = text.lines().take(10).find_map(|l| {
        let at = l.find("来源")?;
        let rest = l[at + "来源".len()..].trim_start_matches([':', '：', ' ']);
        let name: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
        (!name.is_empty()).then_some(name)
    });
    from_line
        .or_else(|| {
            let host = url?.split("://").nth(1)?.split('/').next()?;
            Some(host.trim_start_matches("www.").to_string())
        })
        .unwrap_or_else(|| "—".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_ids() {
        assert_eq!(guess_lang("零陵区 2020 figures"), Lang::En);
        assert_eq!(guess_lang("零陵区脱贫攻坚成绩单 in 2020"), Lang::Zh);
        assert_eq!(id_from("Lingling 2020"), "lingling-2020");
        assert_eq!(id_from("零陵"), "draft");
    }
}
