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

mod arithmetic;
mod generate;
mod metric;
mod rng;
mod words;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use generate::Synth;

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
    let written = if pretty {
        scorecard_core::write::to_json(&doc)
    } else {
        scorecard_core::write::to_json_compact(&doc)
    };
    let text = written.map_err(|e| format!("{}: {} (a bug in synth)", e.path, e.message))?;
    let sc = scorecard_core::load_str(&text).map_err(|problems| {
        let shown: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
        format!(
            "the synthetic scorecard is invalid ({} problems; a bug in synth):\n  {}",
            problems.len(),
            shown.join("\n  ")
        )
    })?;
    let count = sc.metrics().count();
    if count != n || sc.sections.len() != k {
        return Err(format!(
            "synth made {count} metrics in {} sections, not {n} in {k} (a bug in synth)",
            sc.sections.len()
        ));
    }
    Ok(text)
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
}
