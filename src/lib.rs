//! Interactive, bilingual scorecards for news articles, rendered in the
//! reader's browser from bundled JSON.
#![warn(missing_docs)]

pub mod app;
pub mod bundled;
pub mod components;
pub mod context;
pub mod embed;
pub mod i18n;
pub mod types;

/// Shows panics in the console and mounts the app into `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
