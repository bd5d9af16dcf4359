//! Arbitrary bytes through everything a scorecard file goes through:
//! parse → validate → the view model (every formatted figure, derived
//! figure, share, check, search text, CSV and citation).
//!
//! Invariants: nothing panics; every problem has a 1-based position; the
//! CSV starts with a byte-order mark and has one record per metric plus the
//! header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scorecard_core::{checks, derived, export, format, search, Lang};

fuzz_target!(|bytes: &[u8]| {
    let sc = match scorecard_core::load(bytes) {
        Ok(sc) => sc,
        Err(problems) => {
            assert!(!problems.is_empty(), "Err without a problem");
            for p in &problems {
                assert!(
                    p.pos.line >= 1 && p.pos.col >= 1,
                    "problem at {}: {p}",
                    p.pos
                );
                // What the CLI and the error page print.
                let _ = p.to_string();
                let _ = p.kind.title(Lang::Zh);
                let _ = p.kind.title(Lang::En);
            }
            return;
        }
    };

    let mut metric_count = 0usize;
    for (_, m) in sc.metrics() {
        metric_count += 1;
        for lang in [Lang::Zh, Lang::En] {
            let _ = format::stated(m, lang);
            let _ = format::alternate(m, lang);
            for p in &m.series {
                let _ = format::series_value(m, p.value, lang);
            }
            if let Some(d) = derived::series_change(m) {
                let _ = d.describe(lang);
                let (from, to) = d.years();
                assert!(from < to, "series change from {from} to {to}");
            }
            let _ = m.label.text(lang);
        }
        let _ = format::stated_number(m);
        for (part, share) in derived::shares(&sc, m) {
            let _ = format::share(share);
            let _ = format::stated(part, Lang::Zh);
        }
        let _ = search::metric_haystack(m, str::to_lowercase);
    }
    for s in &sc.sections {
        for item in &s.items {
            let _ = search::item_haystack(item, str::to_lowercase);
        }
    }
    for c in checks::checks(&sc) {
        let _ = (c.holds, c.sum, c.parts.len(), c.total.map(|t| t.id.as_str()));
    }

    let csv = export::csv(&sc);
    assert!(csv.starts_with('\u{FEFF}'), "CSV without a byte-order mark");
    assert_eq!(
        csv_records(&csv),
        metric_count + 1,
        "CSV records for {metric_count} metrics"
    );
    let _ = export::citation(&sc, "2026-01-01");
});

/// Records of a CSV file whose records end in CRLF; a CRLF inside a quoted
/// cell is part of the cell. Panics when the text is not such a file.
fn csv_records(csv: &str) -> usize {
    let mut records = 0;
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted, // `""` inside a quoted cell toggles twice
            '\r' if !quoted => {
                assert_eq!(chars.next(), Some('\n'), "bare CR outside a quoted cell");
                records += 1;
            }
            '\n' if !quoted => panic!("bare LF outside a quoted cell"),
            _ => {}
        }
    }
    assert!(!quoted, "unterminated quoted cell");
    assert!(csv.ends_with("\r\n"), "last record without CRLF");
    records
}
