//! Prints the default view of a scorecard as HTML, for `cargo xtask dist`
//! to put into the page so it paints before the WASM has loaded (and reads
//! with JavaScript off). The browser build then draws over it in place.

use std::sync::Arc;

use leptos::prelude::*;
use scorecard::app::Page;
use scorecard::embed::url_state::ViewState;
use scorecard::source::Source;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender SCORECARD.json");
        std::process::exit(2);
    };
    let json = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            std::process::exit(2);
        }
    };
    let html = Owner::new().with(|| {
        let state = RwSignal::new(ViewState::default());
        view! { <Page source=Source::Text(Arc::from(json)) state=state /> }.to_html()
    });
    println!("{html}");
}
