//! Randomness: SplitMix64, seeded, the same on every machine.

use super::words::{Measure, MEASURES};

/// SplitMix64: small, fast, good enough, and the same on every machine.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub(super) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(super) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub(super) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A measure, more common ones more often (money, people and
    /// households far more than bulletins or years).
    pub(super) fn measure(&mut self) -> &'static Measure {
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
    pub(super) fn log_uniform(&mut self, lo: f64, hi: f64) -> f64 {
        (lo.ln() + self.unit() * (hi.ln() - lo.ln())).exp()
    }
}
