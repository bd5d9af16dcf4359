//! A figure's change: stated by the article, or derived from its series.

use leptos::prelude::*;
use scorecard_core::derived::Derived;
use scorecard_core::{format, Change, Direction, Lang};

use crate::i18n::Ui;

/// Whether a change is good news, given the metric's direction.
fn good_news(rising: bool, direction: Direction) -> Option<bool> {
    match direction {
        Direction::HigherIsBetter => Some(rising),
        Direction::LowerIsBetter => Some(!rising),
        Direction::Neutral => None,
    }
}

/// The class of a change line: `base` with its verdict's colour.
fn change_class(base: &'static str, good: Option<bool>) -> String {
    match good {
        Some(true) => format!("{base} sc-good"),
        Some(false) => format!("{base} sc-bad"),
        None => base.to_string(),
    }
}

/// The verdict in words after a change: `（向好）`, ` (better)`.
fn verdict(good: Option<bool>, l: Lang) -> Option<String> {
    good.map(|g| {
        let word = if g { Ui::Up.tr(l) } else { Ui::Down.tr(l) };
        if l == Lang::Zh {
            format!("（{word}）")
        } else {
            format!(" ({word})")
        }
    })
}

/// A change the article states, with its direction cue; kept apart from
/// derived changes, and not labelled as derived.
pub(super) fn stated_change_line(change: &Change, direction: Direction, l: Lang) -> impl IntoView {
    let rising = change.value > 0.0;
    let good = (change.value != 0.0)
        .then(|| good_news(rising, direction))
        .flatten();
    view! {
        <p class=change_class("sc-stated-change", good) data-testid="stated-change">
            <span class="sc-visually-hidden">{Ui::StatedChange.tr(l)}": "</span>
            <span aria-hidden="true">{if change.value == 0.0 { "" } else if rising { "↑ " } else { "↓ " }}</span>
            {format::stated_change(change, l)}
            {verdict(good, l)}
        </p>
    }
}

/// A derived change with its direction cue: arrow, words and colour.
pub(super) fn derived_line(derived: Derived, direction: Direction, l: Lang) -> impl IntoView {
    let rising = match derived {
        Derived::Points { change, .. } => change > 0.0,
        Derived::Growth { multiple, .. } => multiple > 1.0,
    };
    let good = good_news(rising, direction);
    let (from, to) = derived.years();
    let class = change_class("sc-derived", good);
    view! {
        <p class=class data-testid="derived">
            <span class="sc-badge">{Ui::Derived.tr(l)}</span>
            " "
            <span aria-hidden="true">{if rising { "↑ " } else { "↓ " }}</span>
            {format!("{from}→{to} {}", derived.describe(l))}
            {verdict(good, l)}
        </p>
    }
}
