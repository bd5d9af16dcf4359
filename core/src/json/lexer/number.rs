//! Numbers: JSON's grammar, with the digits written after the point kept
//! (1.30 has two), and the range checked.

use super::Lexer;
use crate::error::ProblemKind;
use crate::json::ParseError;

impl Lexer<'_, '_> {
    /// Appends the next (ASCII) byte to the number being read.
    fn take(&mut self) {
        if let Some(b) = self.peek() {
            self.number.push(char::from(b));
            self.bump();
        }
    }

    /// Appends a run of digits to the number; returns how many.
    fn digits(&mut self) -> usize {
        let before = self.number.len();
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            let rest = &self.cur[self.i..];
            let n = rest.bytes().take_while(u8::is_ascii_digit).count();
            self.number.push_str(&rest[..n]);
            self.i += n;
            self.col += n as u32;
        }
        self.number.len() - before
    }

    /// Reads a number, whose first character is next: its value and the
    /// count of digits after its decimal point once the exponent is applied.
    pub(crate) fn number(&mut self) -> Result<(f64, u8), ParseError> {
        let start_pos = self.pos();
        self.number.clear();
        if self.peek() == Some(b'-') {
            self.take();
        }
        match self.peek() {
            Some(b'0') => {
                self.take();
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.err(
                        ProblemKind::Syntax,
                        "numbers must not have leading zeros".into(),
                    ));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            Some(b'N' | b'I') => {
                return Err(ParseError {
                    pos: start_pos,
                    kind: ProblemKind::NumberOutOfRange,
                    message: "-NaN and -Infinity are not numbers in JSON".into(),
                })
            }
            _ => {
                let found = self.describe_here();
                return Err(self.err(
                    ProblemKind::Syntax,
                    format!("expected a digit, found {found}"),
                ));
            }
        }
        let decimals = self.fraction()?;
        let exponent = self.exponent()?;
        let raw = &self.number;
        let v = crate::num::parse(raw).ok_or_else(|| ParseError {
            pos: start_pos,
            kind: ProblemKind::Syntax,
            message: format!("{raw} is not a number"),
        })?;
        if !v.is_finite() {
            return Err(ParseError {
                pos: start_pos,
                kind: ProblemKind::NumberOutOfRange,
                message: format!("{raw} is too large for a number"),
            });
        }
        // -0 is read as 0 so that it never prints as "-0".
        let v = if v == 0.0 { 0.0 } else { v };
        // Digits after the point once the exponent is applied: 1.55e1 is
        // 15.5 (one decimal), 12345e-2 is 123.45 (two).
        let decimals = (decimals as i64)
            .saturating_sub(exponent)
            .clamp(0, i64::from(u8::MAX)) as u8;
        Ok((v, decimals))
    }

    /// Reads `.digits` if next; returns how many digits.
    fn fraction(&mut self) -> Result<usize, ParseError> {
        if self.peek() != Some(b'.') {
            return Ok(0);
        }
        self.take();
        let decimals = self.digits();
        if decimals == 0 {
            return Err(self.err(
                ProblemKind::Syntax,
                "expected a digit after the decimal point".into(),
            ));
        }
        Ok(decimals)
    }

    /// Reads `e[+-]digits` if next; returns the exponent (saturated).
    fn exponent(&mut self) -> Result<i64, ParseError> {
        if !matches!(self.peek(), Some(b'e' | b'E')) {
            return Ok(0);
        }
        self.take();
        let negative = self.peek() == Some(b'-');
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.take();
        }
        let before = self.number.len();
        if self.digits() == 0 {
            return Err(self.err(
                ProblemKind::Syntax,
                "expected a digit in the exponent".into(),
            ));
        }
        // Only digits, so parsing fails only on overflow.
        let size = self.number[before..].parse::<i64>().unwrap_or(i64::MAX);
        Ok(if negative { -size } else { size })
    }
}
