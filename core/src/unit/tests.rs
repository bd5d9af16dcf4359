//! The unit table: parsing, exact values, conversions and display in both
//! languages, as one table of cases.

use super::*;
use crate::format::figure;

/// (unit as written, magnitude, base as shown in Chinese, per, known)
type ParseCase = (
    &'static str,
    Magnitude,
    &'static str,
    Option<&'static str>,
    bool,
);

#[test]
fn parses_units_as_written() {
    use Magnitude::*;
    let cases: &[ParseCase] = &[
        ("元", One, "元", None, true),
        ("万元", Wan, "元", None, true),
        ("亿元", Yi, "元", None, true),
        ("万亿元", WanYi, "元", None, true),
        ("万人次", Wan, "人次", None, true),
        ("人", One, "人", None, true),
        ("名", One, "人", None, true),
        ("户", One, "户", None, true),
        ("万度", Wan, "千瓦时", None, true),
        ("%", One, "%", None, true),
        ("亩", One, "亩", None, true),
        ("万亩", Wan, "亩", None, true),
        ("十万亩", ShiWan, "亩", None, true),
        ("平方米", One, "平方米", None, true),
        ("平米", One, "平方米", None, true),
        ("千公顷", Qian, "公顷", None, true),
        ("万吨", Wan, "吨", None, true),
        ("亿斤", Yi, "斤", None, true),
        ("千米", One, "公里", None, true),
        ("公里", One, "公里", None, true),
        ("千瓦时", One, "千瓦时", None, true),
        ("万千瓦", Wan, "千瓦", None, true),
        ("百万元", BaiWan, "元", None, true),
        ("千万元", QianWan, "元", None, true),
        ("公斤/亩", One, "公斤", Some("亩"), true),
        ("元/人", One, "元", Some("人"), true),
        ("万元/人", Wan, "元", Some("人"), true),
        ("座", One, "座", None, true),
        ("万头", Wan, "头", None, true),
        ("羽", One, "羽", None, false),
        ("万羽", Wan, "羽", None, false),
        ("billion USD", Billion, "美元", None, true),
        ("USD billion", Billion, "美元", None, true),
        ("$ billion", Billion, "美元", None, true),
        ("$", One, "美元", None, true),
        ("million euros", Million, "欧元", None, true),
        ("€ million", Million, "欧元", None, true),
        ("thousand hectares", Thousand, "公顷", None, true),
        ("students", One, "students", None, false),
        ("million students", Million, "students", None, false),
        ("kWh", One, "千瓦时", None, true),
        ("percentage points", One, "个百分点", None, true),
        ("百分点", One, "个百分点", None, true),
        ("万", Wan, "", None, true),
        ("million", Million, "", None, true),
        ("USD per person", One, "美元", Some("人"), true),
    ];
    for &(text, magnitude, zh, per, known) in cases {
        let u = Unit::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        assert_eq!(u.magnitude, magnitude, "{text}");
        let shown = u.base_name(Lang::Zh, 2.0);
        let (base, over) = shown
            .split_once('/')
            .map_or((shown.as_str(), None), |(b, p)| (b, Some(p)));
        assert_eq!(base, zh, "{text}");
        assert_eq!(over, per, "{text}");
        assert_eq!(u.is_known(), known, "{text}");
        assert_eq!(u.to_string(), text, "{text} is kept as written");
    }
}

#[test]
fn rejects_what_is_not_a_unit() {
    let cases: &[(&str, UnitError)] = &[
        ("", UnitError::Empty),
        ("  ", UnitError::Empty),
        ("1.3万", UnitError::Digit),
        ("２万", UnitError::Digit),
        ("万%", UnitError::MagnitudeOnRate),
        ("million %", UnitError::MagnitudeOnRate),
        ("元/", UnitError::EmptyRateSide),
        ("/亩", UnitError::EmptyRateSide),
        ("a\u{7}", UnitError::Control),
        ("abcdefghijklmnopqrstuvwxyzabcdefg", UnitError::TooLong),
    ];
    for (text, want) in cases {
        assert_eq!(Unit::parse(text).as_ref().err(), Some(want), "{text:?}");
        assert!(!want.message(text).is_empty());
    }
    let msg = UnitError::Digit.message("1.3万");
    assert!(msg.contains("\"value\""), "{msg}");
}

#[test]
fn exact_values_and_conversions() {
    // (value, unit, exact in its base, other unit, factor from other)
    let cases: &[(f64, &str, f64, &str, Option<f64>)] = &[
        (118969.0, "千公顷", 118_969_000.0, "公顷", Some(1.0)),
        (3.9, "billion USD", 3.9e9, "$", Some(1.0)),
        (1.3, "万个", 13_000.0, "个", Some(1.0)),
        (178453.0, "万亩", 1_784_530_000.0, "公顷", Some(15.0)),
        (13908.2, "亿斤", 1.39082e12, "万吨", Some(2_000.0)),
        (2.0, "吨", 2.0, "公斤", Some(0.001)),
        (5.0, "公里", 5.0, "米", Some(0.001)),
        (780.0, "万度", 7_800_000.0, "kWh", Some(1.0)),
        (41354.0, "人", 41354.0, "名", Some(1.0)),
        (1.0, "元", 1.0, "美元", None),
        (1.0, "USD", 1.0, "€", None),
        (1.0, "户", 1.0, "人", None),
        (12500.0, "students", 12500.0, "students", Some(1.0)),
        (1.0, "students", 1.0, "schools", None),
        (450.0, "公斤/亩", 450.0, "公斤/亩", Some(1.0)),
        (450.0, "公斤/亩", 450.0, "斤/亩", Some(0.5)),
        (6.75, "吨/公顷", 6.75, "公斤/亩", Some(1.5 / 1_000.0 * 10.0)),
        (9.3, "%", 9.3, "百分点", None),
        (1.0, "个", 1.0, "万", None),
        (3.0, "万", 30_000.0, "million", Some(1.0)),
    ];
    for &(value, text, exact, other, factor) in cases {
        let u = Unit::parse(text).expect(text);
        let o = Unit::parse(other).expect(other);
        assert!(
            (value * u.magnitude.factor() - exact).abs() < 1e-6 * exact.abs().max(1.0),
            "{value}{text}"
        );
        match (u.from(&o), factor) {
            (Some(got), Some(want)) => assert!(
                (got - want).abs() < 1e-9 * want.max(1.0),
                "{text} from {other}: {got}"
            ),
            (got, want) => assert_eq!(got, want, "{text} from {other}"),
        }
    }
}

#[test]
fn figures_show_as_written_and_in_the_other_language() {
    use crate::types::Qualifier::*;
    // (value, decimals, unit, qualifier, Chinese, English)
    type Case = (
        f64,
        u8,
        &'static str,
        Option<crate::types::Qualifier>,
        &'static str,
        &'static str,
    );
    let cases: &[Case] = &[
        (
            118969.0,
            0,
            "千公顷",
            None,
            "118,969千公顷",
            "118.969 million hectares",
        ),
        (
            178453.0,
            0,
            "万亩",
            None,
            "178,453万亩",
            "1.78453 billion mu",
        ),
        (2100.0, 0, "亩", None, "2,100亩", "2,100 mu"),
        (
            13908.2,
            1,
            "亿斤",
            None,
            "13,908.2亿斤",
            "1,390.82 billion jin",
        ),
        (3.9, 1, "billion USD", None, "39亿美元", "3.9 billion USD"),
        (3.9, 1, "$ billion", None, "39亿美元", "$3.9 billion"),
        (566806791.0, 0, "$", None, "566,806,791美元", "$566,806,791"),
        (
            120.0,
            0,
            "€ million",
            Some(About),
            "约1.2亿欧元",
            "about €120 million",
        ),
        (
            12500.0,
            0,
            "students",
            Some(MoreThan),
            "超过1.25万 students",
            "more than 12,500 students",
        ),
        (48.0, 0, "schools", None, "48 schools", "48 schools"),
        (
            450.0,
            0,
            "公斤/亩",
            None,
            "450公斤/亩",
            "450 kilograms per mu",
        ),
        (2.0, 0, "座", Some(Yu), "2余座", "more than 2"),
        (1.2, 1, "万头", None, "1.2万头", "12,000 head"),
        (
            3.5,
            1,
            "万羽",
            Some(Duo),
            "3.5万多羽",
            "more than 35,000 羽",
        ),
        (5.9, 1, "百分点", None, "5.9百分点", "5.9 percentage points"),
        (21.0, 0, "%", Some(Nearly), "近21%", "nearly 21%"),
        (1.2, 1, "万", None, "1.2万", "12,000"),
        (1.2, 1, "million", None, "120万", "1.2 million"),
        (
            730.0,
            0,
            "千米",
            Some(Zuoyou),
            "730千米左右",
            "about 730 km",
        ),
        (8.72, 2, "年", None, "8.72年", "8.72 years"),
        (
            15000.0,
            0,
            "元",
            Some(Yishang),
            "15,000元以上",
            "at least CNY 15,000",
        ),
        (
            3.0,
            0,
            "亿元",
            Some(Budao),
            "不到3亿元",
            "less than CNY 300 million",
        ),
    ];
    for &(value, decimals, text, q, zh, en) in cases {
        let u = Unit::parse(text).expect(text);
        assert_eq!(
            figure(value, decimals, &u, q, Lang::Zh),
            zh,
            "zh {value} {text}"
        );
        assert_eq!(
            figure(value, decimals, &u, q, Lang::En),
            en,
            "en {value} {text}"
        );
    }
}
