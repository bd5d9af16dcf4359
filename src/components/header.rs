//! Title, subtitle and the source line of the article.

use leptos::prelude::*;

use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::Ui;

/// The scorecard's heading and where its figures come from.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let sc = ctx.sc();
    let lang = ctx.lang_signal();
    let src = sc.source.clone();
    let data_lang = crate::components::text::lang_attr(sc.default_lang);
    let authors = src
        .authors
        .join(if sc.default_lang == scorecard_core::Lang::Zh {
            "、"
        } else {
            ", "
        });
    view! {
        <header class="sc-header">
            <h1 data-testid="title">
                <Tr text=sc.title.clone() lang=lang />
            </h1>
            {sc.subtitle.clone().map(|s| view! { <p class="sc-subtitle"><Tr text=s lang=lang /></p> })}
            <p class="sc-source" data-testid="source-line">
                <span>{move || Ui::Source.tr(lang.get())}{move || Ui::Colon.tr(lang.get())}</span>
                <Tr text=src.outlet.clone() lang=lang />
                " · "
                {match (src.published.clone(), src.date().map(str::to_string)) {
                    (Some(at), Some(date)) => view! { <time datetime=at>{date}</time> }.into_any(),
                    _ => {
                        let retrieved = src.retrieved.clone().unwrap_or_default();
                        view! { {move || Ui::Retrieved.tr(lang.get())} " " <time datetime=retrieved.clone()>{retrieved.clone()}</time> }.into_any()
                    }
                }}
                {sc.updated.clone().map(|u| view! { " · " <span data-testid="updated">{move || Ui::Updated.tr(lang.get())} " " <time datetime=u.clone()>{u.clone()}</time></span> })}
                {(!authors.is_empty()).then(|| view! { " · " {move || Ui::Authors.tr(lang.get())} " " <span lang=data_lang>{authors.clone()}</span> })}
                {src.editor.clone().map(|e| view! { " · " {move || Ui::Editor.tr(lang.get())} " " <span lang=data_lang>{e}</span> })}
                " · "
                <a href=src.url.clone() target="_blank" rel="noopener noreferrer" data-testid="source-link">
                    {move || Ui::ReadArticle.tr(lang.get())}
                    <span class="sc-visually-hidden">" — "<Tr text=src.title.clone() lang=lang /></span>
                </a>
                {src.via.clone().map(|via| view! { " · " <a href=via target="_blank" rel="noopener noreferrer">{move || Ui::Via.tr(lang.get())}</a> })}
            </p>
        </header>
    }
}
