//! Interactive, bilingual scorecards for news articles, rendered in the
//! reader's browser from bundled JSON.
#![warn(missing_docs)]
// Deep view types when component types are not erased (native builds).
#![recursion_limit = "256"]

pub mod app;
pub mod bundled;
pub mod components;
pub mod context;
pub mod embed;
pub mod i18n;
pub mod panic;
pub mod types;

/// Shows panics in the console and the page and, on the scorecard's own page (a
/// `<body data-scorecard-page>`), mounts the app. Elsewhere the module only
/// serves [`embed::mount::mount_scorecard`] calls from `embed.js`.
pub fn start() {
    panic::install();
    let own_page = leptos::prelude::document()
        .body()
        .is_some_and(|b| b.has_attribute("data-scorecard-page"));
    if own_page {
        // The pre-rendered default view gives way to the live app in the
        // same task, so nothing flashes in between.
        if let Ok(Some(prerendered)) =
            leptos::prelude::document().query_selector("[data-prerendered]")
        {
            prerendered.remove();
        }
        leptos::mount::mount_to_body(app::App);
    }
}
