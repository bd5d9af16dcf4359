//! Title, subtitle and the source line of the article.

use leptos::prelude::*;

use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::Ui;

/// The scorecard's heading and where its figures come from.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let sc = ctx.sc.clone();
    let c = ctx.clone();
    let lang = Signal::derive(move || c.lang());
    let src = sc.source.clone();
    let authors = src.authors.join("、");
    view! {
        <header class="sc-header">
            <h1 data-testid="title">
                <Tr text=sc.title.clone() lang=lang />
            </h1>
            {sc.subtitle.clone().map(|s| view! { <p class="sc-subtitle"><Tr text=s lang=lang /></p> })}
            <p class="sc-source" data-testid="source-line">
                <span>{move || Ui::Source.tr(lang.get())}{move || if lang.get() == scorecard_core::Lang::Zh { "：" } else { ": " }}</span>
                <Tr text=src.outlet.clone() lang=lang />
                " · "
                <time datetime=src.published.clone()>{src.date().to_string()}</time>
                {(!authors.is_empty()).then(|| view! { " · " {move || Ui::Authors.tr(lang.get())} " " <span lang="zh-CN">{authors.clone()}</span> })}
                {src.editor.clone().map(|e| view! { " · " {move || Ui::Editor.tr(lang.get())} " " <span lang="zh-CN">{e}</span> })}
                " · "
                <a href=src.url.clone() target="_blank" rel="noopener noreferrer" data-testid="source-link">
                    {move || Ui::ReadArticle.tr(lang.get())}
                    <span class="sc-visually-hidden">" — "<Tr text=src.title.clone() lang=lang /></span>
                </a>
            </p>
        </header>
    }
}
