//! Controls above the figures: language, theme, view, search and the data.

use leptos::prelude::*;
use scorecard_core::{export, Lang};

use crate::components::embed_code::EmbedCode;
use crate::context::use_ctx;
use crate::embed::browser;
use crate::i18n::Ui;
use crate::types::{Theme, View};

/// Language, theme and view switches, the data and embed menus, and the
/// search box.
#[component]
pub fn Toolbar() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let ctx_page = ctx.owns_page;
    view! {
        <div class="sc-toolbar" role="group" aria-label=move || Ui::Views.tr(lang.get())>
            <div class="sc-seg" role="group" aria-label=move || Ui::Language.tr(lang.get()) data-testid="lang-switch">
                {[Lang::Zh, Lang::En]
                    .into_iter()
                    .map(|l| {
                        view! {
                            <button
                                type="button"
                                data-lang=l.as_str()
                                lang=crate::components::text::lang_attr(l)
                                aria-pressed=move || (lang.get() == l).to_string()
                                on:click=move |_| ctx.update(|s| s.lang = Some(l))
                            >
                                {if l == Lang::Zh { "中文" } else { "English" }}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <ThemeButton />
            <div class="sc-seg" role="group" aria-label=move || Ui::Views.tr(lang.get())>
                {View::ALL
                    .into_iter()
                    .map(|v| {
                        let label = match v {
                            View::Cards => Ui::ViewCards,
                            View::Table => Ui::ViewTable,
                            View::Checks => Ui::ViewChecks,
                        };
                        view! {
                            <button
                                type="button"
                                data-testid="view-switch"
                                data-view=v.as_str()
                                aria-pressed=move || ctx.state.with(|s| s.view == v).to_string()
                                on:click=move |_| ctx.update(|s| s.view = v)
                            >
                                {move || label.tr(lang.get())}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <DataMenu />
            {ctx_page.then(|| view! { <EmbedCode /> })}
            // Last: it grows into the free space, so nothing before it moves
            // while the pre-rendered page is still arriving.
            <SearchBox />
        </div>
    }
}

/// Switches between light and dark, starting from what is shown now.
#[component]
fn ThemeButton() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    // The system's preference is read after mounting (rendering at build
    // time has none): the page starts as pre-rendered (light), then corrects it.
    let system_dark = RwSignal::new(false);
    Effect::new(move |_| system_dark.set(browser::prefers_dark()));
    let dark = {
        move || match ctx.state.with(|s| s.theme) {
            Some(t) => t == Theme::Dark,
            None => system_dark.get(),
        }
    };
    let d = dark;
    view! {
        <button
            type="button"
            class="sc-theme"
            data-testid="theme-toggle"
            aria-pressed=move || d().to_string()
            on:click=move |_| {
                let next = if dark() { Theme::Light } else { Theme::Dark };
                ctx.update(|s| s.theme = Some(next));
            }
        >
            <span aria-hidden="true">{"◐ "}</span>
            {move || Ui::ThemeToggle.tr(lang.get())}
        </button>
    }
}

/// The search box; results show in the cards view.
#[component]
fn SearchBox() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let value = { move || ctx.state.with(|s| s.q.clone()) };
    view! {
        <div class="sc-search" role="search">
            <label for="sc-q">{move || Ui::Search.tr(lang.get())}</label>
            <input
                id="sc-q"
                type="search"
                data-testid="search"
                autocomplete="off"
                placeholder=move || Ui::SearchPlaceholder.tr(lang.get())
                prop:value=value
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    ctx.update(|s| {
                        s.q = q;
                        if s.view != View::Cards {
                            s.view = View::Cards;
                        }
                    });
                }
            />
        </div>
    }
}

/// Downloads (CSV, JSON) and the citation, generated in the browser.
#[component]
fn DataMenu() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let copied = RwSignal::new(false);
    let open = RwSignal::new(false);
    view! {
        <details class="sc-data" data-testid="data-menu" on:toggle=move |ev| open.set(browser::details_open(&ev))>
            <summary>{move || Ui::GetData.tr(lang.get())}</summary>
            <div class="sc-data-menu">
                <button type="button" data-testid="download-csv" on:click=move |_| {
                    let name = format!("{}.csv", ctx.sc().id);
                    browser::download(&name, "text/csv;charset=utf-8", &export::csv(&ctx.sc()));
                }>{move || Ui::DownloadCsv.tr(lang.get())}</button>
                <button type="button" data-testid="download-json" on:click=move |_| {
                    let name = format!("{}.json", ctx.sc().id);
                    browser::download(&name, "application/json", &ctx.source().text());
                }>{move || Ui::DownloadJson.tr(lang.get())}</button>
                <button type="button" data-testid="copy-citation" on:click=move |_| {
                    browser::copy_text(&export::citation(&ctx.sc(), &browser::today()));
                    copied.set(true);
                }>
                    {move || if copied.get() { Ui::Copied.tr(lang.get()) } else { Ui::CopyCitation.tr(lang.get()) }}
                </button>
                {move || {
                    // Built when opened: it carries today's date as the access date.
                    open.get().then(|| view! {
                        <p class="sc-citation" data-testid="citation" lang=crate::components::text::lang_attr(ctx.sc().default_lang)>{export::citation(&ctx.sc(), &browser::today())}</p>
                    })
                }}
            </div>
        </details>
    }
}
