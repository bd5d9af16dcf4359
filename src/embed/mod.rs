//! The embedding layer: URL state, browser glue, the resize protocols for
//! iframes, the direct-mount entry point and the host's JavaScript API.

pub mod browser;
pub mod events;
#[cfg(feature = "host-api")]
pub mod handle;
pub mod history;
#[cfg(feature = "host-api")]
pub mod options;
pub mod remote;
pub mod resize;
pub mod url_state;
