//! The base units the engine knows: their names in Chinese and English, what
//! they measure, and how they convert. A unit not listed here is still valid
//! and is shown exactly as written.

/// A currency: money converts only within one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Currency {
    /// Chinese yuan.
    Cny,
    /// US dollar.
    Usd,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
    /// Hong Kong dollar.
    Hkd,
    /// Japanese yen.
    Jpy,
}

/// What a unit measures; units of one dimension convert into each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dim {
    /// A count of one kind of thing, named by its reference counter (人
    /// and 名 both count people; 户 counts households).
    Count(&'static str),
    /// Money in one currency.
    Money(Currency),
    /// Area; reference 平方米.
    Area,
    /// Mass; reference 公斤.
    Mass,
    /// Length; reference 米.
    Length,
    /// Volume; reference 立方米.
    Volume,
    /// Energy; reference 千瓦时.
    Energy,
    /// Power; reference 千瓦.
    Power,
    /// Days and hours; reference 小时.
    Duration,
    /// Years (a calendar length, not converted to days).
    Years,
    /// Months.
    Months,
    /// A percentage.
    Percent,
    /// A difference of percentages (百分点).
    Points,
}

/// A known base unit.
#[derive(Debug, PartialEq)]
pub struct Known {
    /// Chinese names; the first is how the unit is shown in Chinese.
    pub zh: &'static [&'static str],
    /// English names as (singular, plural); the first pair is how the unit
    /// is shown in English. Empty for a Chinese counter whose English label
    /// already names what is counted (个, 件, 座 …).
    pub en: &'static [(&'static str, &'static str)],
    /// Symbols and codes, in either language (`$`, `USD`, `kWh`, `%`).
    pub symbols: &'static [&'static str],
    /// What it measures.
    pub dim: Dim,
    /// How many of the dimension's reference unit one of this is.
    pub factor: f64,
    /// Written before the number in English (`$3.9 billion`, `CNY 338
    /// million`); `None` for a unit written after it.
    pub prefix_en: Option<&'static str>,
}

impl Known {
    /// Whether `name` is one of this unit's names or symbols. Chinese names
    /// and symbols match exactly, English words in any case.
    pub fn is_named(&self, name: &str) -> bool {
        self.zh.contains(&name)
            || self.symbols.contains(&name)
            || self.en.iter().any(|(one, many)| {
                one.eq_ignore_ascii_case(name) || many.eq_ignore_ascii_case(name)
            })
    }

    /// Finds a known unit by any of its names.
    pub fn find(name: &str) -> Option<&'static Known> {
        KNOWN.iter().find(|k| k.is_named(name))
    }

    /// The name shown in Chinese.
    pub fn zh_name(&self) -> &'static str {
        self.zh.first().copied().unwrap_or("")
    }

    /// The English word for `count` of them; `""` when the label names what
    /// is counted.
    pub fn en_name(&self, count: f64) -> &'static str {
        match self.en.first() {
            Some((one, _)) if count == 1.0 => one,
            Some((_, many)) => many,
            None => "",
        }
    }
}

const fn counter(
    zh: &'static [&'static str],
    en: &'static [(&'static str, &'static str)],
    of: &'static str,
) -> Known {
    Known {
        zh,
        en,
        symbols: &[],
        dim: Dim::Count(of),
        factor: 1.0,
        prefix_en: None,
    }
}

const fn measure(
    zh: &'static [&'static str],
    en: &'static [(&'static str, &'static str)],
    symbols: &'static [&'static str],
    dim: Dim,
    factor: f64,
) -> Known {
    Known {
        zh,
        en,
        symbols,
        dim,
        factor,
        prefix_en: None,
    }
}

const fn money(
    zh: &'static [&'static str],
    en: &'static [(&'static str, &'static str)],
    symbols: &'static [&'static str],
    currency: Currency,
    prefix: &'static str,
) -> Known {
    Known {
        zh,
        en,
        symbols,
        dim: Dim::Money(currency),
        factor: 1.0,
        prefix_en: Some(prefix),
    }
}

/// Every known base unit. Order matters only for display: the first name
/// of each is the one shown.
pub static KNOWN: &[Known] = &[
    money(
        &["元", "人民币", "元人民币"],
        &[("yuan", "yuan")],
        &["CNY", "RMB"],
        Currency::Cny,
        "CNY ",
    ),
    money(
        &["美元"],
        &[("US dollar", "US dollars"), ("dollar", "dollars")],
        &["USD", "$", "US$"],
        Currency::Usd,
        "$",
    ),
    money(
        &["欧元"],
        &[("euro", "euros")],
        &["EUR", "€"],
        Currency::Eur,
        "€",
    ),
    money(
        &["英镑"],
        &[("pound sterling", "pounds sterling")],
        &["GBP", "£"],
        Currency::Gbp,
        "£",
    ),
    money(
        &["港元", "港币"],
        &[("Hong Kong dollar", "Hong Kong dollars")],
        &["HKD", "HK$"],
        Currency::Hkd,
        "HK$",
    ),
    money(
        &["日元"],
        &[("yen", "yen")],
        &["JPY"],
        Currency::Jpy,
        "JPY ",
    ),
    counter(
        &["人", "名", "位"],
        &[("person", "people"), ("persons", "persons")],
        "人",
    ),
    counter(&["人次"], &[("person-time", "person-times")], "人次"),
    counter(&["户"], &[("household", "households")], "户"),
    counter(&["个"], &[], "个"),
    counter(&["村"], &[("village", "villages")], "村"),
    counter(&["家"], &[], "家"),
    counter(&["次"], &[("time", "times")], "次"),
    counter(&["件"], &[], "件"),
    counter(&["起"], &[], "起"),
    counter(&["期"], &[], "期"),
    counter(&["条"], &[], "条"),
    counter(&["处"], &[], "处"),
    counter(&["支"], &[], "支"),
    counter(&["座"], &[], "座"),
    counter(&["所"], &[], "所"),
    counter(&["项"], &[], "项"),
    counter(&["头"], &[("head", "head")], "头"),
    counter(&["只"], &[], "只"),
    counter(&["口"], &[], "口"),
    counter(&["份"], &[("copy", "copies")], "份"),
    counter(&["场", "场次"], &[("session", "sessions")], "场"),
    counter(&["台"], &[], "台"),
    counter(&["辆"], &[("vehicle", "vehicles")], "辆"),
    counter(&["套"], &[("set", "sets")], "套"),
    counter(&["栋"], &[("building", "buildings")], "栋"),
    counter(&["间"], &[("room", "rooms")], "间"),
    counter(&["株"], &[("plant", "plants")], "株"),
    counter(&["棵"], &[("tree", "trees")], "棵"),
    counter(&["篇"], &[("article", "articles")], "篇"),
    counter(&["种"], &[("kind", "kinds")], "种"),
    counter(&["批"], &[("batch", "batches")], "批"),
    counter(&["轮"], &[("round", "rounds")], "轮"),
    measure(
        &["平方米", "平米"],
        &[
            ("square metre", "square metres"),
            ("square meter", "square meters"),
        ],
        &["m²", "sq m"],
        Dim::Area,
        1.0,
    ),
    measure(&["亩"], &[("mu", "mu")], &[], Dim::Area, 10_000.0 / 15.0),
    measure(
        &["公顷"],
        &[("hectare", "hectares"), ("ha", "ha")],
        &[],
        Dim::Area,
        10_000.0,
    ),
    measure(
        &["平方公里", "平方千米"],
        &[
            ("square kilometre", "square kilometres"),
            ("square kilometer", "square kilometers"),
        ],
        &["km²", "sq km"],
        Dim::Area,
        1e6,
    ),
    measure(&[], &[("acre", "acres")], &[], Dim::Area, 4_046.856_422_4),
    measure(&["斤"], &[("jin", "jin")], &[], Dim::Mass, 0.5),
    measure(
        &["公斤", "千克"],
        &[("kilogram", "kilograms")],
        &["kg"],
        Dim::Mass,
        1.0,
    ),
    measure(
        &["吨"],
        &[("tonne", "tonnes"), ("ton", "tons")],
        &["t"],
        Dim::Mass,
        1_000.0,
    ),
    measure(&["克"], &[("gram", "grams")], &["g"], Dim::Mass, 0.001),
    measure(
        &["米"],
        &[("metre", "metres"), ("meter", "meters")],
        &["m"],
        Dim::Length,
        1.0,
    ),
    measure(
        &["公里", "千米"],
        &[
            ("km", "km"),
            ("kilometre", "kilometres"),
            ("kilometer", "kilometers"),
        ],
        &[],
        Dim::Length,
        1_000.0,
    ),
    measure(&[], &[("mile", "miles")], &[], Dim::Length, 1_609.344),
    measure(
        &["立方米", "方"],
        &[
            ("cubic metre", "cubic metres"),
            ("cubic meter", "cubic meters"),
        ],
        &["m³"],
        Dim::Volume,
        1.0,
    ),
    measure(
        &["升"],
        &[("litre", "litres"), ("liter", "liters")],
        &["L"],
        Dim::Volume,
        0.001,
    ),
    measure(
        &["千瓦时", "度"],
        &[("kWh", "kWh"), ("kilowatt-hour", "kilowatt-hours")],
        &[],
        Dim::Energy,
        1.0,
    ),
    measure(
        &["兆瓦时"],
        &[("megawatt-hour", "megawatt-hours")],
        &["MWh"],
        Dim::Energy,
        1_000.0,
    ),
    measure(
        &["千瓦"],
        &[("kilowatt", "kilowatts")],
        &["kW"],
        Dim::Power,
        1.0,
    ),
    measure(
        &["兆瓦"],
        &[("megawatt", "megawatts")],
        &["MW"],
        Dim::Power,
        1_000.0,
    ),
    measure(&["小时"], &[("hour", "hours")], &["h"], Dim::Duration, 1.0),
    measure(&["天", "日"], &[("day", "days")], &[], Dim::Duration, 24.0),
    measure(&["年"], &[("year", "years")], &[], Dim::Years, 1.0),
    measure(&["个月"], &[("month", "months")], &[], Dim::Months, 1.0),
    measure(
        &[],
        &[("%", "%"), ("per cent", "per cent"), ("percent", "percent")],
        &[],
        Dim::Percent,
        1.0,
    ),
    measure(
        &["个百分点", "百分点"],
        &[("percentage point", "percentage points")],
        &["pp"],
        Dim::Points,
        1.0,
    ),
];

/// Known names of a counted thing in English that a scorecard may use as
/// its unit without a Chinese counterpart (`students`, `schools`) are not
/// listed: such a unit is valid and shown as written.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_finds_its_own_unit() {
        for k in KNOWN {
            let names =
                k.zh.iter()
                    .chain(k.symbols)
                    .copied()
                    .chain(k.en.iter().flat_map(|(a, b)| [*a, *b]));
            for name in names {
                let found = Known::find(name).expect(name);
                assert!(std::ptr::eq(found, k), "{name} finds another unit");
            }
        }
    }
}
