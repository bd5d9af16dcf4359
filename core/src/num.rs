//! Numbers to and from decimal text, all through this module.
//!
//! Natively this is Rust's own code. Compiled to WebAssembly it is the
//! JavaScript engine's (`parseFloat`, `toString`, `toFixed`, `BigInt`),
//! which every page has already, so the WASM carries none of Rust's float
//! parsing and printing code and tables. Both give the same text (tested
//! natively here and in the browser by `tests/web.rs`).

use std::fmt;

/// The value of a number written in JSON's grammar (the lexer has checked
/// it), correctly rounded; `None` if the text is not a number at all.
pub fn parse(text: &str) -> Option<f64> {
    exact(text).or_else(|| imp::parse(text))
}

/// The value of decimal text whose digits (at most 15, point removed) and
/// power of ten (within ±22) are exact doubles: one multiplication or
/// division of two exact values, so correctly rounded (Clinger's fast
/// path). Most figures are such; the rest go to [`imp::parse`].
fn exact(text: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let parts = parts(text);
    let exp = parts.exponent()?;
    let Parts {
        negative,
        int,
        frac,
        ..
    } = parts;
    let mut m: u64 = 0;
    let mut digits = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        if m == 0 && b == b'0' {
            continue;
        }
        digits += 1;
        if digits > 15 {
            return None;
        }
        m = m * 10 + u64::from(b - b'0');
    }
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let power = exp.checked_sub(i32::try_from(frac.len()).ok()?)?;
    let v = m as f64;
    let v = match power {
        0..=22 => v * POW10[power as usize],
        -22..=-1 => v / POW10[(-power) as usize],
        _ if m == 0 => 0.0,
        _ => return None,
    };
    Some(if negative { -v } else { v })
}

/// `v` as Rust's `{}` writes it: the shortest digits that read back as
/// `v`, never with an exponent (`1e21` is `1000000000000000000000`).
pub fn shortest(v: f64) -> String {
    imp::shortest(v)
}

/// `v` as Rust's `{:.decimals$}` writes it: the exact value rounded to
/// `decimals` places (at most 20), an exact half to even.
pub fn fixed(v: f64, decimals: usize) -> String {
    imp::fixed(v, decimals.min(20))
}

/// Whether `text` is a decimal number: digits with at most one point
/// between or after them, then perhaps an exponent (`12`, `3.5`, `.5`,
/// `1e-3`); no sign, no words such as `inf`.
pub fn is_decimal(text: &str) -> bool {
    let Parts {
        negative,
        int,
        frac,
        exp,
    } = parts(text);
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let exp = exp.map(|e| e.strip_prefix(['+', '-']).unwrap_or(e));
    !negative
        && (!int.is_empty() || !frac.is_empty())
        && digits(int)
        && digits(frac)
        && exp.is_none_or(|e| !e.is_empty() && digits(e))
}

/// Decimal text taken apart, nothing checked: `-12.5e+3` is negative,
/// `12`, `5` and `+3`.
struct Parts<'a> {
    negative: bool,
    int: &'a str,
    frac: &'a str,
    /// What follows the `e`, if there is one.
    exp: Option<&'a str>,
}

fn parts(text: &str) -> Parts<'_> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text),
    };
    let (mantissa, exp) = match rest.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    Parts {
        negative,
        int,
        frac,
        exp,
    }
}

impl Parts<'_> {
    /// The power of ten the exponent gives (0 without one); `None` when it
    /// is not an `i32`.
    fn exponent(&self) -> Option<i32> {
        self.exp
            .map_or(Some(0), |e| e.strip_prefix('+').unwrap_or(e).parse().ok())
    }
}

/// Writes its number as [`shortest`] does, for `format!("{}", Num(v))`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&shortest(self.0))
    }
}

/// Digits in exponent form (`1.5e-7`, `1e+21`, `-2e21`) written out in
/// full, as Rust writes numbers; other text is returned as it is.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn plain(text: &str) -> String {
    let parts = parts(text);
    let (Some(_), Some(exp)) = (parts.exp, parts.exponent()) else {
        return text.to_string();
    };
    let Parts {
        negative,
        int,
        frac,
        ..
    } = parts;
    let sign = if negative { "-" } else { "" };
    let digits = format!("{int}{frac}");
    // Where the point goes, counted in digits from the left.
    let point = int.len() as i32 + exp;
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (a, b) = digits.split_at(point as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

/// Whether `v` lies exactly halfway between two numbers of `decimals`
/// places, i.e. `2 × v × 10^decimals` is an odd integer. With
/// `v = m × 2^e`, that is `m × 5^d × 2^(e+1+d)`, which is odd exactly when
/// `m` has `-(e+1+d)` trailing zero bits (`5^d` is odd).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn is_half(v: f64, decimals: usize) -> bool {
    if !v.is_finite() || v == 0.0 {
        return false;
    }
    let bits = v.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let k = -(e + 1 + decimals as i64);
    k > 0 && i64::from(m.trailing_zeros()) == k
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn parse(text: &str) -> Option<f64> {
        text.parse().ok()
    }

    pub fn shortest(v: f64) -> String {
        v.to_string()
    }

    pub fn fixed(v: f64, decimals: usize) -> String {
        format!("{v:.decimals$}")
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::{BigInt, JsString, Number};

    fn text(s: Result<JsString, impl Sized>) -> String {
        s.map(String::from).unwrap_or_default()
    }

    /// Rust's words for what is not a finite number.
    fn not_finite(v: f64) -> Option<String> {
        if v.is_nan() {
            Some("NaN".into())
        } else if v.is_infinite() {
            Some(if v > 0.0 { "inf" } else { "-inf" }.into())
        } else {
            None
        }
    }

    pub fn parse(text: &str) -> Option<f64> {
        let v = Number::parse_float(text);
        (!v.is_nan()).then_some(v)
    }

    pub fn shortest(v: f64) -> String {
        if let Some(s) = not_finite(v) {
            return s;
        }
        // JavaScript writes -0 as "0"; Rust keeps the sign.
        let sign = if v.is_sign_negative() { "-" } else { "" };
        let digits = super::plain(&text(Number::from(v.abs()).to_string_with_radix(10)));
        format!("{sign}{digits}")
    }

    pub fn fixed(v: f64, decimals: usize) -> String {
        if let Some(s) = not_finite(v) {
            return s;
        }
        let sign = if v.is_sign_negative() { "-" } else { "" };
        let abs = v.abs();
        let mut out = if abs >= 1e21 {
            // `toFixed` switches to an exponent here; every such double is
            // an integer, which `BigInt` writes exactly.
            let int = BigInt::new(&Number::from(abs))
                .ok()
                .map(|b| text(b.to_string(10)))
                .unwrap_or_default();
            if decimals == 0 {
                int
            } else {
                format!("{int}.{}", "0".repeat(decimals))
            }
        } else {
            text(Number::from(abs).to_fixed(decimals as u8))
        };
        // `toFixed` takes the larger of two equally near results, Rust the
        // even one: one less in the last place when the larger is odd.
        if super::is_half(abs, decimals) {
            if let Some(last) = out.pop() {
                match last.to_digit(10) {
                    Some(d) if d % 2 == 1 => out.push(char::from(b'0' + d as u8 - 1)),
                    _ => out.push(last),
                }
            }
        }
        format!("{sign}{out}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponent_forms_are_written_out_as_rust_writes_them() {
        let cases = [
            ("1e+21", "1000000000000000000000"),
            ("1e21", "1000000000000000000000"),
            ("1.5e-7", "0.00000015"),
            ("-2.5e+22", "-25000000000000000000000"),
            ("1.2345e2", "123.45"),
            ("5e-324", &format!("0.{}5", "0".repeat(323))),
            ("0.36", "0.36"),
            ("41354", "41354"),
        ];
        for (js, rust) in cases {
            assert_eq!(plain(js), rust, "{js}");
        }
        // Rust's own exponent form gives the shortest digits, as
        // JavaScript's does: written out, they are Rust's `{}`.
        for v in [
            0.1 + 0.2,
            1e21,
            1e23,
            1.5e-7,
            123.456,
            5e-324,
            1.7976931348623157e308,
            9.3,
            0.36,
        ] {
            assert_eq!(plain(&format!("{v:e}")), format!("{v}"), "{v}");
        }
    }

    #[test]
    fn exact_halves_are_found() {
        let cases = [
            (2.5, 0, true),
            (3.5, 0, true),
            (0.125, 2, true),
            (0.375, 2, true),
            (1.25, 1, true),
            (2.5, 1, false),
            (0.145, 2, false), // 0.14499999999999999
            (1.005, 2, false), // 1.00499999999999989
            (41354.0, 0, false),
            (0.0, 0, false),
            (5e-324, 2, false),
            (f64::INFINITY, 0, false),
        ];
        for (v, d, half) in cases {
            assert_eq!(is_half(v, d), half, "{v} at {d}");
        }
    }

    #[test]
    fn decimals_are_told_from_other_text() {
        for yes in ["12", "3.5", ".5", "5.", "1e-3", "2E+10", "0"] {
            assert!(is_decimal(yes), "{yes}");
        }
        for no in [
            "", ".", "-1", "+1", "1e", "1e+", "inf", "NaN", "1,000", "1.2.3", "１２", "1 ",
        ] {
            assert!(!is_decimal(no), "{no}");
        }
    }

    #[test]
    fn the_fast_path_reads_as_rust_does() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "1.30",
            "0.36",
            "9.3",
            "41354",
            "2035",
            "0.000123",
            "1e22",
            "1e-22",
            "123456789012345",
            "-98765.4321e3",
            "4.5E+2",
            "7e0",
            "0e500",
            "0.1",
        ]
        .map(String::from)
        .to_vec();
        // Figures as files write them: up to 15 digits, a point anywhere.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 999_999_999_999_999).to_string();
            let at = (x >> 50) as usize % (digits.len() + 1);
            let exp = (x >> 40) as i32 % 30 - 15;
            texts.push(format!("{}.{}e{exp}", &digits[..at], &digits[at..]).replace(".e", "e"));
        }
        for t in texts {
            let want: f64 = t.parse().unwrap();
            if let Some(v) = exact(&t) {
                assert_eq!(v.to_bits(), want.to_bits(), "{t}");
            }
            assert_eq!(parse(&t).map(f64::to_bits), Some(want.to_bits()), "{t}");
        }
        // Beyond the fast path: more digits, larger powers.
        for t in ["1234567890123456789", "1e23", "1e-400", "2.5e-324"] {
            assert_eq!(exact(t), None, "{t}");
        }
    }

    #[test]
    fn natively_the_same_as_rust() {
        assert_eq!(parse("1.30"), Some(1.3));
        assert_eq!(parse("-0"), Some(-0.0));
        assert_eq!(parse("x"), None);
        assert_eq!(shortest(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(1.0, 99), format!("1.{}", "0".repeat(20)));
        assert_eq!(Num(-0.0).to_string(), "-0");
    }
}
