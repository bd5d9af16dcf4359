//! `cargo xtask inline-data`: Trunk's post-build hook. Writes every bundled
//! scorecard into the staged index.html as a JSON data block, after checking
//! it with the same validator as the page.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cmd::Result;

/// The scorecard shown when the URL names none; its block comes first.
pub const DEFAULT_CARD: &str = "lingling-2020";

/// The bundled scorecard files, default first.
pub fn bundled(root: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(root.join("data"))
        .map_err(|e| format!("data/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".json") && !name.ends_with(".schema.json")
        })
        .collect();
    files.sort_by_key(|p| {
        (
            p.file_stem().and_then(|s| s.to_str()) != Some(DEFAULT_CARD),
            p.clone(),
        )
    });
    Ok(files)
}

/// The data blocks for `files`: `<` is written as `\u003c`, which JSON reads
/// back unchanged, so no text can end the block.
pub fn blocks(files: &[PathBuf]) -> Result<String> {
    let mut out = String::new();
    for path in files {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let sc = scorecard_core::load_str(&text).map_err(|problems| {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            format!("{}: invalid scorecard: {first}", path.display())
        })?;
        out.push_str(&format!(
            "<script type=\"application/json\" data-scorecard-bundle=\"{}\" data-lang=\"{}\">{}</script>\n",
            sc.id,
            sc.default_lang.as_str(),
            text.trim().replace('<', "\\u003c")
        ));
    }
    Ok(out)
}

/// Inserts the blocks before `</body>` of `index`, once.
pub fn insert(index: &str, blocks: &str) -> Result<String> {
    if index.contains("data-scorecard-bundle=") {
        return Ok(index.to_string());
    }
    let at = index.rfind("</body>").ok_or("index.html has no </body>")?;
    Ok(format!("{}{blocks}{}", &index[..at], &index[at..]))
}

/// The hook: `TRUNK_STAGING_DIR/index.html` gains the data blocks.
pub fn run(root: &Path) -> ExitCode {
    let result = (|| -> Result {
        let staging = std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .ok_or("inline-data runs as a Trunk hook (TRUNK_STAGING_DIR is not set)")?;
        let index_path = staging.join("index.html");
        let index = fs::read_to_string(&index_path)
            .map_err(|e| format!("{}: {e}", index_path.display()))?;
        let page = insert(&index, &blocks(&bundled(root)?)?)?;
        fs::write(&index_path, page).map_err(|e| format!("{}: {e}", index_path.display()))
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask inline-data: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_go_before_body_end_once() {
        let page = insert("<html><body><p>x</p></body></html>", "<script>B</script>").unwrap();
        assert_eq!(page, "<html><body><p>x</p><script>B</script></body></html>");
        let again = insert(&page.replace("B", "data-scorecard-bundle=\"x\""), "C").unwrap();
        assert!(!again.contains('C'));
        assert!(insert("<html>", "x").is_err());
    }
}
