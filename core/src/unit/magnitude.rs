//! Magnitude words written in front of (Chinese) or around (English) a unit:
//! 万, 亿, thousand, million…

/// A magnitude word: the multiplier the article puts on its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Magnitude {
    /// No magnitude.
    One,
    /// 十, ten.
    Shi,
    /// 百, hundred.
    Bai,
    /// 千, thousand (Chinese).
    Qian,
    /// 万, ten thousand.
    Wan,
    /// 十万, a hundred thousand.
    ShiWan,
    /// 百万, a million (Chinese).
    BaiWan,
    /// 千万, ten million.
    QianWan,
    /// 亿, a hundred million.
    Yi,
    /// 万亿, a trillion (Chinese).
    WanYi,
    /// thousand.
    Thousand,
    /// million.
    Million,
    /// billion.
    Billion,
    /// trillion.
    Trillion,
}

impl Magnitude {
    /// Chinese magnitudes, longest first so that 十万 is read before 十.
    pub const ZH: [Magnitude; 9] = [
        Magnitude::ShiWan,
        Magnitude::BaiWan,
        Magnitude::QianWan,
        Magnitude::WanYi,
        Magnitude::Shi,
        Magnitude::Bai,
        Magnitude::Qian,
        Magnitude::Wan,
        Magnitude::Yi,
    ];

    /// English magnitudes.
    pub const EN: [Magnitude; 4] = [
        Magnitude::Thousand,
        Magnitude::Million,
        Magnitude::Billion,
        Magnitude::Trillion,
    ];

    /// The multiplier to the base unit.
    pub fn factor(self) -> f64 {
        match self {
            Magnitude::One => 1.0,
            Magnitude::Shi => 1e1,
            Magnitude::Bai => 1e2,
            Magnitude::Qian | Magnitude::Thousand => 1e3,
            Magnitude::Wan => 1e4,
            Magnitude::ShiWan => 1e5,
            Magnitude::BaiWan | Magnitude::Million => 1e6,
            Magnitude::QianWan => 1e7,
            Magnitude::Yi => 1e8,
            Magnitude::Billion => 1e9,
            Magnitude::WanYi | Magnitude::Trillion => 1e12,
        }
    }

    /// The power of ten of [`Magnitude::factor`].
    pub fn exponent(self) -> i32 {
        self.factor().log10().round() as i32
    }

    /// The word as written: `"万"`, `"million"`, or `""` for none.
    pub fn as_str(self) -> &'static str {
        match self {
            Magnitude::One => "",
            Magnitude::Shi => "十",
            Magnitude::Bai => "百",
            Magnitude::Qian => "千",
            Magnitude::Wan => "万",
            Magnitude::ShiWan => "十万",
            Magnitude::BaiWan => "百万",
            Magnitude::QianWan => "千万",
            Magnitude::Yi => "亿",
            Magnitude::WanYi => "万亿",
            Magnitude::Thousand => "thousand",
            Magnitude::Million => "million",
            Magnitude::Billion => "billion",
            Magnitude::Trillion => "trillion",
        }
    }

    /// Reads an English magnitude word (`"million"`, `"bn"`, `"m"` is not
    /// one: it is a metre).
    pub fn parse_en(word: &str) -> Option<Magnitude> {
        match word.to_ascii_lowercase().as_str() {
            "thousand" => Some(Magnitude::Thousand),
            "million" | "mn" => Some(Magnitude::Million),
            "billion" | "bn" => Some(Magnitude::Billion),
            "trillion" | "tn" => Some(Magnitude::Trillion),
            _ => None,
        }
    }

    /// Whether the word is English.
    pub fn is_en(self) -> bool {
        Magnitude::EN.contains(&self)
    }
}
