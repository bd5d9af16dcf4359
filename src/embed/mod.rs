//! The embedding layer: URL state, browser glue, the resize protocols for
//! iframes and the direct-mount entry point.

pub mod browser;
pub mod history;
pub mod mount;
pub mod resize;
pub mod url_state;
