//! Data text in the reader's language, marked when the translation is missing.

use leptos::prelude::*;
use scorecard_core::{Lang, Text};

use crate::i18n::Ui;

/// Shows `text` in `lang`; when that language is missing, shows the other
/// with its own `lang` attribute and a marker saying so.
#[component]
pub fn Tr(
    /// The bilingual text.
    text: Text,
    /// The reader's language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    move || text_in(&text, lang.get())
}

/// [`Tr`] once, in `l`: for views that are drawn anew when the language
/// changes.
pub fn text_in(text: &Text, l: Lang) -> AnyView {
    let (s, used) = text.get(l);
    let s = s.to_string();
    if used == l {
        view! { <span>{s}</span> }.into_any()
    } else {
        view! {
            <span lang=lang_attr(used)>{s}</span>
            <span class="sc-untranslated" title=Ui::NoTranslation.tr(l)>
                <span class="sc-visually-hidden">{Ui::NoTranslation.tr(l)}</span>
                <span aria-hidden="true">{if used == Lang::Zh { "中" } else { "EN" }}</span>
            </span>
        }
        .into_any()
    }
}

/// `lang` attribute value for a language.
pub fn lang_attr(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}
