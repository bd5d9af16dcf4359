//! Named mechanisms and other facts without a number.

use leptos::prelude::*;
use scorecard_core::Item;

use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::Ui;

/// Named mechanisms of a section.
#[component]
pub(super) fn ItemList(items: Vec<Item>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    (!items.is_empty()).then(|| {
        view! {
            <div class="sc-items">
                <h3>{move || Ui::Mechanisms.tr(lang.get())}</h3>
                <ul>
                    {items
                        .into_iter()
                        .map(|i| {
                            view! {
                                <li data-testid="item" data-item-id=i.id.clone()>
                                    <strong><Tr text=i.name.clone() lang=lang /></strong>
                                    {i.description.clone().map(|d| view! { "：" <Tr text=d lang=lang /> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
