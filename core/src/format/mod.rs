//! Number formatting for readers: 万/亿 for Chinese, million/billion for
//! English, the article's qualifier always kept.

mod change;
mod emphasis;

pub use change::{annual_growth, multiple, points, share, stated_change};
pub use emphasis::{emphasis, Emphasis};

use crate::model::Metric;
use crate::types::{Lang, Qualifier, QualifierPlace};
use crate::unit::{Magnitude, Unit};

/// `v` with exactly `decimals` digits after the point and thousands
/// separators: `number(41354.0, 0)` is `"41,354"`. Never prints `-0`.
pub fn number(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let s = crate::num::fixed(v.abs(), decimals);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = String::with_capacity(s.len() + s.len() / 3 + 1);
    let is_zero = s.bytes().all(|b| b == b'0' || b == b'.');
    if v < 0.0 && !is_zero {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `v` with at most `max_decimals` digits after the point, trailing zeros
/// removed: `trimmed(6.404, 1)` is `"6.4"`, `trimmed(3.0, 2)` is `"3"`.
pub fn trimmed(v: f64, max_decimals: usize) -> String {
    let s = number(v, max_decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Decimal digits needed to show a value written with `decimals` digits in
/// `magnitude` without losing any, in units of `scale` (970.4万 in millions
/// needs 3).
fn digits_at(decimals: u8, magnitude: Magnitude, scale: f64) -> usize {
    let written = i32::from(decimals) - magnitude.exponent();
    (written + scale.log10().round() as i32).max(0) as usize
}

/// Decimal digits needed to show a metric's exact value in units of `scale`.
fn decimals_at(m: &Metric, scale: f64) -> usize {
    digits_at(m.decimals, m.unit.magnitude, scale)
}

/// Currency symbols written before the number in English.
const PREFIX_SYMBOLS: [&str; 5] = ["$", "US$", "€", "£", "HK$"];

/// Whether `unit` is shown as written in `lang`: it is written in that
/// language, or in symbols only (`%`, `$`).
/// Currency symbols are English: Chinese writes 美元.
fn as_written_in(unit: &Unit, lang: Lang) -> bool {
    match unit.lang() {
        Some(l) => l == lang,
        None => lang == Lang::En || !PREFIX_SYMBOLS.contains(&unit.base_written().as_ref()),
    }
}

/// The number as the article writes it, with magnitude and qualifier but
/// without the base unit: `"41,354"`, `"1.3万余"`, `"3.38亿"`, `"超过1,500"`.
/// Used by the table's "as stated" column.
pub fn stated_number(m: &Metric) -> String {
    let digits = number(m.value, usize::from(m.decimals));
    match m.qualifier {
        Some(q) if q.is_en() => format!("{} {digits}", q.as_str()),
        Some(q) => {
            let (word, place) = q.zh();
            match place {
                QualifierPlace::BeforeNumber => format!("{word}{digits}{}", magnitude_zh(&m.unit)),
                _ => format!("{digits}{}{word}", magnitude_zh(&m.unit)),
            }
        }
        None if m.unit.magnitude.is_en() => format!("{digits} {}", m.unit.magnitude.as_str()),
        None => format!("{digits}{}", m.unit.magnitude.as_str()),
    }
}

/// A Chinese magnitude as written, or `""`.
fn magnitude_zh(u: &Unit) -> &'static str {
    if u.magnitude.is_en() {
        ""
    } else {
        u.magnitude.as_str()
    }
}

/// A figure for a reader: `value` written with `decimals` digits in `unit`,
/// with `qualifier`. In the unit's own language (or for symbols) it is shown
/// as the article writes it (`"1.3万余个"`, `"118,969千公顷"`, `"$3.9
/// billion"`); in the other language the exact value is put in that
/// language's magnitudes and unit names (`"more than 13,000"`, `"CNY 338
/// million"`, `"39亿美元"`).
pub fn figure(
    value: f64,
    decimals: u8,
    unit: &Unit,
    qualifier: Option<Qualifier>,
    lang: Lang,
) -> String {
    let exact = value * unit.magnitude.factor();
    match lang {
        Lang::Zh if as_written_in(unit, Lang::Zh) && !unit.magnitude.is_en() => compose_zh(
            &number(value, usize::from(decimals)),
            unit.magnitude.as_str(),
            &unit.base_written(),
            qualifier,
        ),
        Lang::Zh => {
            let digits = digits_at(decimals, unit.magnitude, 1.0);
            let (amount, magnitude) = zh_amount(exact, digits);
            let base = unit.base_name(Lang::Zh, exact);
            compose_zh(
                &amount,
                magnitude,
                &format!("{}{base}", gap_zh(&base)),
                qualifier,
            )
        }
        Lang::En if as_written_in(unit, Lang::En) => {
            let digits = number(value, usize::from(decimals));
            let amount = match unit.magnitude {
                Magnitude::One => digits,
                m => format!("{digits} {}", m.as_str()),
            };
            let base = unit.base_written();
            let shown = if unit.is_percent() {
                format!("{amount}{base}")
            } else if PREFIX_SYMBOLS.contains(&base.as_ref()) {
                format!("{base}{amount}")
            } else if base.is_empty() {
                amount
            } else {
                format!("{amount} {base}")
            };
            let prefix = qualifier
                .map(|q| format!("{} ", q.en()))
                .unwrap_or_default();
            format!("{prefix}{shown}")
        }
        Lang::En => {
            let amount = if exact.abs() >= 1e9 {
                format!(
                    "{} billion",
                    trimmed(exact / 1e9, digits_at(decimals, unit.magnitude, 1e9))
                )
            } else if exact.abs() >= 1e6 {
                format!(
                    "{} million",
                    trimmed(exact / 1e6, digits_at(decimals, unit.magnitude, 1e6))
                )
            } else {
                number(exact, digits_at(decimals, unit.magnitude, 1.0))
            };
            let prefix = qualifier
                .map(|q| format!("{} ", q.en()))
                .unwrap_or_default();
            format!("{prefix}{}", with_unit_en(&amount, unit, exact))
        }
    }
}

/// The figure for a reader, with unit and qualifier (see [`figure`]).
pub fn stated(m: &Metric, lang: Lang) -> String {
    figure(m.value, m.decimals, &m.unit, m.qualifier, lang)
}

/// An exact value in 亿 (at most four decimals) or 万 (at most two) when
/// large, keeping every digit the article gave (`digits` decimals in the
/// base unit); else in full: (digits, magnitude). 3.9e9 → 39亿, 12,500 →
/// 1.25万, 566,806,791 → 566,806,791.
fn zh_amount(exact: f64, digits: usize) -> (String, &'static str) {
    let a = exact.abs();
    let (scale, word, power, most) = if a >= 1e8 {
        (1e8, "亿", 8, 4)
    } else {
        (1e4, "万", 4, 2)
    };
    if a >= 1e4 {
        let shown = trimmed(exact / scale, digits + power);
        let decimals = shown.split_once('.').map_or(0, |(_, f)| f.len());
        if decimals <= most {
            return (shown, word);
        }
    }
    (number(exact, digits), "")
}

/// A Chinese figure from its digits, with a qualifier and unit in the
/// places Chinese puts them: 超过1,500元, 1.3万余个, 15,000元以上.
fn compose_zh(digits: &str, magnitude: &str, base: &str, q: Option<Qualifier>) -> String {
    let (word, place) = q.map_or(("", QualifierPlace::BeforeNumber), Qualifier::zh);
    let at = |p: QualifierPlace| if p == place { word } else { "" };
    format!(
        "{}{digits}{magnitude}{}{base}{}",
        at(QualifierPlace::BeforeNumber),
        at(QualifierPlace::AfterNumber),
        at(QualifierPlace::AfterUnit)
    )
}

/// Puts an English unit around an amount: `CNY 5`, `$5 billion`, `5 people`,
/// `5%`, `5 students`.
fn with_unit_en(amount: &str, unit: &Unit, count: f64) -> String {
    if let Some(prefix) = unit.prefix_en() {
        return format!("{prefix}{amount}");
    }
    if unit.is_percent() {
        return format!("{amount}%");
    }
    match unit.base_name(Lang::En, count).as_str() {
        "" => amount.to_string(),
        word => format!("{amount} {word}"),
    }
}

/// The other way of reading the same figure, when there is one: the full
/// digits of a figure written with a magnitude (`"13,000个"`,
/// `"$3,900,000,000"`), or the 万/亿 form of a large plain Chinese figure
/// (`"4.1万人"`).
pub fn alternate(m: &Metric, lang: Lang) -> Option<String> {
    let exact = m.exact();
    let digits = decimals_at(m, 1.0);
    match lang {
        Lang::Zh if !as_written_in(&m.unit, Lang::Zh) || m.unit.magnitude.is_en() => None,
        Lang::Zh if m.unit.magnitude != Magnitude::One => Some(compose_zh(
            &number(exact, digits),
            "",
            &m.unit.base_written(),
            m.qualifier,
        )),
        Lang::Zh if exact.abs() >= 1e4 && !m.unit.is_percent() => Some(compose_zh(
            &compact_zh(exact),
            "",
            m.unit.written(),
            m.qualifier,
        )),
        Lang::En if exact.abs() >= 1e6 => {
            let prefix = m
                .qualifier
                .map(|q| format!("{} ", q.en()))
                .unwrap_or_default();
            let full = format!(
                "{prefix}{}",
                with_unit_en(&number(exact, digits), &m.unit, exact)
            );
            (full != stated(m, Lang::En)).then_some(full)
        }
        _ => None,
    }
}

/// 万/亿/万亿 form with one decimal for 万 and two for 亿:
/// `compact_zh(41354.0)` is `"4.1万"`, `compact_zh(3.38e8)` is `"3.38亿"`.
pub fn compact_zh(v: f64) -> String {
    let a = v.abs();
    if a >= 1e12 {
        format!("{}万亿", trimmed(v / 1e12, 2))
    } else if a >= 1e8 {
        format!("{}亿", trimmed(v / 1e8, 2))
    } else if a >= 1e4 {
        format!("{}万", trimmed(v / 1e4, 1))
    } else {
        trimmed(v, 2)
    }
}

/// English compact form: `"338 million"`, `"1.5 billion"`, `"41,354"`.
pub fn compact_en(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("{} billion", trimmed(v / 1e9, 2))
    } else if a >= 1e6 {
        format!("{} million", trimmed(v / 1e6, 2))
    } else {
        trimmed(v, 2)
    }
}

/// A value of a metric's series (in the metric's unit) for charts and
/// tables: `"9.3%"`, `"2,035元"`, `"CNY 2,035"`.
pub fn series_value(m: &Metric, value: f64, lang: Lang) -> String {
    let exact = value * m.unit.magnitude.factor();
    match lang {
        Lang::Zh if as_written_in(&m.unit, Lang::Zh) && !m.unit.magnitude.is_en() => {
            let unit = m.unit.written();
            format!("{}{}{unit}", trimmed(value, 2), gap_zh(unit))
        }
        Lang::Zh => {
            let unit = m.unit.base_name(Lang::Zh, exact);
            format!("{}{}{unit}", compact_zh(exact), gap_zh(&unit))
        }
        Lang::En => with_unit_en(&compact_en(exact), &m.unit, exact),
    }
}

/// What goes between an amount and its unit in Chinese text: nothing
/// (`9头`), or a space when the unit is written in Latin letters
/// (`9 elephants`).
fn gap_zh(unit: &str) -> &'static str {
    if unit.starts_with(|c: char| c.is_ascii_alphabetic()) {
        " "
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;
    use crate::types::{Direction, Qualifier};
    use crate::unit::Unit;

    fn metric(value: f64, decimals: u8, unit: &str, qualifier: Option<Qualifier>) -> Metric {
        Metric {
            id: "m".into(),
            label: Text::zh_only("m"),
            value,
            decimals,
            unit: Unit::parse(unit).expect(unit),
            qualifier,
            period: None,
            topic: None,
            direction: Direction::Neutral,
            series: vec![],
            parts: vec![],
            change: None,
            also: vec![],
            quote: "q".into(),
        }
    }

    #[test]
    fn series_values_keep_a_latin_unit_apart_in_chinese() {
        // (unit, value, language, label)
        let cases = [
            ("elephants", 9.0, Lang::Zh, "9 elephants"),
            ("elephants", 14.0, Lang::En, "14 elephants"),
            ("户", 889.0, Lang::Zh, "889户"),
            ("%", 9.3, Lang::Zh, "9.3%"),
        ];
        for (unit, value, lang, want) in cases {
            let m = metric(value, 0, unit, None);
            assert_eq!(
                series_value(&m, value, lang),
                want,
                "{unit} {value} {lang:?}"
            );
        }
    }

    #[test]
    fn numbers() {
        let cases: &[(f64, usize, &str)] = &[
            (0.0, 0, "0"),
            (-0.0, 0, "0"),
            (-0.001, 2, "0.00"),
            (7.0, 0, "7"),
            (999.0, 0, "999"),
            (1000.0, 0, "1,000"),
            (41354.0, 0, "41,354"),
            (13032.0, 0, "13,032"),
            (1234567.891, 2, "1,234,567.89"),
            (-1234.5, 1, "-1,234.5"),
            (0.36, 2, "0.36"),
            (9.3, 1, "9.3"),
            (999.995, 2, "1,000.00"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (1e15, 0, "1,000,000,000,000,000"),
            (f64::NAN, 0, "—"),
        ];
        for &(v, d, want) in cases {
            assert_eq!(number(v, d), want, "number({v}, {d})");
        }
    }

    #[test]
    fn trimmed_and_compact() {
        let cases: &[(&str, String, &str)] = &[
            ("trim 6.404", trimmed(6.404, 1), "6.4"),
            ("trim 3.0", trimmed(3.0, 2), "3"),
            ("trim 0.10", trimmed(0.1, 2), "0.1"),
            ("trim 1999.96", trimmed(1999.96, 1), "2,000"),
            ("zh 41354", compact_zh(41354.0), "4.1万"),
            ("zh 13000", compact_zh(13000.0), "1.3万"),
            ("zh 9999", compact_zh(9999.0), "9,999"),
            ("zh 10000", compact_zh(10000.0), "1万"),
            ("zh 99960", compact_zh(99960.0), "10万"),
            ("zh 3.38e8", compact_zh(3.38e8), "3.38亿"),
            ("zh 97,870,000", compact_zh(9.787e7), "9,787万"),
            ("zh 1.2e12", compact_zh(1.2e12), "1.2万亿"),
            ("zh -41354", compact_zh(-41354.0), "-4.1万"),
            ("zh 0.0004", compact_zh(0.0004), "0"),
            ("en 3.38e8", compact_en(3.38e8), "338 million"),
            ("en 2.5e9", compact_en(2.5e9), "2.5 billion"),
            ("en 41354", compact_en(41354.0), "41,354"),
            (
                "en 1e308",
                compact_en(1e308).chars().take(5).collect(),
                "100,0",
            ),
        ];
        for (name, got, want) in cases {
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn stated_figures() {
        use Qualifier::*;
        // (value, decimals, unit, qualifier, Chinese, English)
        type Case = (
            f64,
            u8,
            &'static str,
            Option<Qualifier>,
            &'static str,
            &'static str,
        );
        let cases: &[Case] = &[
            (41354.0, 0, "人", None, "41,354人", "41,354 people"),
            (11298.0, 0, "户", None, "11,298户", "11,298 households"),
            (1.0, 0, "户", None, "1户", "1 household"),
            (1.3, 1, "万个", Some(Yu), "1.3万余个", "more than 13,000"),
            (3.38, 2, "亿元", None, "3.38亿元", "CNY 338 million"),
            (2.1, 1, "亿元", None, "2.1亿元", "CNY 210 million"),
            (970.4, 1, "万元", None, "970.4万元", "CNY 9.704 million"),
            (824.48, 2, "万元", None, "824.48万元", "CNY 8.2448 million"),
            (13032.0, 0, "元", None, "13,032元", "CNY 13,032"),
            (
                1500.0,
                0,
                "元",
                Some(Chaoguo),
                "超过1,500元",
                "more than CNY 1,500",
            ),
            (
                15000.0,
                0,
                "元",
                Some(Yishang),
                "15,000元以上",
                "at least CNY 15,000",
            ),
            (4500.0, 0, "个", Some(Duo), "4,500多个", "more than 4,500"),
            (730.0, 0, "公里", Some(Yu), "730余公里", "more than 730 km"),
            (9.3, 1, "%", None, "9.3%", "9.3%"),
            (0.36, 2, "%", None, "0.36%", "0.36%"),
            (
                63.2,
                1,
                "万人次",
                None,
                "63.2万人次",
                "632,000 person-times",
            ),
            (780.0, 0, "万度", None, "780万度", "7.8 million kWh"),
            (0.0, 0, "件", None, "0件", "0"),
            (-5.0, 0, "人", None, "-5人", "-5 people"),
            (
                1.5,
                1,
                "亿元",
                Some(Jin),
                "近1.5亿元",
                "nearly CNY 150 million",
            ),
            (
                25.0,
                0,
                "亿元",
                Some(Yue),
                "约25亿元",
                "about CNY 2.5 billion",
            ),
        ];
        for &(v, d, unit, q, zh, en) in cases {
            let m = metric(v, d, unit, q);
            assert_eq!(stated(&m, Lang::Zh), zh, "zh {v}{unit}");
            assert_eq!(stated(&m, Lang::En), en, "en {v}{unit}");
        }
    }

    #[test]
    fn stated_numbers_and_alternates() {
        let m = metric(1.3, 1, "万个", Some(Qualifier::Yu));
        assert_eq!(stated_number(&m), "1.3万余");
        assert_eq!(alternate(&m, Lang::Zh).as_deref(), Some("13,000余个"));
        let m = metric(41354.0, 0, "人", None);
        assert_eq!(stated_number(&m), "41,354");
        assert_eq!(alternate(&m, Lang::Zh).as_deref(), Some("4.1万人"));
        assert_eq!(alternate(&m, Lang::En), None);
        let m = metric(3.38, 2, "亿元", None);
        assert_eq!(stated_number(&m), "3.38亿");
        assert_eq!(alternate(&m, Lang::Zh).as_deref(), Some("338,000,000元"));
        assert_eq!(alternate(&m, Lang::En).as_deref(), Some("CNY 338,000,000"));
        let m = metric(1500.0, 0, "元", Some(Qualifier::Chaoguo));
        assert_eq!(stated_number(&m), "超过1,500");
        assert_eq!(alternate(&m, Lang::Zh), None);
        let m = metric(3.3, 1, "亿元", Some(Qualifier::Jin));
        assert_eq!(alternate(&m, Lang::Zh).as_deref(), Some("近330,000,000元"));
        assert_eq!(
            alternate(&m, Lang::En).as_deref(),
            Some("nearly CNY 330,000,000")
        );
        let m = metric(15000.0, 0, "元", Some(Qualifier::Yishang));
        assert_eq!(alternate(&m, Lang::Zh).as_deref(), Some("1.5万元以上"));
    }

    #[test]
    fn changes() {
        let cases: &[(String, &str)] = &[
            (points(0.36 - 9.3, Lang::Zh), "下降 8.94 个百分点"),
            (points(0.36 - 9.3, Lang::En), "down 8.94 percentage points"),
            (points(1.0, Lang::En), "up 1 percentage point"),
            (points(0.001, Lang::Zh), "持平"),
            (points(2.5, Lang::Zh), "上升 2.5 个百分点"),
            (
                multiple(13032.0 / 2035.0, 2014, Lang::Zh),
                "为2014年的 6.4 倍",
            ),
            (
                multiple(13032.0 / 2035.0, 2014, Lang::En),
                "×6.4 the 2014 level",
            ),
            (annual_growth(0.3626, Lang::Zh), "年均增长 36.3%"),
            (annual_growth(-0.05, Lang::En), "down 5% a year on average"),
            (share(0.7 / 3.38), "20.7%"),
            (share(0.0), "0%"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }
}
