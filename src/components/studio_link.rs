//! For editors: the way to the studio, where a scorecard file is checked,
//! previewed and made from an article (`studio.html`, beside this page).

use leptos::prelude::*;
use scorecard_core::Lang;

use crate::i18n::Ui;

/// The link to the studio. Hidden where the page is a lone file
/// (`file://`), which has no studio beside it.
#[component]
pub fn StudioLink(
    /// The reader's language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let hidden = RwSignal::new(false);
    Effect::new(move |_| {
        let protocol = window().location().protocol().unwrap_or_default();
        hidden.set(protocol == "file:");
    });
    view! {
        <p class="sc-root sc-studio-link" data-testid="studio-link" hidden=move || hidden.get()>
            <a href="studio.html">{move || Ui::OpenStudio.tr(lang.get())}</a>
        </p>
    }
}
