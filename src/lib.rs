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
pub mod source;
pub mod studio;
pub mod types;

/// Shows panics in the console and the page and, on the scorecard's own page (a
/// `<body data-scorecard-page>`), mounts the app, taking over the pre-rendered
/// view when there is one, and marks the body `data-live`. Elsewhere the module only
/// serves `embed.js`'s mounts (`embed/handle.rs`, in the entries built with
/// the `host-api` feature).
///
/// The app starts in tasks of its own: compiling and instantiating the
/// module is one task, reading the bundled scorecard another, taking over
/// the page a third, so none blocks a phone as long as all together did.
pub fn start() {
    panic::install();
    let doc = leptos::prelude::document();
    if !doc
        .body()
        .is_some_and(|b| b.has_attribute("data-scorecard-page"))
    {
        return;
    }
    leptos::prelude::set_timeout(
        || {
            app::read_ahead();
            leptos::prelude::set_timeout(take_over, std::time::Duration::ZERO);
        },
        std::time::Duration::ZERO,
    );
}

/// Mounts the app into the scorecard's own page (see [`start`]).
fn take_over() {
    use wasm_bindgen::JsCast;

    let doc = leptos::prelude::document();
    let prerendered = doc
        .query_selector("[data-prerendered]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match prerendered {
        // The page shows this view already: draw it over in place, so
        // nothing is repainted or shifted.
        Some(el) if app::shows_prerendered() => {
            // Live once the parts drawn in later tasks are (see `Later`).
            components::later::take_over(&el, app::App, mark_live);
            return;
        }
        // Another view was asked for: it replaces the pre-rendered one in
        // the same task, so nothing flashes in between.
        Some(el) => {
            el.remove();
            leptos::mount::mount_to_body(app::App);
        }
        None => leptos::mount::mount_to_body(app::App),
    }
    mark_live();
}

/// Tells scripts and tests that the page now responds.
fn mark_live() {
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-live", "");
    }
}
