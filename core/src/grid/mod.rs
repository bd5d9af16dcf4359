//! The studio's grid: a scorecard's metrics as rows of text cells, read
//! and changed one cell at a time, pasted from a spreadsheet, and written
//! out as TSV or CSV. Pure, so it is tested natively; the studio only wires
//! it to the page.

mod cells;
pub mod delimited;
mod fields;
mod paste;
mod sections;

pub use cells::{add_row, cell, cell_of_path, remove_row, rows, set, CellError, RowAt};
pub use fields::{field, set_field, Field};
pub use paste::{paste, to_delimited, Pasted};
pub use sections::{section_cell, section_of_path, set_section, SectionCol};

use crate::types::Lang;

/// A column of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Col {
    /// The id of the metric's section.
    Section,
    /// The metric's id.
    Id,
    /// The label in Chinese.
    LabelZh,
    /// The label in English.
    LabelEn,
    /// The number as written.
    Value,
    /// The unit as written.
    Unit,
    /// The article's hedge.
    Qualifier,
    /// The period, in the scorecard's default language.
    Period,
    /// Whether more is better.
    Direction,
    /// The article's sentence.
    Quote,
}

impl Col {
    /// Every column, in the grid's order.
    pub const ALL: [Col; 10] = [
        Col::Section,
        Col::Id,
        Col::LabelZh,
        Col::LabelEn,
        Col::Value,
        Col::Unit,
        Col::Qualifier,
        Col::Period,
        Col::Direction,
        Col::Quote,
    ];

    /// The column's name in TSV and CSV headers and in `data-col`.
    pub fn as_str(self) -> &'static str {
        match self {
            Col::Section => "section",
            Col::Id => "id",
            Col::LabelZh => "label_zh",
            Col::LabelEn => "label_en",
            Col::Value => "value",
            Col::Unit => "unit",
            Col::Qualifier => "qualifier",
            Col::Period => "period",
            Col::Direction => "direction",
            Col::Quote => "quote",
        }
    }

    /// The column's heading in the page.
    pub fn heading(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Col::Section => ("分组", "Section"),
            Col::Id => ("编号", "Id"),
            Col::LabelZh => ("名称（中文）", "Label (Chinese)"),
            Col::LabelEn => ("名称（英文）", "Label (English)"),
            Col::Value => ("数值", "Value"),
            Col::Unit => ("单位", "Unit"),
            Col::Qualifier => ("限定", "Qualifier"),
            Col::Period => ("时间", "Period"),
            Col::Direction => ("方向", "Direction"),
            Col::Quote => ("原文", "Quote"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The column a spreadsheet's header cell names: its name, its heading
    /// in either language, or a common alias, in any case and spacing.
    pub fn from_header(cell: &str) -> Option<Col> {
        let key: String = cell
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c == ' ' || c == '-' { '_' } else { c })
            .collect();
        Col::ALL
            .into_iter()
            .find(|c| {
                key == c.as_str()
                    || key == c.heading(Lang::Zh)
                    || key == c.heading(Lang::En).to_lowercase().replace(' ', "_")
            })
            .or(match key.as_str() {
                "label" | "名称" | "指标" => Some(Col::LabelZh),
                "数字" | "number" => Some(Col::Value),
                "时期" | "期间" | "年份" => Some(Col::Period),
                "引文" | "原句" | "sentence" => Some(Col::Quote),
                _ => None,
            })
    }

    /// Where the column is in [`Col::ALL`].
    pub fn index(self) -> usize {
        Col::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests;
