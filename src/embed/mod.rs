//! The embedding layer: URL state, browser glue and host protocols.

pub mod browser;
pub mod history;
pub mod url_state;
