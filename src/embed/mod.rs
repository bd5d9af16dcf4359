//! The embedding layer: URL state, browser glue, the resize protocols for
//! iframes, the direct-mount entry point and the host's JavaScript API.

pub mod browser;
pub mod events;
pub mod handle;
pub mod history;
pub mod options;
pub mod remote;
pub mod resize;
pub mod url_state;
