//! Interface text in both languages. Data text comes from the scorecard.

use scorecard_core::Lang;

/// A piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Ui {
    Source,
    ReadArticle,
    Authors,
    Editor,
    Retrieved,
    Updated,
    Via,
    StatedChange,
    AlsoStated,
    Language,
    ThemeToggle,
    ViewCards,
    ViewTable,
    ViewChecks,
    Views,
    Sections,
    Search,
    SearchPlaceholder,
    Matches,
    NoMatches,
    ClearSearch,
    ShowSource,
    HideSource,
    CopyLink,
    Copied,
    Derived,
    Period,
    Unit,
    Value,
    Label,
    Section,
    AsStated,
    Quote,
    TableCaption,
    ChecksTitle,
    Holds,
    Fails,
    Sum,
    AtMost,
    Composition,
    Mechanisms,
    HigherBetter,
    LowerBetter,
    Neutral,
    Up,
    Down,
    NoTranslation,
    DownloadCsv,
    DownloadJson,
    CopyCitation,
    GetData,
    ErrorTitle,
    Loading,
    ErrorHelp,
    Trend,
    ExactValue,
    Year,
    Share,
    Headline,
    Embed,
    EmbedPym,
    EmbedMount,
    CopyCode,
    OpenStudio,
    Baseline,
    ChangeCol,
    /// After a label, before what it labels: `：` or `: `.
    Colon,
    /// Between items of a list: `，` or `, `.
    ListSep,
    /// Between clauses: `；` or `; `.
    ClauseSep,
    /// Between a year and its value in a chart's text: `年 ` or `: `.
    YearSep,
}

impl Ui {
    /// The text in `lang`.
    pub fn tr(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Ui::Source => ("来源", "Source"),
            Ui::ReadArticle => ("阅读原文", "Read the article"),
            Ui::Authors => ("作者", "By"),
            Ui::Editor => ("编辑", "Editor"),
            Ui::Retrieved => ("读取于", "Retrieved"),
            Ui::Updated => ("数据更新于", "Data updated"),
            Ui::Via => ("转载", "Via"),
            Ui::StatedChange => ("原文所述变化", "Change as stated"),
            Ui::AlsoStated => ("原文另记为", "Also stated as"),
            Ui::Language => ("语言", "Language"),
            Ui::ThemeToggle => ("深色 / 浅色", "Dark / light"),
            Ui::ViewCards => ("卡片", "Cards"),
            Ui::ViewTable => ("表格", "Table"),
            Ui::ViewChecks => ("核验", "Checks"),
            Ui::Views => ("视图", "Views"),
            Ui::Sections => ("章节", "Sections"),
            Ui::Search => ("查找数据", "Find a figure"),
            Ui::SearchPlaceholder => ("如：光伏、危房、万元", "e.g. solar, housing, yuan"),
            Ui::Matches => ("项数据符合", "figures match"),
            Ui::NoMatches => (
                "没有符合的数据。换个词试试。",
                "No figure matches. Try another word.",
            ),
            Ui::ClearSearch => ("清除查找", "Clear search"),
            Ui::ShowSource => ("来源", "Source"),
            Ui::HideSource => ("收起来源", "Hide source"),
            Ui::CopyLink => ("复制链接", "Copy link"),
            Ui::Copied => ("已复制", "Copied"),
            Ui::Derived => ("推算", "Derived"),
            Ui::Period => ("时间", "Period"),
            Ui::Unit => ("单位", "Unit"),
            Ui::Value => ("数值", "Value"),
            Ui::Label => ("指标", "Figure"),
            Ui::Section => ("章节", "Section"),
            Ui::AsStated => ("原文数值", "As stated"),
            Ui::Baseline => ("起点", "Baseline"),
            Ui::ChangeCol => ("变化", "Change"),
            Ui::Quote => ("原文", "Source sentence"),
            Ui::TableCaption => (
                "全部数据（原文数值及出处）",
                "Every figure, as stated, with its source sentence",
            ),
            Ui::ChecksTitle => (
                "数据核验：原文中的数字能否对得上",
                "Checks: does the article's arithmetic add up?",
            ),
            Ui::Holds => ("成立", "holds"),
            Ui::Fails => ("不成立", "does not hold"),
            Ui::Sum => ("合计", "sum"),
            Ui::AtMost => ("不超过", "at most"),
            Ui::Composition => ("构成", "Composition"),
            Ui::Mechanisms => ("做法与机制", "Mechanisms"),
            Ui::HigherBetter => ("越高越好", "higher is better"),
            Ui::LowerBetter => ("越低越好", "lower is better"),
            Ui::Neutral => ("中性指标", "neutral"),
            Ui::Up => ("改善", "improved"),
            Ui::Down => ("变差", "worsened"),
            Ui::NoTranslation => (
                "暂无中文译文，显示原文",
                "no translation; shown as in the article",
            ),
            Ui::DownloadCsv => ("下载 CSV", "Download CSV"),
            Ui::DownloadJson => ("下载 JSON", "Download JSON"),
            Ui::CopyCitation => ("复制引用（GB/T 7714）", "Copy citation (GB/T 7714)"),
            Ui::GetData => ("获取数据", "Get the data"),
            Ui::Loading => ("正在读取数据…", "Loading the data…"),
            Ui::ErrorTitle => (
                "数据文件有误，无法显示",
                "The data file has problems and cannot be shown",
            ),
            Ui::ErrorHelp => (
                "逐条修正下列问题（行:列　字段路径：说明）",
                "Fix each problem below (line:column  field path: message)",
            ),
            Ui::Trend => ("走势", "Trend"),
            Ui::ExactValue => ("精确值", "Exact value"),
            Ui::Year => ("年份", "Year"),
            Ui::Share => ("占比", "Share"),
            Ui::Headline => ("核心数据", "Headline figures"),
            Ui::Embed => ("嵌入", "Embed"),
            Ui::EmbedPym => (
                "iframe（pym.js，高度自适应）",
                "iframe (pym.js, sizes itself)",
            ),
            Ui::EmbedMount => ("直接挂载（Shadow DOM）", "Direct mount (Shadow DOM)"),
            Ui::CopyCode => ("复制代码", "Copy code"),
            Ui::OpenStudio => (
                "编辑：在工作台中检查数据卡文件，或从一篇报道做一张数据卡",
                "For editors: check a scorecard file, or make one from an article, in the studio",
            ),
            Ui::Colon => ("：", ": "),
            Ui::ListSep => ("，", ", "),
            Ui::ClauseSep => ("；", "; "),
            Ui::YearSep => ("年 ", ": "),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// The "show more" button's text: `显示更多（还有 12 项）`, `Show more (12 left)`.
pub fn show_more(left: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("显示更多（还有 {left} 项）"),
        Lang::En => format!("Show more ({left} left)"),
    }
}

/// How many figures a search found: `12 项数据符合`, `12 figures match`.
pub fn matches(n: usize, lang: Lang) -> String {
    format!("{n} {}", Ui::Matches.tr(lang))
}

/// The label of a composition without one of its own: `…的构成`,
/// `Composition of: …`.
pub fn composition_of(total: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{total}的构成"),
        Lang::En => format!("Composition of: {total}"),
    }
}
