//! The vocabulary synthetic articles are made of: subjects, places,
//! measures with their units and ranges, periods, topics and themes.

/// (zh, en, id slug)
pub(super) type Word = (&'static str, &'static str, &'static str);

pub(super) const SUBJECTS: &[Word] = &[
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

pub(super) const PLACES: &[Word] = &[
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
pub(super) struct Measure {
    /// `{}` is the subject.
    pub(super) zh: &'static str,
    pub(super) en: &'static str,
    pub(super) slug: &'static str,
    /// How often articles state such a figure, relative to the others.
    pub(super) weight: u32,
    pub(super) units: &'static [UnitSpec],
    pub(super) direction: &'static str,
    /// Whether values add up (compositions and sums make sense).
    pub(super) additive: bool,
}

/// A unit with the range of values written in it and their decimals.
pub(super) struct UnitSpec {
    pub(super) unit: &'static str,
    pub(super) lo: f64,
    pub(super) hi: f64,
    pub(super) decimals: u32,
}

pub(super) const fn u(unit: &'static str, lo: f64, hi: f64, decimals: u32) -> UnitSpec {
    UnitSpec {
        unit,
        lo,
        hi,
        decimals,
    }
}

pub(super) const HIGHER: &str = "higher_is_better";
pub(super) const LOWER: &str = "lower_is_better";
pub(super) const NEUTRAL: &str = "neutral";

pub(super) const MEASURES: &[Measure] = &[
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
pub(super) const MODIFIERS: &[(&str, &str)] = &[
    ("", ""),
    ("", ""),
    ("累计", " (cumulative)"),
    ("新增", " (new)"),
];

/// (zh, en, year the figure ends in)
pub(super) const PERIODS: &[(&str, &str, i32)] = &[
    ("截至2019年底", "By the end of 2019", 2019),
    ("2016年以来", "Since 2016", 2020),
    ("2020年", "In 2020", 2020),
    ("2020年1-10月", "January–October 2020", 2020),
    ("截至目前", "To date", 2020),
    ("2019年", "In 2019", 2019),
    ("“十三五”期间", "During the 13th Five-Year Plan", 2020),
    ("2014年以来", "Since 2014", 2020),
];

pub(super) const TOPICS: &[(&str, &str)] = &[
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

pub(super) const THEMES: &[Word] = &[
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

pub(super) const FOCUS: &[(&str, &str)] = &[
    ("聚焦责任落实", "Focus: responsibility"),
    ("聚焦产业增收", "Focus: income from industry"),
    ("聚焦民生保障", "Focus: livelihoods"),
    ("聚焦问题整改", "Focus: fixing problems"),
    ("聚焦基层治理", "Focus: local governance"),
];

pub(super) const ITEMS: &[(&str, &str, &str)] = &[
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

pub(super) const SOURCE_OPENERS: &[&str] = &["", "", "全区", "我区", "积极推进精准帮扶，"];
