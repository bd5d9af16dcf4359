//! Every metric in one accessible, sortable table.

use std::cmp::Ordering;

use leptos::prelude::*;
use scorecard_core::{format, Lang, Metric};

use crate::components::more::MoreButton;
use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::Ui;
use crate::types::SortKey;

/// Row order for a sort key; ties keep reading order.
pub fn sort_rows(rows: &mut [(usize, usize, &Metric)], key: SortKey, desc: bool, lang: Lang) {
    rows.sort_by(|a, b| {
        let o = match key {
            SortKey::Section => (a.0, a.1).cmp(&(b.0, b.1)),
            SortKey::Label => a.2.label.text(lang).cmp(b.2.label.text(lang)),
            SortKey::Value => {
                a.2.exact()
                    .partial_cmp(&b.2.exact())
                    .unwrap_or(Ordering::Equal)
            }
            SortKey::Unit => a.2.unit.to_string().cmp(&b.2.unit.to_string()),
        };
        let o = if desc { o.reverse() } else { o };
        o.then((a.0, a.1).cmp(&(b.0, b.1)))
    });
}

/// Rows the table shows before "show more".
pub const ROWS_PAGE: usize = 300;

/// The table view.
#[component]
pub fn TableView() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let sort = Memo::new(move |_| ctx.state.with(|s| s.sort));
    let header = move |key: SortKey, label: Ui| {
        let aria = move || {
            let (k, desc) = sort.get();
            (k == key).then_some(if desc { "descending" } else { "ascending" })
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" data-testid="sort" data-sort=key.as_str() on:click=move |_| {
                    ctx.update(|s| {
                        s.sort = if s.sort.0 == key { (key, !s.sort.1) } else { (key, false) };
                    })
                }>
                    {move || label.tr(lang.get())}
                    <span aria-hidden="true" class="sc-sort-mark">{move || {
                        let (k, desc) = sort.get();
                        if k != key { "↕" } else if desc { "↓" } else { "↑" }
                    }}</span>
                </button>
            </th>
        }
    };
    let sc = use_ctx().sc();
    let total = sc.metrics().count();
    let data_lang = crate::components::text::lang_attr(sc.default_lang);
    // Sorting covers every row; only the first pages are in the page.
    let limit = RwSignal::new(ROWS_PAGE);
    let rows = move || {
        let (key, desc) = sort.get();
        let l = lang.get();
        let mut rows: Vec<(usize, usize, &Metric)> = sc
            .sections
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.metrics.iter().enumerate().map(move |(j, m)| (i, j, m)))
            .collect();
        sort_rows(&mut rows, key, desc, l);
        rows.into_iter()
            .take(limit.get())
            .map(|(i, _, m)| {
                let section = sc.sections[i].title.clone();
                view! {
                    <tr data-testid="table-row" data-metric-id=m.id.clone()>
                        <td><Tr text=section lang=lang /></td>
                        <th scope="row"><Tr text=m.label.clone() lang=lang /></th>
                        <td class="sc-num" lang=data_lang data-testid="as-stated">{format::stated_number(m)}</td>
                        <td lang=data_lang>{m.unit.to_string()}</td>
                        <td>{m.period.clone().map(|p| view! { <Tr text=p lang=lang /> })}</td>
                        <td class="sc-quote-cell" lang=data_lang>{m.quote.clone()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="sc-table-wrap" tabindex="0" role="region" aria-labelledby="sc-table-caption">
            <table class="sc-table" data-testid="metric-table">
                <caption id="sc-table-caption">{move || Ui::TableCaption.tr(lang.get())}</caption>
                <thead>
                    <tr>
                        {header(SortKey::Section, Ui::Section)}
                        {header(SortKey::Label, Ui::Label)}
                        {header(SortKey::Value, Ui::AsStated)}
                        {header(SortKey::Unit, Ui::Unit)}
                        <th scope="col">{move || Ui::Period.tr(lang.get())}</th>
                        <th scope="col">{move || Ui::Quote.tr(lang.get())}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <MoreButton total=total limit=limit step=ROWS_PAGE lang=lang />
    }
}
