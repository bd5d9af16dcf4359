//! `cargo xtask fuzz [--seconds N] [--target NAME] [--smoke]`: runs the
//! cargo-fuzz targets of `fuzz/` one after the other, each for a fixed time,
//! and says for each how long it ran, how many inputs it tried and whether it
//! found a crash.
//!
//! cargo-fuzz needs nightly-only rustc flags (`-Zsanitizer=address`, the
//! sanitizer-coverage passes). The project's toolchain is stable, so every
//! `cargo fuzz` here runs with `RUSTC_BOOTSTRAP=1`, which lets stable rustc
//! accept them; stable ships the AddressSanitizer runtime, so the default
//! sanitizer works. The variable is set on those commands only, never for
//! the rest of the build.
//!
//! Each target reads its seed inputs from `fuzz/seeds/<target>/` (committed,
//! read-only for libFuzzer) and keeps what it learns in
//! `fuzz/corpus/<target>/`; crashing inputs land in
//! `fuzz/artifacts/<target>/` and the full libFuzzer output of the last run
//! in `fuzz/artifacts/<target>.log` (all three git-ignored).

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use crate::cmd::{self, Result};

/// The fuzz targets, in the order they run (`fuzz/fuzz_targets/NAME.rs`).
pub const TARGETS: [&str; 2] = ["parse_validate", "format_number"];
/// cargo-fuzz release installed when `cargo fuzz` is missing.
const CARGO_FUZZ_VERSION: &str = "0.13.2";
const DEFAULT_SECONDS: u64 = 60;
/// `--smoke`: long enough to build, load the seeds and try a few hundred
/// thousand inputs per target, short enough for every test run.
const SMOKE_SECONDS: u64 = 10;
/// A single input taking longer than this is reported as a finding (a hang).
const INPUT_TIMEOUT_SECONDS: u64 = 20;

/// What one target's run found.
struct Report {
    target: &'static str,
    secs: f64,
    executions: Option<u64>,
    per_sec: Option<u64>,
    /// Inputs written to `fuzz/artifacts/<target>/` by this run.
    artifacts: Vec<PathBuf>,
    /// libFuzzer exited with an error (crash, hang, out of memory).
    failed: bool,
}

impl Report {
    fn crashed(&self) -> bool {
        self.failed || !self.artifacts.is_empty()
    }
}

/// Entry point for the `fuzz` command.
pub fn run(root: &Path, flags: &crate::flags::Fuzz) -> ExitCode {
    let smoke = flags.smoke;
    let seconds = flags.seconds;
    if seconds == Some(0) {
        return crate::usage_error("fuzz: --seconds needs a whole number above 0");
    }
    let target = match &flags.target {
        None => None,
        Some(name) => match TARGETS.iter().find(|t| **t == name) {
            Some(t) => Some(*t),
            None => {
                return crate::usage_error(&format!(
                    "fuzz: unknown target `{name}` (targets: {})",
                    TARGETS.join(", ")
                ))
            }
        },
    };
    if smoke && seconds.is_some() {
        return crate::usage_error("fuzz: --smoke runs 10 s per target; leave out --seconds");
    }
    let result = if smoke && target.is_none() {
        smoke_all(root)
    } else {
        let seconds = seconds.unwrap_or(if smoke {
            SMOKE_SECONDS
        } else {
            DEFAULT_SECONDS
        });
        let targets = target.map_or(TARGETS.to_vec(), |t| vec![t]);
        fuzz(root, &targets, seconds)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask fuzz: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Every target for [`SMOKE_SECONDS`]: the step for `cargo xtask test`.
pub fn smoke_all(root: &Path) -> Result {
    fuzz(root, &TARGETS, SMOKE_SECONDS)
}

/// Installs cargo-fuzz if needed, builds `targets`, fuzzes each for
/// `seconds` and prints a summary; `Err` when a target crashed or could not
/// run.
fn fuzz(root: &Path, targets: &[&'static str], seconds: u64) -> Result {
    let start = Instant::now();
    ensure_cargo_fuzz()?;

    eprintln!(
        "\nxtask fuzz: building {} (RUSTC_BOOTSTRAP=1)…",
        targets.join(", ")
    );
    let build_start = Instant::now();
    for target in targets {
        cmd::run(&mut cargo_fuzz(root, &["build", target]))?;
    }
    eprintln!("xtask fuzz: built ({})", cmd::since(build_start));

    let mut reports = Vec::new();
    for target in targets {
        reports.push(fuzz_one(root, target, seconds)?);
    }

    eprintln!(
        "\nxtask fuzz: {seconds} s per target, single job, RUSTC_BOOTSTRAP=1 (total {})",
        cmd::since(start)
    );
    eprintln!(
        "  {:<16} {:>8} {:>13} {:>8}  result",
        "target", "seconds", "executions", "exec/s"
    );
    let count = |n: Option<u64>| n.map_or("?".to_string(), thousands);
    for r in &reports {
        let result = if r.crashed() {
            match r.artifacts.first() {
                Some(a) => format!("CRASH: {}", relative(root, a)),
                None => "CRASH (libFuzzer failed; see the log)".to_string(),
            }
        } else {
            "no crash".to_string()
        };
        eprintln!(
            "  {:<16} {:>8.0} {:>13} {:>8}  {result}",
            r.target,
            r.secs,
            count(r.executions),
            count(r.per_sec)
        );
    }

    let crashed: Vec<&Report> = reports.iter().filter(|r| r.crashed()).collect();
    if crashed.is_empty() {
        return Ok(());
    }
    for r in &crashed {
        eprintln!("\n{}: log in fuzz/artifacts/{}.log", r.target, r.target);
        for a in &r.artifacts {
            let a = relative(root, a);
            eprintln!(
                "  reproduce: RUSTC_BOOTSTRAP=1 cargo fuzz run {} {a}",
                r.target
            );
            eprintln!(
                "  minimize:  RUSTC_BOOTSTRAP=1 cargo fuzz tmin {} {a}",
                r.target
            );
        }
    }
    Err(format!(
        "crash found in {}",
        crashed
            .iter()
            .map(|r| r.target)
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// `cargo install cargo-fuzz` when `cargo fuzz --version` fails.
fn ensure_cargo_fuzz() -> Result {
    if let Some(version) = cmd::stdout("cargo", &["fuzz", "--version"]) {
        eprintln!("xtask fuzz: {version}: ok");
        return Ok(());
    }
    eprintln!("xtask fuzz: installing cargo-fuzz {CARGO_FUZZ_VERSION} from crates.io (takes about 2 min)…");
    let start = Instant::now();
    cmd::run(&mut cmd::cargo(&[
        "install",
        "cargo-fuzz",
        "--locked",
        "--version",
        CARGO_FUZZ_VERSION,
    ]))?;
    eprintln!("xtask fuzz: cargo-fuzz installed ({})", cmd::since(start));
    Ok(())
}

/// `cargo fuzz ARGS…` from the project root, with the variable that lets
/// stable rustc take cargo-fuzz's nightly flags.
fn cargo_fuzz(root: &Path, args: &[&str]) -> Command {
    let mut command = cmd::cargo(&["fuzz"]);
    command
        .args(args)
        .current_dir(root)
        .env("RUSTC_BOOTSTRAP", "1");
    command
}

/// Fuzzes `target` for `seconds`, echoing libFuzzer's output without its
/// per-input progress lines, and reads the final statistics.
fn fuzz_one(root: &Path, target: &'static str, seconds: u64) -> Result<Report> {
    let fuzz_dir = root.join("fuzz");
    let corpus = format!("fuzz/corpus/{target}");
    let seeds = format!("fuzz/seeds/{target}");
    let artifacts_dir = fuzz_dir.join("artifacts").join(target);
    for dir in [root.join(&corpus), artifacts_dir.clone()] {
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let log_path = fuzz_dir.join("artifacts").join(format!("{target}.log"));
    let mut log = fs::File::create(&log_path)
        .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    let before = files_in(&artifacts_dir);

    let max_time = format!("-max_total_time={seconds}");
    let timeout = format!("-timeout={INPUT_TIMEOUT_SECONDS}");
    // The first corpus directory is where libFuzzer writes; the seeds are
    // only read.
    let mut args = vec!["run", "--jobs", "1", target, &corpus];
    if root.join(&seeds).is_dir() {
        args.push(&seeds);
    }
    args.extend(["--", &max_time, &timeout, "-print_final_stats=1"]);
    let mut command = cargo_fuzz(root, &args);
    command.stdin(Stdio::null()).stderr(Stdio::piped());
    eprintln!(
        "\n==> xtask fuzz: {target} for {seconds} s (full output: {})",
        relative(root, &log_path)
    );
    eprintln!("$ RUSTC_BOOTSTRAP=1 {}", cmd::display(&command));

    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start cargo fuzz: {e}"))?;
    let mut executions = None;
    let mut per_sec = None;
    let mut in_dictionary = false;
    if let Some(stderr) = child.stderr.take() {
        let mut reader = BufReader::new(stderr);
        let mut raw = Vec::new();
        loop {
            raw.clear();
            match reader.read_until(b'\n', &mut raw) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            let _ = log.write_all(&raw);
            let line = String::from_utf8_lossy(&raw);
            let line = line.trim_end();
            if let Some(n) = stat(line, "stat::number_of_executed_units:") {
                executions = Some(n);
            }
            if let Some(n) = stat(line, "stat::average_exec_per_sec:") {
                per_sec = Some(n);
            }
            if line.starts_with("###### Recommended dictionary") {
                in_dictionary = true;
            }
            if !in_dictionary && !is_progress(line) {
                eprintln!("{line}");
            }
            if line.starts_with("###### End of recommended dictionary") {
                in_dictionary = false;
            }
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("cargo fuzz did not finish: {e}"))?;
    let secs = start.elapsed().as_secs_f64();
    let artifacts: Vec<PathBuf> = files_in(&artifacts_dir)
        .difference(&before)
        .cloned()
        .collect();
    Ok(Report {
        target,
        secs,
        executions,
        per_sec,
        artifacts,
        failed: !status.success(),
    })
}

/// The number after `key` on a libFuzzer `stat::` line.
fn stat(line: &str, key: &str) -> Option<u64> {
    line.strip_prefix(key)?.trim().parse().ok()
}

/// libFuzzer's line for each new or reduced input, and the functions it
/// reached: thousands of lines that say nothing when nothing goes wrong.
fn is_progress(line: &str) -> bool {
    let trimmed = line.trim_start();
    if trimmed.starts_with("NEW_FUNC") {
        return true;
    }
    let Some(rest) = line.strip_prefix('#') else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let word = rest.trim_start();
    rest.len() != word.len() && (word.starts_with("NEW ") || word.starts_with("REDUCE "))
}

fn files_in(dir: &Path) -> BTreeSet<PathBuf> {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default()
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// `4213000` as `4,213,000`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_final_stats() {
        assert_eq!(
            stat(
                "stat::number_of_executed_units: 221191",
                "stat::number_of_executed_units:"
            ),
            Some(221191)
        );
        assert_eq!(
            stat(
                "stat::average_exec_per_sec:     7135",
                "stat::average_exec_per_sec:"
            ),
            Some(7135)
        );
        assert_eq!(
            stat("Done 221191 runs", "stat::number_of_executed_units:"),
            None
        );
    }

    #[test]
    fn hides_only_progress_lines() {
        assert!(is_progress(
            "#26\tNEW    cov: 2443 ft: 4606 corp: 25/103Kb lim: 7978 exec/s: 0 rss: 51Mb L: 2710/7978 MS: 1 InsertByte-"
        ));
        assert!(is_progress("#48\tREDUCE cov: 2459 ft: 4806 corp: 38/149Kb"));
        assert!(is_progress(
            "\tNEW_FUNC[1/1]: 0x55d0b544ecb0 in describe_here"
        ));
        assert!(!is_progress(
            "#25\tINITED cov: 2426 ft: 4553 corp: 24/100Kb"
        ));
        assert!(!is_progress("#262144\tpulse  cov: 2700 ft: 9000"));
        assert!(!is_progress("==1234== ERROR: libFuzzer: deadly signal"));
        assert!(!is_progress("#include NEW thing"));
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(4213000), "4,213,000");
    }
}
