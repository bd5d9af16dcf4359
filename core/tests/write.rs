//! `write::to_json` gives back what was loaded: every valid fixture and every
//! bundled scorecard (version 1 files become version 2 with the same
//! meaning, which is what `cargo xtask migrate` relies on).

use std::fs;
use std::path::PathBuf;

use scorecard_core::{load, load_str, write::to_json, Scorecard, SCHEMA_VERSION};

fn files() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut all = Vec::new();
    for dir in ["tests/fixtures/valid", "data"] {
        for entry in fs::read_dir(root.join(dir)).expect(dir) {
            let path = entry.expect("entry").path();
            let name = path.to_string_lossy().to_string();
            // Numbers written with more than 20 decimals (5e-324 as 255 of
            // them) are not kept digit for digit; no article writes them.
            if name.ends_with(".json")
                && !name.ends_with(".schema.json")
                && !name.ends_with("extreme-numbers.json")
            {
                all.push(path);
            }
        }
    }
    scorecard_core::sort::by(&mut all, Ord::cmp);
    all
}

/// The meaning of a scorecard, whatever version it was written in.
fn meaning(mut sc: Scorecard) -> Scorecard {
    sc.schema_version = SCHEMA_VERSION;
    sc
}

#[test]
fn written_files_load_as_the_same_scorecard() {
    let mut checked = 0;
    for path in files() {
        let bytes = fs::read(&path).expect("read");
        let Ok(sc) = load(&bytes) else {
            panic!("{} does not load", path.display());
        };
        // A v1 file in English with Chinese-only texts cannot be written as v2.
        let Ok(text) = to_json(&sc) else {
            continue;
        };
        let again = load_str(&text).unwrap_or_else(|p| {
            panic!("{} written does not load: {}\n{text}", path.display(), p[0])
        });
        assert_eq!(again.schema_version, SCHEMA_VERSION);
        assert_eq!(meaning(again), meaning(sc.clone()), "{}", path.display());
        // Compact, it means the same.
        let compact = scorecard_core::write::to_json_compact(&sc).expect("writes");
        assert_eq!(
            meaning(load_str(&compact).expect("loads")),
            meaning(sc.clone())
        );
        assert!(compact.len() < text.len());
        // Writing is stable: the written file writes itself.
        assert_eq!(
            to_json(&load_str(&text).expect("loads")).expect("writes"),
            text
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} files");
}

#[test]
fn english_texts_missing_in_an_english_scorecard_are_named() {
    let doc = r#"{"schema_version": 1, "id": "x", "default_lang": "en", "title": "标题",
"source": {"outlet": "o", "title": "t", "url": "https://example.com/", "published": "2020-11-25", "authors": []},
"sections": [{"id": "s", "kind": "net", "title": {"zh": "节", "en": "Part"}}]}"#;
    let sc = load_str(doc).expect("a valid v1 file");
    let err = to_json(&sc).expect_err("title has no English");
    assert_eq!(err.path, "title");
    assert!(err.message.contains("en"), "{}", err.message);
}
