//! Drafting from text: a table of sentences pins what is found (value,
//! unit, qualifier, period), and the bundled articles measure recall and
//! precision against their scorecards.

use std::fs;
use std::path::PathBuf;

use scorecard_core::draft::{draft, figures, header, Kind, Options};
use scorecard_core::{load_str, Lang};

/// (sentence, [(value as written, unit, qualifier, period)]) for every
/// figure of the sentence, in order; numbers that are not figures are not
/// listed.
type Case = (
    &'static str,
    &'static [(
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
    )],
);

const CASES: &[Case] = &[
    (
        "截至2019年底，全区41个贫困村全部脱贫退出，脱贫11298户41354人。",
        &[
            ("41", "个", None, Some("截至2019年底")),
            ("11298", "户", None, Some("截至2019年底")),
            ("41354", "人", None, Some("截至2019年底")),
        ],
    ),
    (
        "贫困发生率由2014年9.3%降至0.36%。",
        &[
            ("9.3", "%", None, Some("由2014年")),
            ("0.36", "%", None, Some("由2014年")),
        ],
    ),
    (
        "现场解决问题1.3万余个。",
        &[("1.3", "万个", Some("余"), None)],
    ),
    ("累计投入资金3.38亿元。", &[("3.38", "亿元", None, None)]),
    ("发放补贴970.4万元。", &[("970.4", "万元", None, None)]),
    (
        "带动4500多个贫困户增收。",
        &[("4500", "个", Some("多"), None)],
    ),
    (
        "新建农村公路730余公里。",
        &[("730", "公里", Some("余"), None)],
    ),
    (
        "人均纯收入超过1500元。",
        &[("1500", "元", Some("超过"), None)],
    ),
    (
        "年收入15000元以上的农户。",
        &[("15000", "元", Some("以上"), None)],
    ),
    (
        "近1.5亿元资金用于产业。",
        &[("1.5", "亿元", Some("近"), None)],
    ),
    (
        "约25亿元投入基础设施。",
        &[("25", "亿元", Some("约"), None)],
    ),
    ("累计培训63.2万人次。", &[("63.2", "万人次", None, None)]),
    ("光伏电站年发电780万度。", &[("780", "万度", None, None)]),
    (
        "2020年剩余贫困人口889户1730人全部脱贫。",
        &[
            ("889", "户", None, Some("2020年")),
            ("1730", "人", None, Some("2020年")),
        ],
    ),
    (
        "全县粮食播种面积118969千公顷(178453万亩)。",
        &[
            ("118969", "千公顷", None, None),
            ("178453", "万亩", None, None),
        ],
    ),
    ("早稻播插面积6.8万亩。", &[("6.8", "万亩", None, None)]),
    ("水稻单产450公斤/亩。", &[("450", "公斤/亩", None, None)]),
    (
        "粮食总产量13908.2亿斤，比上年增加0.5%。",
        &[("13908.2", "亿斤", None, None), ("0.5", "%", None, None)],
    ),
    (
        "生猪出栏12.3万头，同比增长8%。",
        &[("12.3", "万头", None, None), ("8", "%", None, None)],
    ),
    (
        "总产值增速较上年同期上升5.9个百分点。",
        &[("5.9", "个百分点", None, None)],
    ),
    ("新建村级活动场所36座。", &[("36", "座", None, None)]),
    (
        "2016年以来，累计帮扶1200户。",
        &[("1200", "户", None, Some("2016年以来"))],
    ),
    (
        "上半年全县农林牧渔业总产值25.67亿元。",
        &[("25.67", "亿元", None, Some("上半年"))],
    ),
    (
        "全年接待游客不到3万人次。",
        &[("3", "万人次", Some("不到"), None)],
    ),
    (
        "每10万人中具有大学文化程度的由2010年的5391人上升为8930人。",
        &[
            ("10", "万人", None, Some("由2010年")),
            ("5391", "人", None, Some("由2010年")),
            ("8930", "人", None, Some("由2010年")),
        ],
    ),
    (
        "平均受教育年限由8.72年提高至8.94年。",
        &[("8.72", "年", None, None), ("8.94", "年", None, None)],
    ),
    (
        "建成扶贫车间24个，吸纳就业800余人。",
        &[("24", "个", None, None), ("800", "人", Some("余"), None)],
    ),
    ("全区共有15个乡镇(街道)。", &[("15", "个", None, None)]),
    ("在第3次全国农业普查中名列前茅。", &[]),
    ("红网时刻11月25日讯。", &[]),
    ("2020-11-25 09:46:45", &[]),
    ("建立2018-2020年脱贫攻坚项目库。", &[]),
    (
        "The state's casinos reported a 21% drop in gaming win.",
        &[("21", "%", None, None)],
    ),
    (
        "Nevada casinos won $566,806,791 in June.",
        &[("566806791", "$", None, None)],
    ),
    (
        "The budget is $3.9 billion for 2023.",
        &[("3.9", "$ billion", None, None)],
    ),
    (
        "The district enrolls more than 12,500 students in 48 schools.",
        &[
            ("12500", "students", Some("more than"), None),
            ("48", "schools", None, None),
        ],
    ),
    (
        "Revenue fell 45.55% compared with June 2019.",
        &[("45.55", "%", None, None)],
    ),
    (
        "About 120 million euros were spent.",
        &[("120", "million euros", Some("about"), None)],
    ),
    (
        "The fund holds €120 million.",
        &[("120", "€ million", None, None)],
    ),
    (
        "Nearly 3,000 people attended in 2022.",
        &[("3000", "people", Some("nearly"), Some("in 2022"))],
    ),
    (
        "Spending rose 3 percent last year.",
        &[("3", "%", None, None)],
    ),
    (
        "In fiscal 2019-2020, the win fell 21.67%.",
        &[("21.67", "%", None, Some("2019-2020"))],
    ),
    (
        "The Strip saw a 61.36% decrease.",
        &[("61.36", "%", None, None)],
    ),
    ("Cases of COVID-19 rose.", &[]),
    ("It was the 3rd year in a row.", &[]),
    ("Call 555-123-4567 for details.", &[]),
    (
        "See https://example.org/2020/11/25/8633688.html for more.",
        &[],
    ),
    (
        "Over 40 schools took part, up to 15 teachers each.",
        &[
            ("40", "schools", Some("over"), None),
            ("15", "teachers", Some("up to"), None),
        ],
    ),
    (
        "Less than 5% of homes lack water.",
        &[("5", "%", Some("less than"), None)],
    ),
    (
        "At least 200 households moved by the end of 2021.",
        &[(
            "200",
            "households",
            Some("at least"),
            Some("by the end of 2021"),
        )],
    ),
    (
        "全区建成“1234”就业扶贫模式，带动3000人就业。",
        &[("3000", "人", None, None)],
    ),
    (
        "整合涉农资金2.1亿元，其中中央资金1.29亿元、地方资金0.16亿元。",
        &[
            ("2.1", "亿元", None, None),
            ("1.29", "亿元", None, None),
            ("0.16", "亿元", None, None),
        ],
    ),
];

#[test]
fn sentences_give_their_figures() {
    assert!(CASES.len() >= 50, "{} cases", CASES.len());
    let mut wrong = Vec::new();
    for (text, want) in CASES {
        let got: Vec<(String, String, Option<String>, Option<String>)> = figures(text)
            .into_iter()
            .filter(|f| f.found.kind == Kind::Figure)
            .map(|f| {
                let v = &text[f.found.number.clone()];
                (
                    v.replace(',', ""),
                    f.found.unit.clone(),
                    f.found.qualifier.map(|q| q.as_str().to_string()),
                    f.period.clone(),
                )
            })
            .collect();
        let want: Vec<(String, String, Option<String>, Option<String>)> = want
            .iter()
            .map(|(v, u, q, p)| {
                (
                    v.to_string(),
                    u.to_string(),
                    q.map(str::to_string),
                    p.map(str::to_string),
                )
            })
            .collect();
        if got != want {
            wrong.push(format!("{text}\n   got {got:?}\n  want {want:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} sentences differ:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// Recall (metrics of the scorecard the draft finds, value and unit) and
/// precision (found figures that a metric states) for one bundled article.
fn measure(id: &str) -> (usize, usize, usize, usize) {
    let article = fs::read_to_string(data().join(format!("articles/{id}.txt"))).expect("article");
    let sc = load_str(&fs::read_to_string(data().join(format!("{id}.json"))).expect("scorecard"))
        .expect("valid");
    let body = &article[header(&article).body..];
    let found: Vec<_> = figures(body)
        .into_iter()
        .filter(|f| f.found.kind == Kind::Figure)
        .collect();
    let metrics: Vec<_> = sc.metrics().map(|(_, m)| m).collect();
    let same = |f: &scorecard_core::draft::Figure, value: f64, unit: &str| {
        (f.found.value - value).abs() < 1e-9 * value.abs().max(1.0) && f.found.unit == unit
    };
    let recalled = metrics
        .iter()
        .filter(|m| {
            found.iter().any(|f| {
                let q = f.quote(body);
                same(f, m.value, m.unit.written()) && (q.contains(&m.quote) || m.quote.contains(q))
            })
        })
        .count();
    let stated = |f: &&scorecard_core::draft::Figure| {
        metrics.iter().any(|m| {
            same(f, m.value, m.unit.written())
                || m.series.iter().any(|p| same(f, p.value, m.unit.written()))
                || m.also.iter().any(|a| same(f, a.value, a.unit.written()))
                || m.change
                    .as_ref()
                    .is_some_and(|c| same(f, c.value.abs(), c.unit.written()))
        })
    };
    let precise = found.iter().filter(stated).count();
    (recalled, metrics.len(), precise, found.len())
}

#[test]
fn lingling_draft_finds_its_figures() {
    let (recalled, metrics, precise, found) = measure("lingling-2020");
    let recall = recalled as f64 / metrics as f64;
    let precision = precise as f64 / found as f64;
    println!("lingling-2020: recall {recalled}/{metrics} = {recall:.3}, precision {precise}/{found} = {precision:.3}");
    assert!(recall >= 0.95, "recall {recalled}/{metrics}");
    assert!(precision >= 0.80, "precision {precise}/{found}");
}

#[test]
fn other_articles_are_measured() {
    for id in [
        "anhua-agriculture-2021",
        "luhe-census-education-2020",
        "kolo-nevada-gaming-win-2020",
        "guangdong-census-4-2021",
    ] {
        let (recalled, metrics, precise, found) = measure(id);
        println!("{id}: recall {recalled}/{metrics}, precision {precise}/{found}");
        assert!(found > 0 && recalled > 0, "{id}");
    }
}

#[test]
fn a_draft_is_a_valid_scorecard_with_verbatim_quotes() {
    let article = fs::read_to_string(data().join("articles/lingling-2020.txt")).expect("article");
    let options = Options {
        id: "lingling-draft".into(),
        lang: Lang::Zh,
        today: "2026-12-05".into(),
    };
    let sc = draft(&article, &options);
    let text = scorecard_core::write::to_json(&sc).expect("writes");
    let again = load_str(&text).unwrap_or_else(|p| panic!("{}", p[0]));
    assert_eq!(
        again.source.url,
        "https://hn.rednet.cn/content/2020/11/25/8633688.html"
    );
    assert_eq!(
        again.source.title.text(Lang::Zh),
        "一路春风一路歌,看高质量书写的脱贫攻坚“零陵答卷”!"
    );
    assert_eq!(again.source.outlet.text(Lang::Zh), "红网");
    assert_eq!(again.source.published.as_deref(), Some("2020-11-25"));
    assert!(again.metrics().count() >= 110);
    for (_, m) in again.metrics() {
        assert!(article.contains(&m.quote), "{}: {}", m.id, m.quote);
        assert_eq!(m.direction, scorecard_core::Direction::Neutral);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, failure_persistence: None, ..Default::default() })]

    /// Any text, numbers among any characters: no panic, and every figure's
    /// ranges lie on character boundaries inside its sentence.
    #[test]
    fn any_text_drafts_without_panic(text in "[0-9０-９.,，。；;:：%％$€万亿千余多约超过近年月日第 \\n\\-/a-z中文字“”]{0,80}") {
        for f in figures(&text) {
            proptest::prop_assert!(text.is_char_boundary(f.found.range.start) && text.is_char_boundary(f.found.range.end));
            proptest::prop_assert!(f.sentence.start <= f.found.number.start && f.found.number.end <= f.sentence.end.max(f.found.number.end));
            let _ = f.quote(&text);
        }
        let options = Options { id: "x".into(), lang: Lang::Zh, today: "2026-12-05".into() };
        let sc = draft(&text, &options);
        let written = scorecard_core::write::to_json(&sc).expect("writes");
        proptest::prop_assert!(load_str(&written).is_ok(), "{}", written);
    }
}
