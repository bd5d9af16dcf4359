//! Every metric in one accessible, sortable table.

use std::cmp::Ordering;

use leptos::prelude::*;
use scorecard_core::{format, sort, table, Lang, Metric};

use crate::components::more::MoreButton;
use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::Ui;
use crate::types::SortKey;

/// Row order for a sort key, within each section (the table groups rows
/// under their section); ties keep reading order.
pub fn sort_rows(rows: &mut Vec<(usize, usize, &Metric)>, key: SortKey, desc: bool, lang: Lang) {
    let num = |m: &Metric| match key {
        SortKey::Value => Some(m.exact()),
        SortKey::Baseline => table::baseline(m, lang).map(|(year, _)| f64::from(year)),
        SortKey::Change => table::change(m, lang).map(|c| c.key),
        _ => None,
    };
    sort::by(rows, |a, b| {
        let o = match key {
            SortKey::Section => (a.0, a.1).cmp(&(b.0, b.1)),
            SortKey::Label => a.2.label.text(lang).cmp(b.2.label.text(lang)),
            SortKey::Unit => table::unit(a.2, lang).cmp(&table::unit(b.2, lang)),
            // Rows without the figure go last either way.
            _ => match (num(a.2), num(b.2)) {
                (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                (Some(_), None) => return a.0.cmp(&b.0).then(Ordering::Less),
                (None, Some(_)) => return a.0.cmp(&b.0).then(Ordering::Greater),
                (None, None) => Ordering::Equal,
            },
        };
        let o = if desc { o.reverse() } else { o };
        a.0.cmp(&b.0).then(o).then(a.1.cmp(&b.1))
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
                        // Ascending, descending, then back to reading order.
                        s.sort = match s.sort {
                            (k, false) if k == key => (key, true),
                            (k, true) if k == key => (SortKey::Section, false),
                            _ => (key, false),
                        };
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
        let mut last = None;
        let mut out = Vec::new();
        for (i, _, m) in rows.into_iter().take(limit.get()) {
            // A header row opens each section's rows.
            if last != Some(i) {
                last = Some(i);
                let title = sc.sections[i].title.clone();
                out.push(
                    view! {
                        <tr class="sc-group-row" data-testid="table-group">
                            <th scope="rowgroup" colspan="7"><Tr text=title lang=lang /></th>
                        </tr>
                    }
                    .into_any(),
                );
            }
            let change = table::change(m, l);
            out.push(view! {
                <tr data-testid="table-row" data-metric-id=m.id.clone()>
                    <th scope="row"><Tr text=m.label.clone() lang=lang /></th>
                    <td class="sc-num" data-testid="as-stated">{format::stated(m, l)}</td>
                    <td data-testid="table-unit">{table::unit(m, l)}</td>
                    <td class="sc-num" data-testid="table-baseline">{table::baseline(m, l).map(|(_, t)| t)}</td>
                    <td data-testid="table-change">
                        {change.map(|c| view! {
                            {c.text}
                            {c.derived.then(|| view! { " " <span class="sc-badge">{Ui::Derived.tr(l)}</span> })}
                        })}
                    </td>
                    <td>{m.period.clone().map(|p| view! { <Tr text=p lang=lang /> })}</td>
                    <td class="sc-quote-cell" lang=data_lang>{m.quote.clone()}</td>
                </tr>
            }.into_any());
        }
        out.collect_view()
    };
    view! {
        <div class="sc-table-wrap" tabindex="0" role="region" aria-labelledby="sc-table-caption">
            <table class="sc-table" data-testid="metric-table">
                <caption id="sc-table-caption">{move || Ui::TableCaption.tr(lang.get())}</caption>
                <thead>
                    <tr>
                        {header(SortKey::Label, Ui::Label)}
                        {header(SortKey::Value, Ui::Value)}
                        {header(SortKey::Unit, Ui::Unit)}
                        {header(SortKey::Baseline, Ui::Baseline)}
                        {header(SortKey::Change, Ui::ChangeCol)}
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
