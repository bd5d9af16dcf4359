//! `cargo xtask synth --metrics N [--sections K] [--out FILE]`: a valid,
//! realistic synthetic scorecard for performance work.
//!
//! Labels combine a place, a subject and a measure in Chinese and English
//! (so a search for a place, a subject or a measure matches a subset), units
//! come from the whole list with 万/亿 magnitudes, some figures carry a
//! qualifier, a period, a topic or a series; compositions (`parts`) and sum /
//! at-most relations hold; quotes are article-like sentences that state the
//! figures they hold. The output is deterministic (a seeded SplitMix64, no
//! `rand`) and is checked with `scorecard_core::load_str` before it is
//! written. It is compact JSON (one line, like a machine-written export):
//! pretty-printed, 10,000 metrics would pass the format's 5 MiB limit;
//! `--pretty` indents like the files in data/ for reading.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The default number of sections for `n` metrics: about 200 metrics a
/// section, at least 3, at most 50.
pub fn default_sections(n: usize) -> usize {
    (n / 200).clamp(3, 50)
}

/// Where `cargo xtask synth` writes by default, relative to the root.
pub fn default_out(n: usize) -> PathBuf {
    PathBuf::from(format!("target/bench/synth-{n}.json"))
}

/// `cargo xtask synth …`.
pub fn run(root: &Path, flags: &crate::flags::Synth) -> ExitCode {
    let (metrics, sections) = (flags.metrics, flags.sections);
    let out = flags.out.as_ref().map(PathBuf::from);
    let pretty = flags.pretty;
    let Some(n) = metrics.filter(|&n| n >= 1) else {
        return crate::usage_error("synth: --metrics N (N ≥ 1) is required");
    };
    let k = sections.unwrap_or_else(|| default_sections(n));
    if k == 0 {
        return crate::usage_error("synth: --sections must be at least 1");
    }
    let out = out.unwrap_or_else(|| root.join(default_out(n)));
    match write(&out, n, k, pretty) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask synth: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Generates, validates and writes the scorecard to `out`; returns a line
/// describing it. (Compressed sizes: `cargo xtask bench --only sizes`.)
pub fn write(out: &Path, n: usize, k: usize, pretty: bool) -> Result<String, String> {
    let text = generate(n, k, pretty)?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(format!(
        "wrote {}: {n} metrics in {k} sections, {} bytes ({:.0} bytes a metric)",
        out.display(),
        text.len(),
        text.len() as f64 / n as f64
    ))
}

/// The scorecard as JSON text (`pretty`: two-space indentation like the
/// files in data/; otherwise compact), validated with scorecard-core.
pub fn generate(n: usize, k: usize, pretty: bool) -> Result<String, String> {
    if n == 0 || k == 0 {
        return Err("need at least one metric and one section".into());
    }
    let doc = Synth::new(n, k).scorecard();
    let mut text = String::new();
    doc.write(&mut text, 0, pretty);
    text.push('\n');
    let sc = scorecard_core::load_str(&text).map_err(|problems| {
        let shown: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
        format!(
            "the synthetic scorecard is invalid ({} problems; a bug in synth.rs):\n  {}",
            problems.len(),
            shown.join("\n  ")
        )
    })?;
    let count = sc.metrics().count();
    if count != n || sc.sections.len() != k {
        return Err(format!(
            "synth made {count} metrics in {} sections, not {n} in {k} (a bug in synth.rs)",
            sc.sections.len()
        ));
    }
    Ok(text)
}

// ---------------------------------------------------------------------------
// JSON output

enum J {
    Str(String),
    /// A number exactly as it is written.
    Num(String),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
}

impl J {
    fn s(text: impl Into<String>) -> J {
        J::Str(text.into())
    }

    fn write(&self, out: &mut String, depth: usize, pretty: bool) {
        let newline = |out: &mut String, depth: usize| {
            if pretty {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', depth * 2));
            }
        };
        match self {
            J::Str(s) => quote(out, s),
            J::Num(n) => out.push_str(n),
            J::Arr(items) if items.is_empty() => out.push_str("[]"),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    item.write(out, depth + 1, pretty);
                }
                newline(out, depth);
                out.push(']');
            }
            J::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    quote(out, key);
                    out.push_str(if pretty { ": " } else { ":" });
                    value.write(out, depth + 1, pretty);
                }
                newline(out, depth);
                out.push('}');
            }
        }
    }
}

/// Appends `s` as a JSON string literal.
pub fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `{"zh": …, "en": …}` (English optional).
fn text(zh: &str, en: Option<&str>) -> J {
    let mut members = vec![("zh", J::s(zh))];
    if let Some(en) = en {
        members.push(("en", J::s(en)));
    }
    J::Obj(members)
}

// ---------------------------------------------------------------------------
// Randomness

/// SplitMix64: small, fast, good enough, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A measure, more common ones more often (money, people and
    /// households far more than bulletins or years).
    fn measure(&mut self) -> &'static Measure {
        let total: u32 = MEASURES.iter().map(|m| m.weight).sum();
        let mut at = self.below(total as usize) as u32;
        for m in MEASURES {
            if at < m.weight {
                return m;
            }
            at -= m.weight;
        }
        &MEASURES[0]
    }

    /// Log-uniform between `lo` and `hi` (figures spread over magnitudes).
    fn log_uniform(&mut self, lo: f64, hi: f64) -> f64 {
        (lo.ln() + self.unit() * (hi.ln() - lo.ln())).exp()
    }
}

// ---------------------------------------------------------------------------
// Vocabulary

/// (zh, en, id slug)
type Word = (&'static str, &'static str, &'static str);

const SUBJECTS: &[Word] = &[
    ("光伏", "solar power", "solar"),
    ("茶油", "tea oil", "tea-oil"),
    ("柑橘", "citrus", "citrus"),
    ("生猪养殖", "pig farming", "pigs"),
    ("油茶林", "camellia forests", "camellia"),
    ("电商", "e-commerce", "ecommerce"),
    ("扶贫车间", "poverty-relief workshops", "workshops"),
    ("小额信贷", "microcredit", "microcredit"),
    ("易地搬迁", "relocation", "relocation"),
    ("危房改造", "housing renovation", "housing"),
    ("安全饮水", "safe drinking water", "water"),
    ("农村公路", "rural roads", "roads"),
    ("义务教育", "compulsory schooling", "schooling"),
    ("医疗救助", "medical assistance", "medical"),
    ("家庭医生签约", "family-doctor contracts", "family-doctors"),
    ("技能培训", "skills courses", "skills"),
    ("公益性岗位", "public-welfare posts", "welfare-posts"),
    ("劳务输出", "migrant labour", "labour"),
    ("产业基地", "industrial bases", "bases"),
    ("农民合作社", "farmer cooperatives", "cooperatives"),
    ("龙头企业", "leading enterprises", "enterprises"),
    ("村级集体经济", "village collective economy", "collective"),
    ("低保兜底", "minimum-living guarantee", "dibao"),
    ("残疾人帮扶", "disability support", "disability"),
    ("留守儿童关爱", "left-behind children care", "children"),
    ("乡村旅游", "rural tourism", "tourism"),
    ("消费扶贫", "consumption-based aid", "consumption"),
    ("驻村帮扶", "village-based work teams", "village-teams"),
    ("结对帮扶", "paired assistance", "pairing"),
    ("农田水利", "farmland irrigation", "irrigation"),
    ("通信网络", "telecom networks", "telecom"),
    ("农网改造", "rural grid upgrades", "grid"),
    ("人居环境整治", "living-environment clean-up", "environment"),
    ("村卫生室", "village clinics", "clinics"),
    ("教育资助", "education grants", "grants"),
    ("雨露计划", "the Yulu programme", "yulu"),
    ("扶贫保险", "poverty-relief insurance", "insurance"),
    ("生态护林员", "forest rangers", "rangers"),
    ("蔬菜大棚", "vegetable greenhouses", "greenhouses"),
    ("中药材种植", "herb growing", "herbs"),
];

const PLACES: &[Word] = &[
    ("接履桥镇", "Jielüqiao", "jieluqiao"),
    ("富家桥镇", "Fujiaqiao", "fujiaqiao"),
    ("邮亭圩镇", "Youtingxu", "youtingxu"),
    ("石岩头镇", "Shiyantou", "shiyantou"),
    ("黄田铺镇", "Huangtianpu", "huangtianpu"),
    ("大庆坪乡", "Daqingping", "daqingping"),
    ("菱角塘镇", "Lingjiaotang", "lingjiaotang"),
    ("珠山镇", "Zhushan", "zhushan"),
    ("水口山镇", "Shuikoushan", "shuikoushan"),
    ("七里店街道", "Qilidian", "qilidian"),
    ("梳子铺乡", "Shuzipu", "shuzipu"),
    ("凼底乡", "Dangdi", "dangdi"),
    ("南津渡街道", "Nanjindu", "nanjindu"),
    ("朝阳街道", "Chaoyang", "chaoyang"),
];

/// How a subject's figure is counted: labels around the subject, the units
/// and value ranges it is written in, and which way is better.
struct Measure {
    /// `{}` is the subject.
    zh: &'static str,
    en: &'static str,
    slug: &'static str,
    /// How often articles state such a figure, relative to the others.
    weight: u32,
    units: &'static [UnitSpec],
    direction: &'static str,
    /// Whether values add up (compositions and sums make sense).
    additive: bool,
}

/// A unit with the range of values written in it and their decimals.
struct UnitSpec {
    unit: &'static str,
    lo: f64,
    hi: f64,
    decimals: u32,
}

const fn u(unit: &'static str, lo: f64, hi: f64, decimals: u32) -> UnitSpec {
    UnitSpec {
        unit,
        lo,
        hi,
        decimals,
    }
}

const HIGHER: &str = "higher_is_better";
const LOWER: &str = "lower_is_better";
const NEUTRAL: &str = "neutral";

const MEASURES: &[Measure] = &[
    Measure {
        zh: "{}投入资金",
        en: "Funds invested in {}",
        slug: "funds",
        weight: 8,
        units: &[
            u("万元", 10.0, 20000.0, 2),
            u("亿元", 0.1, 30.0, 2),
            u("元", 5e4, 9e6, 0),
        ],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}发放补助",
        en: "Subsidies paid for {}",
        slug: "subsidies",
        weight: 4,
        units: &[u("万元", 1.0, 5000.0, 2), u("元", 500.0, 2e6, 0)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}受益人数",
        en: "People benefiting from {}",
        slug: "beneficiaries",
        weight: 8,
        units: &[
            u("人", 20.0, 60000.0, 0),
            u("万人", 0.1, 20.0, 2),
            u("名", 10.0, 5000.0, 0),
        ],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}培训",
        en: "Training sessions on {}",
        slug: "training",
        weight: 4,
        units: &[u("人次", 50.0, 80000.0, 0), u("万人次", 0.1, 10.0, 1)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}覆盖贫困户",
        en: "Poor households reached by {}",
        slug: "households",
        weight: 8,
        units: &[u("户", 10.0, 30000.0, 0), u("万户", 0.1, 5.0, 2)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}覆盖村",
        en: "Villages covered by {}",
        slug: "villages",
        weight: 4,
        units: &[u("村", 2.0, 400.0, 0), u("个", 2.0, 400.0, 0)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "建成{}项目",
        en: "{} projects completed",
        slug: "projects",
        weight: 6,
        units: &[u("个", 1.0, 900.0, 0), u("处", 1.0, 500.0, 0)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}带动企业",
        en: "Firms engaged in {}",
        slug: "firms",
        weight: 3,
        units: &[u("家", 1.0, 800.0, 0)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}工作队",
        en: "Work teams for {}",
        slug: "teams",
        weight: 2,
        units: &[u("支", 1.0, 300.0, 0)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "出台{}政策措施",
        en: "Policy measures on {}",
        slug: "policies",
        weight: 2,
        units: &[u("条", 1.0, 60.0, 0)],
        direction: NEUTRAL,
        additive: true,
    },
    Measure {
        zh: "{}问题整改",
        en: "Problems fixed in {}",
        slug: "fixes",
        weight: 2,
        units: &[u("件", 1.0, 3000.0, 0), u("起", 1.0, 500.0, 0)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}督查",
        en: "Inspections of {}",
        slug: "inspections",
        weight: 2,
        units: &[u("次", 1.0, 900.0, 0)],
        direction: NEUTRAL,
        additive: true,
    },
    Measure {
        zh: "{}工作简报",
        en: "Bulletins on {}",
        slug: "bulletins",
        weight: 1,
        units: &[u("期", 1.0, 120.0, 0)],
        direction: NEUTRAL,
        additive: true,
    },
    Measure {
        zh: "{}道路硬化",
        en: "Roads paved for {}",
        slug: "paved",
        weight: 2,
        units: &[u("公里", 1.0, 900.0, 1)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}发电量",
        en: "Electricity from {}",
        slug: "power",
        weight: 2,
        units: &[u("万度", 1.0, 9000.0, 1), u("度", 1000.0, 9e5, 0)],
        direction: HIGHER,
        additive: true,
    },
    Measure {
        zh: "{}覆盖率",
        en: "Coverage of {}",
        slug: "coverage",
        weight: 3,
        units: &[u("%", 40.0, 100.0, 1)],
        direction: HIGHER,
        additive: false,
    },
    Measure {
        zh: "{}返贫发生率",
        en: "Relapse rate despite {}",
        slug: "relapse",
        weight: 2,
        units: &[u("%", 0.01, 5.0, 2)],
        direction: LOWER,
        additive: false,
    },
    Measure {
        zh: "人均{}增收",
        en: "Income gain per head from {}",
        slug: "income-gain",
        weight: 3,
        units: &[u("元", 100.0, 9000.0, 0)],
        direction: HIGHER,
        additive: false,
    },
    Measure {
        zh: "{}帮扶年限",
        en: "Years of support for {}",
        slug: "years",
        weight: 1,
        units: &[u("年", 1.0, 10.0, 0)],
        direction: NEUTRAL,
        additive: false,
    },
];

/// (zh prefix, en suffix)
const MODIFIERS: &[(&str, &str)] = &[
    ("", ""),
    ("", ""),
    ("累计", " (cumulative)"),
    ("新增", " (new)"),
];

/// (zh, en, year the figure ends in)
const PERIODS: &[(&str, &str, i32)] = &[
    ("截至2019年底", "By the end of 2019", 2019),
    ("2016年以来", "Since 2016", 2020),
    ("2020年", "In 2020", 2020),
    ("2020年1-10月", "January–October 2020", 2020),
    ("截至目前", "To date", 2020),
    ("2019年", "In 2019", 2019),
    ("“十三五”期间", "During the 13th Five-Year Plan", 2020),
    ("2014年以来", "Since 2014", 2020),
];

const TOPICS: &[(&str, &str)] = &[
    ("狠抓稳岗就业", "Stable jobs"),
    ("做强特色产业", "Stronger local industries"),
    ("兜牢民生底线", "A floor under livelihoods"),
    ("补齐基础设施短板", "Infrastructure gaps closed"),
    ("强化教育保障", "Schooling secured"),
    ("织密医疗保障", "Health cover"),
    ("压实帮扶责任", "Accountability for support"),
    ("激发内生动力", "Self-reliance"),
    ("巩固脱贫成果", "Keeping gains"),
    ("推进消费扶贫", "Buying from poor areas"),
    ("改善人居环境", "Better living conditions"),
    ("加强金融支持", "Financial support"),
    ("深化社会帮扶", "Help from society"),
    ("严格考核督查", "Strict inspections"),
    ("抓实易地搬迁后续扶持", "Support after relocation"),
    ("发展村级集体经济", "Village collective income"),
];

const THEMES: &[Word] = &[
    ("结实帮扶“力量网”", "A strong “support net”", "strength"),
    (
        "筑牢返贫“防护网”",
        "A firm net against relapse",
        "protection",
    ),
    ("织密贫困“增收网”", "A dense “income net”", "income"),
    ("提升脱贫“质量网”", "Raising the “quality net”", "quality"),
    ("健全民主“监督网”", "A sound “oversight net”", "oversight"),
    ("产业振兴", "Industry revival", "industry"),
    ("就业帮扶", "Jobs", "jobs"),
    ("教育扶贫", "Education", "education"),
    ("健康扶贫", "Health", "health"),
    ("住房保障", "Housing", "homes"),
    ("基础设施", "Infrastructure", "infrastructure"),
    ("生态扶贫", "Ecology", "ecology"),
    ("金融扶贫", "Finance", "finance"),
    ("社会保障", "Social security", "welfare"),
    ("消费扶贫", "Consumption aid", "consumption"),
    (
        "乡村振兴衔接",
        "Towards rural revitalisation",
        "revitalisation",
    ),
];

const FOCUS: &[(&str, &str)] = &[
    ("聚焦责任落实", "Focus: responsibility"),
    ("聚焦产业增收", "Focus: income from industry"),
    ("聚焦民生保障", "Focus: livelihoods"),
    ("聚焦问题整改", "Focus: fixing problems"),
    ("聚焦基层治理", "Focus: local governance"),
];

const ITEMS: &[(&str, &str, &str)] = &[
    (
        "五个一工作机制",
        "“Five ones” working mechanism",
        "建立“五个一”工作机制，每村一名驻村干部、一套帮扶方案。",
    ),
    (
        "四跟四走",
        "“Four follows, four goes”",
        "推行“四跟四走”产业扶贫模式，资金跟着穷人走。",
    ),
    (
        "防返贫监测预警",
        "Early warning against relapse",
        "建立防返贫监测预警机制，对边缘户实行动态管理。",
    ),
    (
        "扶贫产品认定",
        "Certified poverty-relief products",
        "开展扶贫产品认定，拓宽农产品销售渠道。",
    ),
    (
        "村级光伏电站收益分配",
        "Village solar income sharing",
        "完善村级光伏电站收益分配办法，收益用于公益岗位。",
    ),
    (
        "“一户一策”帮扶",
        "A plan for every household",
        "落实“一户一策”，因户施策精准帮扶。",
    ),
];

const SOURCE_OPENERS: &[&str] = &["", "", "全区", "我区", "积极推进精准帮扶，"];

// ---------------------------------------------------------------------------
// Generation

/// A number as written: `units` × 10^-`decimals`, trailing zeros trimmed.
#[derive(Clone, Copy)]
struct Val {
    units: i64,
    decimals: u32,
}

impl Val {
    fn from_f64(v: f64, decimals: u32) -> Val {
        let scale = 10f64.powi(decimals as i32);
        Val {
            units: ((v * scale).round() as i64).max(1),
            decimals,
        }
    }

    fn text(self) -> String {
        let scale = 10i64.pow(self.decimals);
        let (int, frac) = (self.units / scale, self.units % scale);
        if self.decimals == 0 || frac == 0 {
            return int.to_string();
        }
        let frac = format!("{frac:0width$}", width = self.decimals as usize);
        format!("{int}.{}", frac.trim_end_matches('0'))
    }
}

/// One metric before it becomes JSON.
struct M {
    id: String,
    label_zh: String,
    label_en: Option<String>,
    value: Val,
    unit: &'static str,
    qualifier: Option<&'static str>,
    period: Option<usize>,
    topic: Option<usize>,
    direction: &'static str,
    series: Vec<(i32, Val)>,
    parts: Vec<String>,
    quote: String,
}

impl M {
    /// The figure as a Chinese article writes it: 超过3.38亿元, 1.3万余个.
    fn stated_zh(&self) -> String {
        let (before, after_num, after_unit) = match self.qualifier {
            Some(q @ ("超过" | "近" | "约")) => (q, "", ""),
            Some(q @ ("余" | "多")) => ("", q, ""),
            Some(q) => ("", "", q),
            None => ("", "", ""),
        };
        let (magnitude, base) = match self.unit.chars().next() {
            Some(c @ ('万' | '亿')) => (c.to_string(), &self.unit[c.len_utf8()..]),
            _ => (String::new(), self.unit),
        };
        format!(
            "{before}{}{magnitude}{after_num}{base}{after_unit}",
            self.value.text()
        )
    }

    fn json(&self) -> J {
        let mut o = vec![
            ("id", J::s(&self.id)),
            ("label", text(&self.label_zh, self.label_en.as_deref())),
            ("value", J::Num(self.value.text())),
            ("unit", J::s(self.unit)),
        ];
        if let Some(q) = self.qualifier {
            o.push(("qualifier", J::s(q)));
        }
        if let Some(p) = self.period {
            let (zh, en, _) = PERIODS[p];
            o.push(("period", text(zh, Some(en))));
        }
        if let Some(t) = self.topic {
            let (zh, en) = TOPICS[t];
            o.push(("topic", text(zh, Some(en))));
        }
        o.push(("direction", J::s(self.direction)));
        if !self.series.is_empty() {
            let points = self
                .series
                .iter()
                .map(|(year, v)| {
                    J::Obj(vec![
                        ("year", J::Num(year.to_string())),
                        ("value", J::Num(v.text())),
                    ])
                })
                .collect();
            o.push(("series", J::Arr(points)));
        }
        if !self.parts.is_empty() {
            o.push((
                "parts",
                J::Arr(self.parts.iter().map(|p| J::s(p.as_str())).collect()),
            ));
        }
        o.push(("quote", J::s(&self.quote)));
        J::Obj(o)
    }
}

struct Synth {
    n: usize,
    k: usize,
    rng: Rng,
    seq: usize,
    relations: Vec<J>,
}

impl Synth {
    fn new(n: usize, k: usize) -> Synth {
        Synth {
            n,
            k,
            rng: Rng(0x5C0_2ECA_2D00 ^ (n as u64).wrapping_mul(0x9E37_79B9) ^ k as u64),
            seq: 0,
            relations: Vec::new(),
        }
    }

    fn id(&mut self, slug: &str) -> String {
        self.seq += 1;
        format!("{slug}-{}", self.seq)
    }

    fn scorecard(mut self) -> J {
        let n = self.n;
        let k = self.k;
        // Section 0 is the headline strip (a few figures with series) when
        // there is more than one section.
        let headline = if k == 1 {
            0
        } else {
            n.clamp(1, 8).min(n / 10).max(1)
        };
        let counts = self.spread(n - headline, k - usize::from(k > 1));
        let mut sections = Vec::with_capacity(k);
        if k > 1 {
            sections.push(self.headline_section(headline));
        }
        for (i, count) in counts.into_iter().enumerate() {
            let index = i + usize::from(k > 1);
            let kind = if k == 1 {
                "net"
            } else if index == k - 1 && k >= 3 {
                "outcomes"
            } else if self.rng.chance(0.2) {
                "other"
            } else {
                "net"
            };
            sections.push(self.section(index, kind, count));
        }
        let mut top = vec![
            ("schema_version", J::Num("1".into())),
            ("id", J::s(format!("synth-{n}"))),
            ("default_lang", J::s("zh")),
            (
                "title",
                text(
                    &format!("合成数据成绩单：{n}项数据"),
                    Some(&format!("Synthetic scorecard: {n} figures")),
                ),
            ),
            (
                "subtitle",
                text(
                    "性能测试用的合成数据，数字与地名均为虚构",
                    Some("Synthetic data for performance tests; figures and places are made up"),
                ),
            ),
            (
                "source",
                J::Obj(vec![
                    ("outlet", text("合成日报", Some("Synthetic Daily"))),
                    (
                        "title",
                        text(
                            &format!("合成报道：{k}个方面的{n}个数字"),
                            Some(&format!("A synthetic report: {n} figures on {k} topics")),
                        ),
                    ),
                    ("url", J::s(format!("https://example.org/synthetic/{n}"))),
                    ("published", J::s("2020-11-25T09:00:00+08:00")),
                    ("authors", J::Arr(vec![J::s("合成记者")])),
                ]),
            ),
            ("sections", J::Arr(sections)),
        ];
        if !self.relations.is_empty() {
            top.push(("relations", J::Arr(std::mem::take(&mut self.relations))));
        }
        J::Obj(top)
    }

    /// `total` split into `parts` counts of uneven size (0.5×–1.5× the mean).
    fn spread(&mut self, total: usize, parts: usize) -> Vec<usize> {
        if parts == 0 {
            return Vec::new();
        }
        let weights: Vec<f64> = (0..parts).map(|_| 0.5 + self.rng.unit()).collect();
        let sum: f64 = weights.iter().sum();
        let mut counts: Vec<usize> = weights
            .iter()
            .map(|w| (total as f64 * w / sum).floor() as usize)
            .collect();
        let mut left = total - counts.iter().sum::<usize>();
        let mut i = 0;
        while left > 0 {
            counts[i % parts] += 1;
            left -= 1;
            i += 1;
        }
        counts
    }

    fn headline_section(&mut self, count: usize) -> J {
        let mut metrics = Vec::with_capacity(count);
        for _ in 0..count {
            let mut m = self.plain_metric(None, true);
            m.qualifier = None;
            let year = m.period.map_or(2020, |p| PERIODS[p].2);
            let points = 3 + self.rng.below(3);
            m.series = self.series(&m, year, points);
            m.quote = self.sentence(&[&m], m.period);
            metrics.push(m.json());
        }
        J::Obj(vec![
            ("id", J::s("headline")),
            ("kind", J::s("headline")),
            ("title", text("成绩单要点", Some("The headline figures"))),
            ("metrics", J::Arr(metrics)),
        ])
    }

    fn section(&mut self, index: usize, kind: &'static str, count: usize) -> J {
        let theme = THEMES[(index - usize::from(self.k > 1)) % THEMES.len()];
        let round = (index - usize::from(self.k > 1)) / THEMES.len();
        let (title_zh, title_en) = if round == 0 {
            (theme.0.to_string(), theme.1.to_string())
        } else {
            let place = PLACES[(round - 1) % PLACES.len()];
            (
                format!("{}·{}", place.0, theme.0),
                format!("{}: {}", place.1, theme.1),
            )
        };
        let (title_zh, title_en, slug) = if kind == "outcomes" {
            ("综合成效".to_string(), "Outcomes".to_string(), "outcomes")
        } else {
            (title_zh, title_en, theme.2)
        };
        let mut o = vec![
            ("id", J::s(format!("{slug}-s{index}"))),
            ("kind", J::s(kind)),
            ("title", text(&title_zh, Some(&title_en))),
        ];
        if self.rng.chance(0.6) {
            let (zh, en) = *self.rng.pick(FOCUS);
            o.push(("focus", text(zh, Some(en))));
        }
        // Topics: a few per section, metrics grouped under them in order;
        // about one metric in ten has none.
        let topic_count = 2 + self.rng.below(5);
        let first_topic = self.rng.below(TOPICS.len());
        let mut metrics: Vec<M> = Vec::with_capacity(count);
        while metrics.len() < count {
            let left = count - metrics.len();
            let share = metrics.len() * topic_count / count.max(1);
            let topic = (!self.rng.chance(0.1)).then_some((first_topic + share) % TOPICS.len());
            let roll = self.rng.unit();
            if left >= 4 && roll < 0.012 {
                metrics.extend(self.composition(topic, left.min(5)));
            } else if left >= 3 && roll < 0.018 {
                metrics.extend(self.sum_relation(topic));
            } else if left >= 2 && roll < 0.024 {
                metrics.extend(self.at_most_relation(topic));
            } else {
                metrics.extend(self.sentence_group(topic, left.min(3)));
            }
        }
        o.push(("metrics", J::Arr(metrics.iter().map(M::json).collect())));
        let items: Vec<J> = (0..self.rng.below(3))
            .map(|_| {
                let (zh, en, quote) = *self.rng.pick(ITEMS);
                let id = self.id("item");
                J::Obj(vec![
                    ("id", J::s(id)),
                    ("name", text(zh, Some(en))),
                    ("quote", J::s(quote)),
                ])
            })
            .collect();
        if !items.is_empty() {
            o.push(("items", J::Arr(items)));
        }
        J::Obj(o)
    }

    /// A label for `subject` × `measure`, with an optional place and modifier.
    fn label(&mut self, subject: Word, measure: &Measure, place: Option<Word>) -> (String, String) {
        let (mod_zh, mod_en) = *self.rng.pick(MODIFIERS);
        let mut zh = String::new();
        if let Some(p) = place {
            zh.push_str(p.0);
        }
        zh.push_str(mod_zh);
        zh.push_str(&measure.zh.replace("{}", subject.0));
        let mut en = measure.en.replace("{}", subject.1);
        if en.starts_with(subject.1) {
            // "{} projects completed" → capitalise the subject.
            let mut chars = en.chars();
            if let Some(first) = chars.next() {
                en = first.to_uppercase().chain(chars).collect();
            }
        }
        en.push_str(mod_en);
        if let Some(p) = place {
            en.push_str(", ");
            en.push_str(p.1);
        }
        (zh, en)
    }

    fn value(&mut self, spec: &UnitSpec) -> Val {
        Val::from_f64(self.rng.log_uniform(spec.lo, spec.hi), spec.decimals)
    }

    /// A metric with random subject, measure, unit, place, qualifier and
    /// period (quote filled in by the caller).
    fn plain_metric(&mut self, topic: Option<usize>, headline: bool) -> M {
        let subject = *self.rng.pick(SUBJECTS);
        let measure = self.rng.measure();
        let spec = self.rng.pick(measure.units);
        let place = (!headline && self.rng.chance(0.4)).then(|| *self.rng.pick(PLACES));
        let (zh, en) = self.label(subject, measure, place);
        let id = self.id(&format!("{}-{}", subject.2, measure.slug));
        let qualifier = self
            .rng
            .chance(0.15)
            .then(|| *self.rng.pick(&["余", "多", "以上", "超过", "近", "约"]));
        M {
            id,
            label_zh: zh,
            label_en: (headline || self.rng.chance(0.85)).then_some(en),
            value: self.value(spec),
            unit: spec.unit,
            qualifier,
            period: self.rng.chance(0.65).then(|| self.rng.below(PERIODS.len())),
            topic,
            direction: measure.direction,
            series: Vec::new(),
            parts: Vec::new(),
            quote: String::new(),
        }
    }

    /// `points` yearly values ending with the metric's own value in `end`.
    fn series(&mut self, m: &M, end: i32, points: usize) -> Vec<(i32, Val)> {
        let falling = m.direction == LOWER;
        let last = m.value.units as f64;
        let mut values = vec![last];
        let mut v = last;
        for _ in 1..points {
            let step = 1.1 + self.rng.unit() * 0.6;
            v = if falling { v * step } else { v / step };
            values.push(v.max(1.0));
        }
        values.reverse();
        let first_year = end - points as i32 + 1;
        values
            .into_iter()
            .enumerate()
            .map(|(i, units)| {
                (
                    first_year + i as i32,
                    Val {
                        units: (units.round() as i64).max(1),
                        decimals: m.value.decimals,
                    },
                )
            })
            .collect()
    }

    /// The article's sentence stating `metrics` (which share a period).
    fn sentence(&mut self, metrics: &[&M], period: Option<usize>) -> String {
        let mut s = String::new();
        if let Some(p) = period {
            s.push_str(PERIODS[p].0);
            s.push('，');
        }
        let opener: &&str = self.rng.pick(SOURCE_OPENERS);
        s.push_str(opener);
        let clauses: Vec<String> = metrics
            .iter()
            .map(|m| format!("{}{}", m.label_zh, m.stated_zh()))
            .collect();
        s.push_str(&clauses.join("，"));
        s.push('。');
        s
    }

    /// 1–`max` metrics stated in one sentence (one period), some with a series.
    fn sentence_group(&mut self, topic: Option<usize>, max: usize) -> Vec<M> {
        let size = 1 + self.rng.below(max);
        let period = self.rng.chance(0.65).then(|| self.rng.below(PERIODS.len()));
        let mut group: Vec<M> = (0..size)
            .map(|_| {
                let mut m = self.plain_metric(topic, false);
                m.period = period;
                m
            })
            .collect();
        for m in &mut group {
            if self.rng.chance(0.02) {
                let end = period.map_or(2020, |p| PERIODS[p].2);
                let points = 2 + self.rng.below(4);
                m.series = self.series(m, end, points);
            }
        }
        let quote = {
            let refs: Vec<&M> = group.iter().collect();
            self.sentence(&refs, period)
        };
        for m in &mut group {
            m.quote = quote.clone();
        }
        group
    }

    /// An additive measure and one of its units, for arithmetic.
    fn additive(&mut self) -> (Word, &'static Measure, &'static UnitSpec) {
        let subject = *self.rng.pick(SUBJECTS);
        loop {
            let measure = self.rng.measure();
            if measure.additive {
                return (subject, measure, self.rng.pick(measure.units));
            }
        }
    }

    fn bare(
        &mut self,
        id: String,
        zh: String,
        en: String,
        value: Val,
        spec: &'static UnitSpec,
    ) -> M {
        M {
            id,
            label_zh: zh,
            label_en: Some(en),
            value,
            unit: spec.unit,
            qualifier: None,
            period: None,
            topic: None,
            direction: HIGHER,
            series: Vec::new(),
            parts: Vec::new(),
            quote: String::new(),
        }
    }

    /// A district total and 2–(`max`−1) town parts that add up to it
    /// (`parts` on the total): 全区…X，其中A镇…a、B镇…b。
    fn composition(&mut self, topic: Option<usize>, max: usize) -> Vec<M> {
        let (subject, measure, spec) = self.additive();
        let part_count = 2 + self.rng.below(max - 2);
        let first_place = self.rng.below(PLACES.len());
        let period = self.rng.chance(0.7).then(|| self.rng.below(PERIODS.len()));
        let mut parts: Vec<M> = (0..part_count)
            .map(|i| {
                let place = PLACES[(first_place + i) % PLACES.len()];
                let zh = format!("{}{}", place.0, measure.zh.replace("{}", subject.0));
                let en = format!("{}, {}", measure.en.replace("{}", subject.1), place.1);
                let id = self.id(&format!("{}-{}-{}", place.2, subject.2, measure.slug));
                let value = self.value(spec);
                self.bare(id, zh, en, value, spec)
            })
            .collect();
        let total_units: i64 = parts.iter().map(|p| p.value.units).sum();
        let zh = format!("全区{}", measure.zh.replace("{}", subject.0));
        let en = format!("{} (district total)", measure.en.replace("{}", subject.1));
        let id = self.id(&format!("total-{}-{}", subject.2, measure.slug));
        let value = Val {
            units: total_units,
            decimals: spec.decimals,
        };
        let mut total = self.bare(id, zh, en, value, spec);
        total.parts = parts.iter().map(|p| p.id.clone()).collect();
        let mut quote = String::new();
        if let Some(p) = period {
            quote.push_str(PERIODS[p].0);
            quote.push('，');
        }
        quote.push_str(&format!("{}{}，其中", total.label_zh, total.stated_zh()));
        let clauses: Vec<String> = parts
            .iter()
            .map(|p| format!("{}{}", p.label_zh, p.stated_zh()))
            .collect();
        quote.push_str(&clauses.join("、"));
        quote.push('。');
        let direction = measure.direction;
        let mut out = vec![total];
        out.append(&mut parts);
        for m in &mut out {
            m.quote = quote.clone();
            m.period = period;
            m.topic = topic;
            m.direction = direction;
        }
        out
    }

    /// A total and two yearly parts with a `sum` relation between them.
    fn sum_relation(&mut self, topic: Option<usize>) -> Vec<M> {
        let (subject, measure, spec) = self.additive();
        let base_zh = measure.zh.replace("{}", subject.0);
        let base_en = measure.en.replace("{}", subject.1);
        let a = self.value(spec);
        let b = self.value(spec);
        let id_a = self.id(&format!("{}-{}-2019", subject.2, measure.slug));
        let id_b = self.id(&format!("{}-{}-2020", subject.2, measure.slug));
        let id_t = self.id(&format!("{}-{}-total", subject.2, measure.slug));
        let mut ma = self.bare(
            id_a,
            format!("2019年底前{base_zh}"),
            format!("{base_en}, by end-2019"),
            a,
            spec,
        );
        let mut mb = self.bare(
            id_b,
            format!("2020年{base_zh}"),
            format!("{base_en}, in 2020"),
            b,
            spec,
        );
        let total = Val {
            units: a.units + b.units,
            decimals: spec.decimals,
        };
        let mut mt = self.bare(
            id_t,
            format!("累计{base_zh}"),
            format!("{base_en} (cumulative)"),
            total,
            spec,
        );
        let rel_id = self.id("rel-sum");
        self.relations.push(J::Obj(vec![
            ("id", J::s(rel_id)),
            ("kind", J::s("sum")),
            (
                "label",
                text(
                    &format!("{} = {} + {}", mt.label_zh, ma.label_zh, mb.label_zh),
                    Some(&format!("{base_en}: cumulative = by end-2019 + in 2020")),
                ),
            ),
            ("total", J::s(mt.id.as_str())),
            (
                "parts",
                J::Arr(vec![J::s(ma.id.as_str()), J::s(mb.id.as_str())]),
            ),
        ]));
        let quote = format!(
            "{}{}，其中2019年底前{}、2020年{}。",
            mt.label_zh,
            mt.stated_zh(),
            ma.stated_zh(),
            mb.stated_zh()
        );
        for m in [&mut mt, &mut ma, &mut mb] {
            m.quote = quote.clone();
            m.topic = topic;
            m.direction = measure.direction;
        }
        vec![mt, ma, mb]
    }

    /// Cases received and cases closed (≤ received), with an `at_most`
    /// relation.
    fn at_most_relation(&mut self, topic: Option<usize>) -> Vec<M> {
        const CASES: UnitSpec = u("件", 10.0, 3000.0, 0);
        let subject = *self.rng.pick(SUBJECTS);
        let received = self.value(&CASES);
        let closed = Val {
            units: ((received.units as f64) * (0.7 + 0.3 * self.rng.unit())).floor() as i64,
            decimals: 0,
        };
        let closed = Val {
            units: closed.units.max(1),
            ..closed
        };
        let id_r = self.id(&format!("{}-cases-received", subject.2));
        let id_c = self.id(&format!("{}-cases-closed", subject.2));
        let mut r = self.bare(
            id_r,
            format!("受理{}问题线索", subject.0),
            format!("Complaints about {} received", subject.1),
            received,
            &CASES,
        );
        let mut c = self.bare(
            id_c,
            format!("办结{}问题线索", subject.0),
            format!("Complaints about {} resolved", subject.1),
            closed,
            &CASES,
        );
        let rel_id = self.id("rel-closed");
        self.relations.push(J::Obj(vec![
            ("id", J::s(rel_id)),
            ("kind", J::s("at_most")),
            (
                "label",
                text(
                    &format!("{} ≤ {}", c.label_zh, r.label_zh),
                    Some(&format!(
                        "Complaints about {} resolved ≤ received",
                        subject.1
                    )),
                ),
            ),
            ("total", J::s(r.id.as_str())),
            ("parts", J::Arr(vec![J::s(c.id.as_str())])),
        ]));
        let quote = format!(
            "{}{}，{}{}。",
            r.label_zh,
            r.stated_zh(),
            c.label_zh.replace("问题线索", ""),
            c.stated_zh()
        );
        for m in [&mut r, &mut c] {
            m.quote = quote.clone();
            m.topic = topic;
            m.period = Some(2);
        }
        vec![r, c]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_odd_sizes_are_valid() {
        for (n, k) in [(1, 1), (1, 3), (2, 3), (7, 2), (50, 3), (333, 7), (1000, 5)] {
            let text = generate(n, k, true).unwrap_or_else(|e| panic!("{n}/{k}: {e}"));
            let sc = scorecard_core::load_str(&text).unwrap();
            assert_eq!(sc.metrics().count(), n);
            assert_eq!(sc.sections.len(), k);
            assert!(sc.metrics().all(|(_, m)| !m.quote.is_empty()));
        }
    }

    #[test]
    fn is_deterministic_and_compact_reads_the_same() {
        let a = generate(500, 3, true).unwrap();
        assert_eq!(a, generate(500, 3, true).unwrap());
        let compact = generate(500, 3, false).unwrap();
        assert!(compact.len() < a.len());
        assert_eq!(
            scorecard_core::load_str(&a).unwrap(),
            scorecard_core::load_str(&compact).unwrap()
        );
    }

    #[test]
    fn has_the_variety_searches_and_checks_need() {
        let text = generate(2000, default_sections(2000), true).unwrap();
        let sc = scorecard_core::load_str(&text).unwrap();
        let metrics: Vec<_> = sc.metrics().map(|(_, m)| m).collect();
        assert!(metrics.iter().any(|m| m.qualifier.is_some()));
        assert!(metrics.iter().any(|m| !m.series.is_empty()));
        assert!(metrics.iter().any(|m| !m.parts.is_empty()));
        assert!(metrics.iter().any(|m| m.label.en().is_none()));
        assert!(!sc.relations.is_empty());
        let units: std::collections::HashSet<String> =
            metrics.iter().map(|m| m.unit.to_string()).collect();
        for unit in ["万元", "亿元", "人", "万人次", "%", "公里", "万度"] {
            assert!(units.contains(unit), "no metric in {unit}");
        }
        // A place word matches a subset, not everything and not nothing.
        let hits = metrics
            .iter()
            .filter(|m| m.label.text(scorecard_core::Lang::Zh).contains("富家桥"))
            .count();
        assert!(hits > 10 && hits < metrics.len() / 5, "{hits}");
        assert!(scorecard_core::checks::checks(&sc).iter().all(|c| c.holds));
    }

    #[test]
    fn values_are_written_without_trailing_zeros() {
        assert_eq!(
            Val {
                units: 338,
                decimals: 2
            }
            .text(),
            "3.38"
        );
        assert_eq!(
            Val {
                units: 340,
                decimals: 2
            }
            .text(),
            "3.4"
        );
        assert_eq!(
            Val {
                units: 300,
                decimals: 2
            }
            .text(),
            "3"
        );
        assert_eq!(
            Val {
                units: 5,
                decimals: 2
            }
            .text(),
            "0.05"
        );
        assert_eq!(
            Val {
                units: 41354,
                decimals: 0
            }
            .text(),
            "41354"
        );
    }
}
