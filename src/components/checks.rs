//! Every relation of the scorecard with both sides and whether it holds.

use leptos::prelude::*;
use scorecard_core::checks::{checks, Check};
use scorecard_core::{format, Lang, RelationKind, Text};

use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::{composition_of, Ui};

/// The checks view.
#[component]
pub fn ChecksView() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let sc = ctx.sc();
    view! {
        <section class="sc-checks" aria-labelledby="sc-checks-h" data-testid="checks">
            <h2 id="sc-checks-h">{move || Ui::ChecksTitle.tr(lang.get())}</h2>
            <ul>
                {checks(&sc).iter().map(Row::new).map(|row| view! { <CheckRow row=row lang=lang /> }).collect_view()}
            </ul>
        </section>
    }
}

/// `total = a + b + c` or `a ≤ total` in the reader's language.
pub fn equation(c: &Check<'_>, lang: Lang) -> String {
    let parts: Vec<String> = c.parts.iter().map(|p| format::stated(p, lang)).collect();
    let total = c
        .total
        .map_or_else(|| "100%".to_string(), |t| format::stated(t, lang));
    match c.kind {
        RelationKind::Shares => format!(
            "{} {} 100%",
            parts.join(" + "),
            if c.holds { "≈" } else { "≠" }
        ),
        RelationKind::Sum => format!(
            "{total} {} {}",
            if c.holds { "=" } else { "≠" },
            parts.join(" + ")
        ),
        RelationKind::AtMost => parts
            .iter()
            .map(|p| format!("{p} ≤ {total}"))
            .collect::<Vec<_>>()
            .join(Ui::ClauseSep.tr(lang)),
    }
}

/// A check, owned, with its equation in both languages.
#[derive(Clone)]
struct Row {
    id: String,
    label: Text,
    holds: bool,
    zh: String,
    en: String,
}

impl Row {
    fn new(c: &Check<'_>) -> Row {
        let label = c.label.cloned().unwrap_or_else(|| {
            let total = c.total.map(|t| &t.label);
            let zh = total
                .and_then(Text::zh)
                .map(|zh| composition_of(zh, Lang::Zh));
            let en = total
                .and_then(Text::en)
                .map(|en| composition_of(en, Lang::En));
            Text::new(zh.as_deref(), en.as_deref())
        });
        Row {
            id: c.id.to_string(),
            label,
            holds: c.holds,
            zh: equation(c, Lang::Zh),
            en: equation(c, Lang::En),
        }
    }
}

#[component]
fn CheckRow(row: Row, lang: Signal<Lang>) -> impl IntoView {
    let holds = row.holds;
    view! {
        <li class="sc-check" class:sc-good=holds class:sc-bad=!holds data-testid="check" data-check-id=row.id.clone() data-holds=holds.to_string()>
            <span class="sc-check-mark" aria-hidden="true">{if holds { "✓" } else { "✗" }}</span>
            <div>
                <p class="sc-check-label"><Tr text=row.label.clone() lang=lang /></p>
                <p class="sc-check-eq" data-testid="check-equation">{move || if lang.get() == Lang::Zh { row.zh.clone() } else { row.en.clone() }}</p>
                <p class="sc-check-verdict">{move || if holds { Ui::Holds.tr(lang.get()) } else { Ui::Fails.tr(lang.get()) }}</p>
            </div>
        </li>
    }
}
