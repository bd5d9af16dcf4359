//! `cargo xtask test`: every check and test, in order, each one run even
//! when an earlier one failed, then a summary table.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

use crate::cmd::{self, Result};
use crate::{budget, check, dist, schema, tools};

struct Outcome {
    name: &'static str,
    ok: bool,
    secs: f64,
}

/// Chrome flags for the wasm-bindgen-test browser tests, read by
/// wasm-bindgen-test-runner from `webdriver.json` (it adds `headless`,
/// `no-sandbox` and `disable-dev-shm-usage` itself).
const WEBDRIVER_JSON: &str = r#"{
  "goog:chromeOptions": {
    "args": [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  }
}
"#;

/// Entry point for the `test` command.
pub fn run(root: &Path) -> ExitCode {
    let total = Instant::now();
    let mut outcomes = Vec::new();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> Result| {
        eprintln!("\n==> xtask test: {name}");
        let start = Instant::now();
        let result = f();
        if let Err(e) = &result {
            eprintln!("xtask test: {name} FAILED: {e}");
        }
        outcomes.push(Outcome {
            name,
            ok: result.is_ok(),
            secs: start.elapsed().as_secs_f64(),
        });
        result.is_ok()
    };

    step("tools", &mut || tools::ensure(root, true));
    step("fmt", &mut || cargo(&["fmt", "--all", "--check"]));
    step("clippy", &mut || {
        cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ])
    });
    step("native tests", &mut || {
        cargo(&["test", "--workspace", "--all-features"])
    });
    step("browser tests", &mut || browser_tests(root));
    step("fuzz (smoke)", &mut || crate::fuzz::smoke_all(root));
    step("schema up to date", &mut || schema::check_up_to_date(root));
    step("check data", &mut || check_data(root));
    let built = step("release build", &mut || dist::build_release(root));
    step("size budget", &mut || {
        if !built {
            return Err("skipped: the release build failed".into());
        }
        budget::check(&root.join(dist::DIST))
    });
    step("e2e (Playwright)", &mut || {
        if !built {
            return Err("skipped: the release build failed".into());
        }
        let mut npx = cmd::new("npx", &["playwright", "test"]);
        npx.current_dir(root.join("e2e"));
        // A free port, so a server left running elsewhere cannot clash.
        if let Some(port) = free_port() {
            npx.env("E2E_PORT", port.to_string());
        }
        cmd::run(&mut npx)
    });

    summary(&outcomes, total)
}

/// A loopback port nobody listens on right now.
fn free_port() -> Option<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").ok()?;
    listener.local_addr().ok().map(|a| a.port())
}

fn cargo(args: &[&str]) -> Result {
    cmd::run(&mut cmd::cargo(args))
}

/// wasm-bindgen-test in headless Chromium through chromedriver.
fn browser_tests(root: &Path) -> Result {
    let webdriver = root.join("webdriver.json");
    if fs::read_to_string(&webdriver).is_err() {
        fs::write(&webdriver, WEBDRIVER_JSON)
            .map_err(|e| format!("cannot write {}: {e}", webdriver.display()))?;
    }
    let mut command: Command = cmd::cargo(&[
        "test",
        "-p",
        "scorecard",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    command
        .env("CHROMEDRIVER", tools::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver);
    cmd::run(&mut command)
}

/// `cargo xtask check data/*.json`, in process.
fn check_data(root: &Path) -> Result {
    let mut files: Vec<String> = fs::read_dir(root.join("data"))
        .map_err(|e| format!("data/: {e}"))?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .map(|name| format!("data/{name}"))
        .collect();
    files.sort();
    eprintln!("$ cargo xtask check {}", files.join(" "));
    if check::check_files(&files, scorecard_core::Lang::En) != 0 {
        return Err("invalid scorecard files in data/".into());
    }
    // Each bundled scorecard against its article: quotes verbatim, values
    // in their quotes.
    for file in files.iter().filter(|f| !f.ends_with(".schema.json")) {
        let stem = file.trim_start_matches("data/").trim_end_matches(".json");
        let article = format!("data/articles/{stem}.txt");
        let text =
            fs::read_to_string(root.join(&article)).map_err(|e| format!("{article}: {e}"))?;
        let bytes = fs::read(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        let sc = scorecard_core::load(&bytes).map_err(|_| format!("{file} is invalid"))?;
        eprintln!("$ cargo xtask check --article {article} {file}");
        if crate::coverage::check(file, &sc, &article, &text, scorecard_core::Lang::En) != 0 {
            return Err(format!("{file} does not match {article}"));
        }
    }
    Ok(())
}

fn summary(outcomes: &[Outcome], total: Instant) -> ExitCode {
    let width = outcomes.iter().map(|o| o.name.len()).max().unwrap_or(4);
    let passed = outcomes.iter().filter(|o| o.ok).count();
    let failed = outcomes.len() - passed;
    let mut out = String::from("\n");
    out.push_str(&format!(
        "{:<width$}  {:<6}  {:>8}\n",
        "step", "result", "seconds"
    ));
    out.push_str(&format!("{}\n", "-".repeat(width + 18)));
    for o in outcomes {
        let result = if o.ok { "ok" } else { "FAILED" };
        out.push_str(&format!(
            "{:<width$}  {:<6}  {:>8.1}\n",
            o.name, result, o.secs
        ));
    }
    out.push_str(&format!("{}\n", "-".repeat(width + 18)));
    out.push_str(&format!(
        "{:<width$}  {:<6}  {:>8.1}\n",
        "total",
        "",
        total.elapsed().as_secs_f64()
    ));
    out.push_str(&format!("xtask test: {passed} passed, {failed} failed\n"));
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
