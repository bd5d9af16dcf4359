//! Finding and installing the tools the build needs. Each step says what it
//! does and roughly how long it takes, and is skipped when already satisfied.
//! Nothing here downloads from GitHub (unreachable on some machines): Rust
//! tools come from crates.io, wasm-opt and Playwright from npm, Chromium
//! from apt.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::cmd::{self, Result};

/// Trunk 0.22 needs a newer rustc than 1.95; keep in step with the README.
pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen's version as `wasm-opt --version` reports it and Trunk.toml names
/// it (`version_132`); the npm package `binaryen@132.0.0` in e2e/package.json.
pub const WASM_OPT_VERSION: &str = "132";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
const APT_INSTALL_CHROMIUM: &str =
    "apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver";

/// Puts `e2e/node_modules/.bin` (wasm-opt, playwright) and cargo's bin
/// directory (trunk, wasm-bindgen) first on PATH for this process and every
/// command it starts.
pub fn setup_path(root: &Path) {
    let mut dirs = vec![root.join("e2e/node_modules/.bin"), cargo_bin_dir()];
    if let Some(path) = env::var_os("PATH") {
        dirs.extend(env::split_paths(&path));
    }
    if let Ok(path) = env::join_paths(dirs) {
        env::set_var("PATH", path);
    }
}

fn cargo_bin_dir() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// Everything `trunk build`/`trunk serve` needs; with `browser`, also
/// Chromium and chromedriver for the browser tests. Tries every tool and
/// reports all that could not be provided.
pub fn ensure(root: &Path, browser: bool) -> Result {
    let start = Instant::now();
    let mut steps: Vec<Result> = vec![
        wasm_target(),
        trunk(),
        wasm_bindgen(root),
        node_modules(root),
    ];
    if browser {
        steps.push(chromium());
    }
    let errors: Vec<String> = steps.into_iter().filter_map(|r| r.err()).collect();
    if errors.is_empty() {
        eprintln!("xtask: tools ready ({})", cmd::since(start));
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn ready(what: &str) {
    eprintln!("xtask: {what}: ok");
}

/// Runs the install `commands`, announcing what and how long.
fn install(what: &str, estimate: &str, commands: Vec<Command>) -> Result {
    eprintln!("xtask: installing {what} (takes {estimate})…");
    let start = Instant::now();
    for mut command in commands {
        cmd::run(&mut command)?;
    }
    eprintln!("xtask: installed {what} in {}", cmd::since(start));
    Ok(())
}

/// The second word of `program --version` (`trunk 0.21.14` → `0.21.14`).
fn version_of(program: &str) -> Option<String> {
    let out = cmd::stdout(program, &["--version"])?;
    out.split_whitespace().nth(1).map(str::to_string)
}

fn describe(found: &Option<String>) -> String {
    match found {
        Some(v) => format!("found {v}"),
        None => "not found".into(),
    }
}

fn wasm_target() -> Result {
    let what = format!("Rust target {WASM_TARGET}");
    match cmd::stdout("rustup", &["target", "list", "--installed"]) {
        Some(list) if list.lines().any(|l| l.trim() == WASM_TARGET) => {
            ready(&what);
            Ok(())
        }
        Some(_) => install(
            &what,
            "about 30 s",
            vec![cmd::new("rustup", &["target", "add", WASM_TARGET])],
        ),
        None => {
            // No rustup: a distribution Rust may still ship the target.
            let libdir = cmd::stdout(
                "rustc",
                &["--print", "target-libdir", "--target", WASM_TARGET],
            );
            match libdir {
                Some(dir) if Path::new(&dir).is_dir() => {
                    ready(&what);
                    Ok(())
                }
                _ => Err(format!(
                    "the {WASM_TARGET} target is missing and rustup is not available: \
                     install rustup (https://rustup.rs) or the target for your Rust toolchain"
                )),
            }
        }
    }
}

fn trunk() -> Result {
    let what = format!("Trunk {TRUNK_VERSION}");
    let found = version_of("trunk");
    if found.as_deref() == Some(TRUNK_VERSION) {
        ready(&what);
        return Ok(());
    }
    eprintln!("xtask: trunk: {}, need {TRUNK_VERSION}", describe(&found));
    install(
        &what,
        "about 13 min on 2 cores",
        vec![cmd::cargo(&[
            "install",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
        ])],
    )?;
    expect_version("trunk", TRUNK_VERSION)
}

/// The wasm-bindgen version in Cargo.lock; the CLI must match it exactly.
pub fn locked_wasm_bindgen(root: &Path) -> Result<String> {
    let path = root.join("Cargo.lock");
    let lock =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == r#"name = "wasm-bindgen""# {
            let version = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
                .map(|v| v.trim_matches('"').to_string());
            if let Some(v) = version {
                return Ok(v);
            }
        }
    }
    Err(format!("no wasm-bindgen package in {}", path.display()))
}

fn wasm_bindgen(root: &Path) -> Result {
    let version = locked_wasm_bindgen(root)?;
    let what = format!("wasm-bindgen-cli {version}");
    let found = version_of("wasm-bindgen");
    let runner = version_of("wasm-bindgen-test-runner");
    if found.as_deref() == Some(&version) && runner.as_deref() == Some(&version) {
        ready(&what);
        return Ok(());
    }
    eprintln!(
        "xtask: wasm-bindgen: {}, wasm-bindgen-test-runner: {}, Cargo.lock wants {version}",
        describe(&found),
        describe(&runner)
    );
    // Without --locked: its lock file pins a crate version crates.io lacks.
    install(
        &what,
        "about 4 min on 2 cores",
        vec![cmd::cargo(&[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &version,
        ])],
    )?;
    expect_version("wasm-bindgen", &version)
}

fn expect_version(program: &str, want: &str) -> Result {
    let found = version_of(program);
    if found.as_deref() == Some(want) {
        Ok(())
    } else {
        Err(format!(
            "after installing, `{program} --version` reports {}, not {want}: \
             is another {program} earlier on PATH than {}?",
            found.as_deref().unwrap_or("nothing"),
            cargo_bin_dir().display()
        ))
    }
}

/// `npm ci` in e2e/ when node_modules is missing or package-lock.json changed
/// since the last install; gives Playwright, wasm-opt (binaryen), terser and Lightning CSS.
fn node_modules(root: &Path) -> Result {
    let e2e = root.join("e2e");
    let lock_path = e2e.join("package-lock.json");
    let stamp_path = e2e.join("node_modules/.xtask-package-lock.json");
    let lock =
        fs::read(&lock_path).map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    let what = format!(
        "e2e/node_modules (Playwright, wasm-opt {WASM_OPT_VERSION}, terser, Lightning CSS)"
    );
    let up_to_date = fs::read(&stamp_path).is_ok_and(|stamp| stamp == lock);
    if up_to_date && wasm_opt_ok() {
        ready(&what);
        return Ok(());
    }
    match cmd::stdout("node", &["--version"]) {
        Some(v) if node_major(&v) >= Some(20) => {}
        found => {
            return Err(format!(
                "Node.js 20 or later with npm is needed for wasm-opt and Playwright \
                 (found {}): install it from your distribution or https://nodejs.org",
                found.unwrap_or_else(|| "none".into())
            ))
        }
    }
    let mut npm_ci = cmd::new("npm", &["ci", "--no-audit", "--no-fund"]);
    // Playwright uses Debian's /usr/bin/chromium; never download browsers.
    npm_ci
        .current_dir(&e2e)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    install(&what, "about 10 s", vec![npm_ci])?;
    fs::write(&stamp_path, &lock)
        .map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))?;
    if wasm_opt_ok() {
        Ok(())
    } else {
        Err(format!(
            "`wasm-opt --version` is not version {WASM_OPT_VERSION} after npm ci: \
             check binaryen in e2e/package.json"
        ))
    }
}

fn node_major(version: &str) -> Option<u32> {
    version
        .trim_start_matches('v')
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// `wasm-opt version 132 (version_132)`; Trunk compares the third word.
fn wasm_opt_ok() -> bool {
    cmd::stdout("wasm-opt", &["--version"])
        .is_some_and(|v| v.split(' ').nth(2) == Some(WASM_OPT_VERSION))
}

/// Chromium and chromedriver from Debian's packages.
fn chromium() -> Result {
    let what = format!("{CHROMIUM} and {CHROMEDRIVER}");
    let present = || Path::new(CHROMIUM).is_file() && Path::new(CHROMEDRIVER).is_file();
    if present() {
        ready(&what);
        return Ok(());
    }
    let is_root = cmd::stdout("id", &["-u"]).as_deref() == Some("0");
    let has_apt = cmd::stdout("apt-get", &["--version"]).is_some();
    if !(is_root && has_apt) {
        return Err(format!(
            "Chromium and chromedriver are missing; install them with:\n  sudo sh -c '{APT_INSTALL_CHROMIUM}'"
        ));
    }
    let mut update = cmd::new("apt-get", &["update"]);
    let mut get = cmd::new(
        "apt-get",
        &[
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ],
    );
    for c in [&mut update, &mut get] {
        c.env("DEBIAN_FRONTEND", "noninteractive");
    }
    install(
        "Chromium and chromedriver",
        "about 1 min",
        vec![update, get],
    )?;
    if present() {
        Ok(())
    } else {
        Err(format!(
            "apt installed chromium but {CHROMIUM} or {CHROMEDRIVER} is still missing"
        ))
    }
}

/// `trunk SUBCOMMAND` with the Trunk.toml tool versions checked against what
/// is installed (Trunk would otherwise try to download from GitHub).
pub fn trunk_command(root: &Path, subcommand: &str) -> Result<Command> {
    let locked = locked_wasm_bindgen(root)?;
    let config = fs::read_to_string(root.join("Trunk.toml")).unwrap_or_default();
    let wanted = format!("wasm_bindgen = \"{locked}\"");
    if !config.lines().any(|l| l.trim() == wanted) {
        eprintln!(
            "xtask: warning: Trunk.toml [tools] should say {wanted} (Cargo.lock); using {locked}"
        );
    }
    let mut command = cmd::new("trunk", &[subcommand]);
    command
        .current_dir(root)
        .env("TRUNK_TOOLS_WASM_BINDGEN", locked)
        .env(
            "TRUNK_TOOLS_WASM_OPT",
            format!("version_{WASM_OPT_VERSION}"),
        );
    // Trunk 0.21 fails on NO_COLOR=1 (it wants true/false).
    if env::var_os("NO_COLOR").is_some() {
        command.env("NO_COLOR", "true");
    }
    Ok(command)
}
