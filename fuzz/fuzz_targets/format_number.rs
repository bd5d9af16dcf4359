//! Every number-formatting function on arbitrary values, unit texts,
//! qualifiers and languages: nothing panics, and `number` reads back as the
//! value it formats.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use scorecard_core::{format, Change, Direction, Lang, Metric, Point, Qualifier, Text, Unit};

#[derive(Debug, Arbitrary)]
struct Input {
    value: f64,
    decimals: u8,
    unit: String,
    qualifier: Option<u8>,
    en: bool,
    other: f64,
    year: i16,
}

fuzz_target!(|input: Input| {
    let lang = if input.en { Lang::En } else { Lang::Zh };
    let decimals = input.decimals % 7;
    // Any text is tried as a unit; what is not one is rejected with a reason,
    // and a plain count stands in for it.
    let unit = match Unit::parse(&input.unit) {
        Ok(u) => u,
        Err(e) => {
            let _ = e.message(&input.unit);
            Unit::parse("个").expect("个")
        }
    };
    let qualifier = input
        .qualifier
        .map(|q| Qualifier::ALL[usize::from(q) % Qualifier::ALL.len()]);
    let m = Metric {
        id: "m".into(),
        label: Text::zh_only("m"),
        value: input.value,
        decimals,
        unit: unit.clone(),
        qualifier,
        period: None,
        topic: None,
        direction: Direction::Neutral,
        series: vec![Point {
            year: i32::from(input.year),
            value: input.other,
        }],
        parts: vec![],
        change: Some(Box::new(Change {
            value: input.other,
            decimals,
            unit: unit.clone(),
            against: None,
            qualifier,
        })),
        also: vec![],
        quote: "q".into(),
    };

    let d = usize::from(decimals);
    let v = input.value;
    let s = format::number(v, d);
    let _ = format::trimmed(v, d);
    let _ = format::compact_zh(v);
    let _ = format::compact_en(v);
    let _ = format::stated(&m, lang);
    let _ = format::stated_number(&m);
    let _ = format::alternate(&m, lang);
    if let Some(c) = &m.change {
        let _ = format::stated_change(c, lang);
    }
    let _ = m.unit.from(&m.unit);
    let _ = m.unit.base_name(lang, v);
    let _ = format::series_value(&m, input.other, lang);
    let _ = format::points(input.other, lang);
    let _ = format::multiple(input.other, i32::from(input.year), lang);
    let _ = format::annual_growth(input.other, lang);
    let _ = format::share(input.other);

    if v.is_finite() && v.abs() < 1e15 {
        // Never a negative zero: a minus sign comes with a non-zero digit.
        assert!(
            !s.starts_with('-') || s.contains(|c: char| ('1'..='9').contains(&c)),
            "number({v:?}, {d}) = {s:?}"
        );
        let back: f64 = s
            .replace(',', "")
            .parse()
            .unwrap_or_else(|e| panic!("number({v:?}, {d}) = {s:?} does not parse: {e}"));
        // Rounding to d decimals moves the value by at most half a unit of
        // the last digit; reading it back, by at most as much again.
        let tolerance = 10f64.powi(-i32::from(decimals)) * (1.0 + 1e-9);
        assert!(
            (back - v).abs() <= tolerance,
            "number({v:?}, {d}) = {s:?} reads back as {back:?}"
        );
    }
});
