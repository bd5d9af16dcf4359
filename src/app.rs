//! The top of the component tree: picks the scorecard, validates it and
//! lays out the page.

use leptos::prelude::*;
use scorecard_core::{Problem, Scorecard};

use crate::bundled;
use crate::components::studio_link::StudioLink;
use crate::components::text::lang_attr;
use crate::components::{
    cards::CardsView, checks::ChecksView, error::ErrorPanel, header::Header, table::TableView,
    toolbar::Toolbar,
};
use crate::context::{use_ctx, Ctx};
use crate::embed::events::{HostEvents, Sink};
use crate::embed::{history, remote, resize, url_state::ViewState};
use crate::i18n::Ui;
use crate::source::Source;
use crate::types::View;

/// Whether the page's pre-rendered view is the one the URL asks for, so the
/// app can take it over in place (see [`crate::components::later`]). It
/// was rendered from the default state and the first bundled scorecard.
pub fn shows_prerendered() -> bool {
    history::read() == ViewState::default()
}

/// Reads the bundled scorecard that [`App`] will show for the URL, ahead
/// of it (see [`Source::read_ahead`]); nothing when the URL names a file
/// by `src`.
pub fn read_ahead() {
    let state = history::read();
    if state.src.is_none() {
        if let Some(id) = bundled::find(state.card.as_deref()) {
            Source::Bundled(id).read_ahead();
        }
    }
}

/// The app when it owns the page: view state lives in the URL.
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(history::read());
    history::sync(state);
    let card = Memo::new(move |_| state.with(|s| s.card.clone()));
    // The bundled scorecard named in the URL (or the default one).
    let bundled = Memo::new(move |_| bundled::find(card.get().as_deref()));
    // A file named by `?src=`, read once when the page opens.
    let remote = state.with_untracked(|s| s.src.clone()).map(|src| {
        let read = RwSignal::new(Source::Pending);
        leptos::task::spawn_local(async move { read.set(remote::read(&src, false).await) });
        read
    });
    let frame = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |started: Option<bool>| {
        if started != Some(true) {
            if let Some(el) = frame.get() {
                let id = bundled.get_untracked();
                resize::start(&el, id.as_deref().unwrap_or("scorecard"));
                return true;
            }
        }
        started.unwrap_or(false)
    });
    // No bundled data at all reads as an empty file: the panel says so.
    let source = Signal::derive(move || match (remote, bundled.get()) {
        (Some(read), _) => read.get(),
        (None, Some(id)) => Source::Bundled(id),
        (None, None) => Source::from(""),
    });
    view! { <Page source=source state=state frame=frame framed_events=true /> }
}

/// The page: the scorecard and the way to the editors' studio. Rendered in the
/// browser by [`App`] and at build time by the `prerender` binary.
#[component]
pub fn Page(
    /// The scorecard file.
    #[prop(into)]
    source: Signal<Source>,
    /// The reader's view state.
    state: RwSignal<ViewState>,
    /// The content wrapper, whose height embeds report.
    #[prop(optional)]
    frame: NodeRef<leptos::html::Div>,
    /// Whether a page that frames this one hears the scorecard's events
    /// (in the browser; not when rendering at build time).
    #[prop(optional)]
    framed_events: bool,
) -> impl IntoView {
    // Without a language in the URL, the scorecard's own; the link to the
    // editors' studio beside it follows.
    let lang = Signal::derive(move || {
        state
            .with(|s| s.lang)
            .or_else(|| source.with(Source::lang_hint))
            .unwrap_or_default()
    });
    view! {
        <div
            class="sc-frame"
            class:sc-plain=move || state.with(|s| s.plain)
            class:sc-transparent=move || state.with(|s| s.transparent)
            node_ref=frame
        >
            {move || {
                let events = framed_events.then(|| Sink::parent(resize::child_id())).flatten();
                view! { <ScorecardApp source=source.get() state=state owns_page=true events=events /> }
            }}
            <StudioLink lang=lang />
        </div>
    }
}

/// One scorecard from its JSON text: the scorecard when valid, otherwise
/// the list of problems.
#[component]
pub fn ScorecardApp(
    /// The scorecard file.
    #[prop(into)]
    source: Source,
    /// The reader's view state.
    state: RwSignal<ViewState>,
    /// Whether the scorecard is the page (not mounted into a host page): it
    /// then sets the document's language and theme.
    #[prop(optional)]
    owns_page: bool,
    /// Where the scorecard's events go, if a host listens.
    #[prop(optional_no_strip)]
    events: Option<Sink>,
) -> impl IntoView {
    let loaded = source.load();
    view! { <Loaded loaded=loaded source=source state=state owns_page=owns_page events=events /> }
}

/// A scorecard already read: the scorecard, or its problems (none while
/// its file is still being read). The host hears `ready` or `error`.
#[component]
pub fn Loaded(
    /// The validated scorecard, or why it is not one.
    loaded: Result<Scorecard, Vec<Problem>>,
    /// Its file, offered for download.
    source: Source,
    /// The reader's view state.
    state: RwSignal<ViewState>,
    /// Whether the scorecard is the page (see [`ScorecardApp`]).
    owns_page: bool,
    /// Where the scorecard's events go, if a host listens.
    events: Option<Sink>,
) -> impl IntoView {
    let lang = state
        .with_untracked(|s| s.lang)
        .or_else(|| source.lang_hint())
        .unwrap_or_default();
    match loaded {
        Ok(sc) => {
            if let Some(sink) = events {
                provide_context(HostEvents::start(sink, &sc, state));
            }
            provide_context(Ctx::new(sc, source, state, owns_page));
            view! { <Shell /> }.into_any()
        }
        Err(problems) if problems.is_empty() => view! {
            <p class="sc-root sc-loading" role="status" data-testid="loading">{Ui::Loading.tr(lang)}</p>
        }
        .into_any(),
        Err(problems) => {
            if let Some(sink) = events {
                sink.failed(&problems);
            }
            view! { <ErrorPanel problems=problems lang=lang /> }.into_any()
        }
    }
}

/// The page of a valid scorecard.
#[component]
fn Shell() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let theme = move || ctx.state.with(|s| s.theme.map(|t| t.as_str()));
    let view_kind = Memo::new(move |_| ctx.state.with(|s| s.view));
    let owns_page = ctx.owns_page;
    Effect::new(move |_| {
        if !owns_page {
            return;
        }
        // The document follows the reader's language and forced theme.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(
                "lang",
                if lang.get() == scorecard_core::Lang::Zh {
                    "zh-CN"
                } else {
                    "en"
                },
            );
            match theme() {
                Some(t) => {
                    let _ = root.set_attribute("data-theme", t);
                }
                None => {
                    let _ = root.remove_attribute("data-theme");
                }
            }
        }
    });
    view! {
        <div class="sc-root" data-theme=theme lang=move || lang_attr(lang.get()) data-testid="scorecard">
            <Header />
            <Toolbar />
            <main class="sc-main" id="sc-main">
                {move || match view_kind.get() {
                    View::Cards => view! { <CardsView /> }.into_any(),
                    View::Table => view! { <TableView /> }.into_any(),
                    View::Checks => view! { <ChecksView /> }.into_any(),
                }}
            </main>
        </div>
    }
}
