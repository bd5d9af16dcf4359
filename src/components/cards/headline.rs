//! The figures the article leads with.

use leptos::prelude::*;
use scorecard_core::Section;

use super::card::MetricCard;
use super::items::ItemList;
use crate::components::text::Tr;
use crate::context::use_ctx;

/// The figures the article leads with, as large cards.
#[component]
pub(super) fn HeadlineStrip(section: Section) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let heading_id = format!("sec-{}", section.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="sc-headline" aria-labelledby=labelled_by data-testid="headline">
            <h2 id=heading_id><Tr text=section.title.clone() lang=lang /></h2>
            <div class="sc-grid sc-grid-large">
                {section.metrics.into_iter().map(|m| view! { <MetricCard metric=m large=true /> }).collect_view()}
            </div>
            <ItemList items=section.items />
        </section>
    }
}
