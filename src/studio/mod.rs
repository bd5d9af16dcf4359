//! The studio: an editor's page that turns an article into a scorecard,
//! checks it, previews it with the reader's components and publishes it,
//! offline. Its own WASM entry (`src/bin/studio.rs`), so the reader never
//! carries it; the same engine starts as the reader in the pages it
//! publishes.

mod article;
mod details;
mod files;
mod grid;
mod input;
mod json_tab;
mod preview;
mod problems;
mod publish;
mod state;
mod storage;
mod text;
pub mod zip;

use leptos::prelude::*;
use scorecard_core::{Lang, Qualifier};

use state::{Studio, Tab};
use text::S;

/// Starts the studio, or the reader in a page the studio published (a
/// `<body data-scorecard-page>`).
pub fn start() {
    let is_reader = document()
        .body()
        .is_some_and(|b| b.has_attribute("data-scorecard-page"));
    if is_reader {
        crate::start();
        return;
    }
    crate::panic::install();
    leptos::mount::mount_to_body(StudioPage);
    if let Some(body) = document().body() {
        let _ = body.set_attribute("data-live", "");
    }
}

/// The interface language the browser asks for.
fn browser_lang() -> Lang {
    let asked = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    if asked.starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

/// A new, empty scorecard file in `lang`.
fn blank(lang: Lang) -> String {
    let options = scorecard_core::draft::Options {
        id: "draft".into(),
        lang,
        today: String::new(),
    };
    let mut sc = scorecard_core::draft::draft("", &options);
    sc.source.retrieved = None;
    scorecard_core::write::to_json(&sc).unwrap_or_default()
}

/// The whole studio page.
#[component]
fn StudioPage() -> impl IntoView {
    let lang = browser_lang();
    let (article, json) = storage::load().unwrap_or_else(|| (String::new(), blank(lang)));
    let st = Studio::new(article, json, lang);
    provide_context(st);
    // Keep the work after every change; say so when the browser refuses.
    Effect::new(move |_| {
        st.version.track();
        let article = st.article.get();
        let ok = st.json.with_untracked(|json| storage::save(&article, json));
        if !ok {
            st.status
                .set(S::NotSaved.tr(st.lang.get_untracked()).into());
        }
    });
    // Undo and redo from anywhere but a text box with its own.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        let in_text_box = document()
            .active_element()
            .is_some_and(|e| e.tag_name() == "TEXTAREA");
        if in_text_box {
            return;
        }
        match ev.key().to_lowercase().as_str() {
            "z" if ev.shift_key() => st.redo(),
            "z" => st.undo(),
            "y" => st.redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(
                "lang",
                if st.lang.get() == Lang::Zh {
                    "zh-CN"
                } else {
                    "en"
                },
            );
        }
        document().set_title(S::Title.tr(st.lang.get()));
    });
    let t = move |s: S| move || s.tr(st.lang.get());
    view! {
        <div class="st-page" data-testid="studio">
            <header class="st-top">
                <h1>{t(S::Title)}</h1>
                <p class="st-intro">{t(S::Intro)}</p>
                <div class="st-actions">
                    <button type="button" data-testid="studio-undo" disabled=move || !st.can(true) on:click=move |_| st.undo()>{t(S::Undo)}</button>
                    <button type="button" data-testid="studio-redo" disabled=move || !st.can(false) on:click=move |_| st.redo()>{t(S::Redo)}</button>
                    <button type="button" data-testid="studio-clear" on:click=move |_| {
                        let ok = web_sys::window()
                            .and_then(|w| w.confirm_with_message(S::ClearConfirm.tr(st.lang.get_untracked())).ok())
                            .unwrap_or(false);
                        if ok {
                            st.article.set(String::new());
                            st.refused.set(Vec::new());
                            st.commit(blank(st.lang.get_untracked()));
                            storage::clear();
                        }
                    }>{t(S::Clear)}</button>
                    <button type="button" data-testid="studio-lang" on:click=move |_| st.lang.update(|l| *l = l.other())>{t(S::Language)}</button>
                </div>
                <p class="st-status" role="status" aria-live="polite" data-testid="studio-status">{move || st.status.get()}</p>
            </header>
            <div class="st-columns">
                <div class="st-left">
                    <article::Article />
                    <details::Details />
                    <section class="st-panel st-editor">
                        <div class="st-tabs" role="tablist">
                            <TabButton tab=Tab::Grid label=S::Grid />
                            <TabButton tab=Tab::Json label=S::Json />
                        </div>
                        {move || match st.tab.get() {
                            Tab::Grid => view! { <grid::Grid /> }.into_any(),
                            Tab::Json => view! { <json_tab::JsonTab /> }.into_any(),
                        }}
                    </section>
                </div>
                <div class="st-right">
                    <problems::Problems />
                    <preview::Preview />
                    <publish::Publish />
                </div>
            </div>
            <datalist id="st-qualifiers">
                {Qualifier::ALL.map(|q| view! { <option value=q.as_str()></option> })}
            </datalist>
            <datalist id="st-directions">
                {scorecard_core::Direction::ALL.map(|d| view! { <option value=d.as_str()></option> })}
            </datalist>
        </div>
    }
}

/// One tab of the editor.
#[component]
fn TabButton(tab: Tab, label: S) -> impl IntoView {
    let st = state::use_studio();
    view! {
        <button type="button" role="tab"
            data-testid=if tab == Tab::Grid { "studio-tab-grid" } else { "studio-tab-json" }
            aria-selected=move || if st.tab.get() == tab { "true" } else { "false" }
            on:click=move |_| st.tab.set(tab)>{move || label.tr(st.lang.get())}</button>
    }
}
