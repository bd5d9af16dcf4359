//! The scorecard's components, one concern per file.

pub mod cards;
pub mod charts;
pub mod checks;
pub mod embed_code;
pub mod error;
pub mod header;
pub mod later;
pub mod more;
pub mod studio_link;
pub mod table;
pub mod text;
pub mod toolbar;
