//! "Show more" for long lists: large scorecards stay fast because the page
//! never holds thousands of cards or rows at once.

use leptos::prelude::*;
use scorecard_core::Lang;

/// A button under a list cut at `limit` of `total` entries; each press
/// shows `step` more. Absent when everything is shown.
#[component]
pub fn MoreButton(
    /// Entries in the whole list.
    total: usize,
    /// Entries shown now.
    limit: RwSignal<usize>,
    /// Entries added per press.
    step: usize,
    /// The reader's language.
    lang: Signal<Lang>,
) -> impl IntoView {
    move || {
        let left = total.saturating_sub(limit.get());
        (left > 0).then(|| {
            let text = crate::i18n::show_more(left, lang.get());
            view! {
                <button type="button" class="sc-more" data-testid="show-more" on:click=move |_| limit.update(|l| *l += step)>
                    {text}
                </button>
            }
        })
    }
}
