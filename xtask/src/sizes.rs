//! What the bundle costs a reader: every file of a directory with its raw,
//! gzip (level 9) and brotli (quality 11) size, and the zip for upload.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// One file's sizes in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Path relative to the measured directory, with `/`.
    pub path: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// Every regular file under `dir` (recursively, sorted by path), except
/// paths in `skip`.
pub fn files(dir: &Path, skip: &[&str]) -> io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.retain(|(rel, _)| !skip.contains(&rel.as_str()));
    out.sort();
    Ok(out)
}

fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(base, &path, out)?;
        } else if path.is_file() {
            let rel = path.strip_prefix(base).unwrap_or(&path);
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
    Ok(())
}

/// Measures every file under `dir` except `skip`.
pub fn measure(dir: &Path, skip: &[&str]) -> io::Result<Vec<Row>> {
    files(dir, skip)?
        .into_iter()
        .map(|(path, full)| {
            let size = Size::of(&fs::read(&full)?)?;
            Ok(Row {
                path,
                raw: size.raw,
                gzip: size.gzip,
                brotli: size.brotli,
            })
        })
        .collect()
}

/// Raw, gzip -9 and brotli -q 11 (window 2^22) bytes: what a static host
/// serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Size {
    /// The sizes of `bytes`.
    pub fn of(bytes: &[u8]) -> io::Result<Size> {
        Ok(Size {
            raw: bytes.len() as u64,
            gzip: gzip_len(bytes)?,
            brotli: brotli_len(bytes)?,
        })
    }
}

fn gzip_len(bytes: &[u8]) -> io::Result<u64> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::new(9));
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len() as u64)
}

fn brotli_len(bytes: &[u8]) -> io::Result<u64> {
    let mut out = Vec::new();
    {
        // quality 11, window 2^22: what `brotli -q 11` and CDNs use.
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(bytes)?;
        writer.flush()?;
    }
    Ok(out.len() as u64)
}

/// The table as text: one line per file, then the total.
pub fn table(rows: &[Row]) -> String {
    let total = Row {
        path: "total".into(),
        raw: rows.iter().map(|r| r.raw).sum(),
        gzip: rows.iter().map(|r| r.gzip).sum(),
        brotli: rows.iter().map(|r| r.brotli).sum(),
    };
    let width = rows
        .iter()
        .map(|r| r.path.chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    let mut out = format!(
        "{:<width$}  {:>10}  {:>10}  {:>10}\n",
        "file", "raw", "gzip -9", "brotli -11"
    );
    let rule = format!("{}\n", "-".repeat(width + 36));
    out.push_str(&rule);
    for row in rows {
        out.push_str(&line(row, width));
    }
    out.push_str(&rule);
    out.push_str(&line(&total, width));
    out
}

fn line(row: &Row, width: usize) -> String {
    format!(
        "{:<width$}  {:>10}  {:>10}  {:>10}\n",
        row.path,
        group(row.raw),
        group(row.gzip),
        group(row.brotli)
    )
}

/// `1234567` → `1 234 567` (bytes; thin groups keep the columns readable).
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Writes every file under `dir` (except `zip_path` itself) into a deflated
/// zip at `zip_path`, paths relative to `dir`; returns the zip's size.
pub fn write_zip(dir: &Path, zip_path: &Path) -> Result<u64, String> {
    let skip = zip_path
        .strip_prefix(dir)
        .ok()
        .and_then(|p| p.to_str())
        .unwrap_or("")
        .to_string();
    let entries = files(dir, &[skip.as_str()]).map_err(|e| format!("{}: {e}", dir.display()))?;
    let file = fs::File::create(zip_path).map_err(|e| format!("{}: {e}", zip_path.display()))?;
    let mut zip = ZipWriter::new(file);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .unix_permissions(0o644);
    let fail = |e: &dyn std::fmt::Display| format!("writing {}: {e}", zip_path.display());
    for (name, full) in entries {
        let bytes = fs::read(&full).map_err(|e| fail(&e))?;
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    zip.finish().map_err(|e| fail(&e))?;
    fs::metadata(zip_path)
        .map(|m| m.len())
        .map_err(|e| fail(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1 000");
        assert_eq!(group(1234567), "1 234 567");
    }

    #[test]
    fn compresses_repetitive_text() {
        let text = "scorecard ".repeat(1000);
        let gz = gzip_len(text.as_bytes()).unwrap();
        let br = brotli_len(text.as_bytes()).unwrap();
        assert!(gz < 200, "gzip {gz}");
        assert!(br < 100, "brotli {br}");
    }

    #[test]
    fn measures_and_zips_a_directory() {
        let dir = std::env::temp_dir().join(format!("xtask-sizes-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("index.html"), "<!doctype html>".repeat(50)).unwrap();
        fs::write(dir.join("sub/app.wasm"), [0u8, 97, 115, 109]).unwrap();
        let rows = measure(&dir, &["out.zip"]).unwrap();
        let names: Vec<_> = rows.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(names, ["index.html", "sub/app.wasm"]);
        assert_eq!(rows[0].raw, 750);
        assert!(rows[0].gzip < 100 && rows[0].brotli < 100);
        assert!(table(&rows).contains("total"));

        let zip_path = dir.join("out.zip");
        write_zip(&dir, &zip_path).unwrap();
        // Writing again must not include the previous zip.
        write_zip(&dir, &zip_path).unwrap();
        let archive = zip::ZipArchive::new(fs::File::open(&zip_path).unwrap()).unwrap();
        let mut names: Vec<_> = archive.file_names().collect();
        names.sort();
        assert_eq!(names, ["index.html", "sub/app.wasm"]);
        fs::remove_dir_all(&dir).unwrap();
    }
}
