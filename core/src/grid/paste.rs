//! A block of cells from a spreadsheet into the grid, and the grid out as
//! a block.

use super::cells::{add_row, cell, rows, set, CellError, RowAt};
use super::{delimited, Col};
use crate::model::Scorecard;

/// What a paste did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pasted {
    /// Rows changed or added.
    pub rows: usize,
    /// Cells not taken: row index in the grid (after the paste), column,
    /// the text and why.
    pub errors: Vec<(usize, Col, String, CellError)>,
}

/// Pastes `block` (tab-separated, or comma-separated when `sep` says so).
///
/// A first row that names columns (`id`, `value`, `单位` …) maps the
/// columns by name; each row then updates the metric with its id, or is
/// added at the end. Without such a row the cells go by position, from row
/// `row` and column `col` of the grid on, adding rows past the end.
pub fn paste(sc: &mut Scorecard, block: &str, sep: char, row: usize, col: Col) -> Pasted {
    let lines = delimited::parse(block, sep);
    let mut out = Pasted::default();
    let Some(first) = lines.first() else {
        return out;
    };
    let named: Vec<Option<Col>> = first.iter().map(|h| Col::from_header(h)).collect();
    let is_header = named.iter().filter(|c| c.is_some()).count() >= 2
        && first
            .iter()
            .zip(&named)
            .all(|(h, c)| c.is_some() || h.trim().is_empty());
    if is_header {
        for line in &lines[1..] {
            if line.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let id = named
                .iter()
                .position(|c| *c == Some(Col::Id))
                .and_then(|i| line.get(i))
                .map(|s| s.trim());
            let existing = id.and_then(|id| {
                rows(sc)
                    .into_iter()
                    .find(|at| sc.sections[at.section].metrics[at.metric].id == id)
            });
            let at = existing.unwrap_or_else(|| add_row(sc, rows(sc).last().copied()));
            let cells = named
                .iter()
                .zip(line)
                .filter_map(|(c, text)| c.map(|c| (c, text.as_str())));
            fill(sc, at, cells, &mut out);
        }
    } else {
        let start = col.index();
        for (i, line) in lines.iter().enumerate() {
            let all = rows(sc);
            let at = match all.get(row + i) {
                Some(at) => *at,
                None => add_row(sc, all.last().copied()),
            };
            let cells = line
                .iter()
                .enumerate()
                .filter_map(|(j, text)| Col::ALL.get(start + j).map(|c| (*c, text.as_str())));
            fill(sc, at, cells, &mut out);
        }
    }
    out
}

/// Sets the cells of one row; the section last, as it moves the row.
fn fill<'t>(
    sc: &mut Scorecard,
    at: RowAt,
    cells: impl Iterator<Item = (Col, &'t str)>,
    out: &mut Pasted,
) {
    let mut cells: Vec<(Col, &str)> = cells.collect();
    crate::sort::by_key(&mut cells, |(c, _)| *c == Col::Section);
    for (c, text) in cells {
        if text.trim().is_empty() && matches!(c, Col::LabelZh | Col::LabelEn) {
            continue;
        }
        if let Err(e) = set(sc, at, c, text) {
            let index = rows(sc).iter().position(|r| *r == at).unwrap_or(0);
            out.errors.push((index, c, text.to_string(), e));
        }
    }
    out.rows += 1;
}

/// The grid as text with a header row: TSV for the clipboard (`'\t'`),
/// CSV for a file (`','`).
pub fn to_delimited(sc: &Scorecard, sep: char) -> String {
    let mut lines = vec![Col::ALL.iter().map(|c| c.as_str().to_string()).collect()];
    for at in rows(sc) {
        lines.push(Col::ALL.iter().map(|c| cell(sc, at, *c)).collect());
    }
    delimited::write(&lines, sep)
}
