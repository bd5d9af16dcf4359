//! The problems of an invalid scorecard, shown instead of a blank page.

use leptos::prelude::*;
use scorecard_core::{Lang, Problem};

use crate::i18n::Ui;

/// Lists each problem with its line:column and field path.
#[component]
pub fn ErrorPanel(
    /// The problems, in file order.
    problems: Vec<Problem>,
    /// The reader's language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <div class="sc-root sc-error" role="alert" data-testid="error-panel">
            <h2>{Ui::ErrorTitle.tr(lang)}</h2>
            <p>{Ui::ErrorHelp.tr(lang)}</p>
            <ol>
                {problems
                    .into_iter()
                    .map(|p| {
                        let path = if p.path.is_empty() { "$".to_string() } else { p.path.clone() };
                        view! {
                            <li data-testid="problem" data-kind=p.kind.as_str()>
                                <code>{p.pos.to_string()}</code>
                                " "
                                <strong>{p.kind.title(lang)}</strong>
                                " "
                                <code>{path}</code>
                                "："
                                <span>{p.message_in(lang).into_owned()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}
