//! The grid: one row per metric, one text input per cell, moved through
//! like a spreadsheet. Cells read from the file and write to it on
//! change; a cell whose text is refused keeps it, marked, until corrected.

use leptos::prelude::*;
use scorecard_core::grid::{self, Col};
use wasm_bindgen::JsCast;

use super::state::{use_studio, Studio};
use super::text::S;

/// Rows drawn at first, and added by "show more": a 10,000-row file
/// stays responsive.
pub const PAGE: usize = 100;

/// The grid of metrics.
#[component]
pub fn Grid() -> impl IntoView {
    let st = use_studio();
    let shown = st.shown;
    let count = move || st.rows.with(|r| r.len());
    let t = move |s: S| move || s.tr(st.lang.get());
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
        else {
            return;
        };
        // One value goes into the cell as typed; a block goes to the grid.
        if !text.trim_end_matches(['\r', '\n']).contains(['\t', '\n']) {
            return;
        }
        ev.prevent_default();
        let (row, col) = focused_cell().unwrap_or((0, Col::Section));
        paste_block(st, &text, '\t', row, col);
        show_all(st, shown);
    };
    view! {
        <div class="st-grid-tools">
            <button type="button" data-testid="studio-add-row" on:click=move |_| {
                let last = st.rows.with_untracked(|r| r.last().copied());
                if st.edit(|sc| grid::add_row(sc, last)).is_some() {
                    shown.update(|s| *s = (*s).max(count()));
                }
            }>{t(S::AddRow)}</button>
            <button type="button" data-testid="studio-copy-tsv" on:click=move |_| {
                if let Some(sc) = st.inspected.get_untracked().scorecard.as_ref() {
                    crate::embed::browser::copy_text(&grid::to_delimited(sc, '\t'));
                    st.status.set(S::Copied.tr(st.lang.get_untracked()).into());
                }
            }>{t(S::CopyTsv)}</button>
            <label class="st-file">
                {t(S::ImportCsv)}
                <input type="file" accept=".csv,text/csv" data-testid="studio-import-csv" on:change=move |ev| {
                    super::files::read_picked(&ev, move |name, bytes| match bytes {
                        Ok(bytes) => {
                            paste_block(st, &super::files::text(&bytes), ',', 0, Col::Section);
                            show_all(st, shown);
                        }
                        Err(why) => st.unread(&name, why),
                    })
                } />
            </label>
            <button type="button" data-testid="studio-export-csv" on:click=move |_| {
                if let Some(sc) = st.inspected.get_untracked().scorecard.as_ref() {
                    let csv = format!("\u{feff}{}", grid::to_delimited(sc, ','));
                    crate::embed::browser::download(&format!("{}.csv", st.id()), "text/csv", &csv);
                }
            }>{t(S::ExportCsv)}</button>
        </div>
        <p class="st-hint">{t(S::GridHint)}</p>
        <div class="st-grid-scroll">
            <table class="st-grid" data-testid="studio-grid" on:keydown=move |ev| on_key(st, ev) on:paste=on_paste>
                <thead>
                    <tr>
                        <th scope="col">"#"</th>
                        {Col::ALL
                            .into_iter()
                            .map(|c| view! { <th scope="col" data-col=c.as_str()>{move || c.heading(st.lang.get())}</th> })
                            .collect_view()}
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || 0..count().min(shown.get())
                        key=|i| *i
                        children=move |i| view! { <Row index=i /> }
                    />
                </tbody>
            </table>
        </div>
        <Show when=move || { count() > shown.get() }>
            <button type="button" class="st-more" data-testid="studio-more-rows" on:click=move |_| shown.update(|s| *s += PAGE)>
                {t(S::ShowMoreRows)} {move || format!(" ({}/{})", shown.get().min(count()), count())}
            </button>
        </Show>
    }
}

/// One metric's row.
#[component]
fn Row(index: usize) -> impl IntoView {
    let st = use_studio();
    let remove = move |_| {
        if let Some(at) = st.rows.with_untracked(|r| r.get(index).copied()) {
            st.edit(|sc| grid::remove_row(sc, at));
        }
    };
    view! {
        <tr data-row=index>
            <th scope="row" class="st-n">{index + 1}</th>
            {Col::ALL.into_iter().map(|c| view! { <Cell index=index col=c /> }).collect_view()}
            <td>
                <button type="button" class="st-remove" title=move || S::RemoveRow.tr(st.lang.get())
                    aria-label=move || S::RemoveRow.tr(st.lang.get()) on:click=remove>"×"</button>
            </td>
        </tr>
    }
}

/// The text the cell shows: what the editor typed and was refused, else
/// what the file says.
fn cell_text(st: Studio, index: usize, col: Col) -> (String, Option<String>) {
    let refused = st.refused.with(|r| {
        r.iter()
            .find(|(i, c, _, _)| *i == index && *c == col)
            .map(|(_, _, text, why)| (text.clone(), why.clone()))
    });
    if let Some((text, why)) = refused {
        return (text, Some(why));
    }
    let at = st.rows.with(|r| r.get(index).copied());
    let text = st.inspected.with(|i| match (&i.scorecard, at) {
        (Some(sc), Some(at)) => grid::cell(sc, at, col),
        _ => String::new(),
    });
    (text, None)
}

/// One cell.
#[component]
fn Cell(index: usize, col: Col) -> impl IntoView {
    let st = use_studio();
    let shown = Memo::new(move |_| cell_text(st, index, col));
    let commit = move |ev: web_sys::Event| set_cell(st, index, col, event_target_value(&ev));
    let list = match col {
        Col::Qualifier => Some("st-qualifiers"),
        Col::Direction => Some("st-directions"),
        _ => None,
    };
    view! {
        <td class=format!("st-c-{}", col.as_str())>
            <input
                type="text"
                data-row=index
                data-col=col.as_str()
                list=list
                aria-label=move || format!("{} {}", col.heading(st.lang.get()), index + 1)
                prop:value=move || shown.with(|s| s.0.clone())
                aria-invalid=move || shown.with(|s| s.1.is_some().then_some("true"))
                title=move || shown.with(|s| s.1.clone().unwrap_or_else(|| s.0.clone()))
                on:change=commit
            />
        </td>
    }
}

/// Takes the text typed into a cell: into the file when it reads, else
/// kept in the cell with the reason.
pub fn set_cell(st: Studio, index: usize, col: Col, text: String) {
    let Some(at) = st.rows.with_untracked(|r| r.get(index).copied()) else {
        return;
    };
    let lang = st.lang.get_untracked();
    let result = st.edit(|sc| grid::set(sc, at, col, &text));
    st.refused
        .update(|r| r.retain(|(i, c, _, _)| !(*i == index && *c == col)));
    if let Some(Err(e)) = result {
        st.refused
            .update(|r| r.push((index, col, text, e.message(lang))));
        // The file did not change, so nothing else redraws this cell.
    }
}

/// Pastes a block of rows into the grid at `row`, `col`.
pub fn paste_block(st: Studio, text: &str, sep: char, row: usize, col: Col) {
    let lang = st.lang.get_untracked();
    let Some(pasted) = st.edit(|sc| grid::paste(sc, text, sep, row, col)) else {
        return;
    };
    let mut message = format!("{}{}", S::Pasted.tr(lang), pasted.rows);
    if !pasted.errors.is_empty() {
        message.push_str(&format!(
            "; {}{}",
            pasted.errors.len(),
            S::PasteRefused.tr(lang)
        ));
    }
    st.status.set(message);
    st.refused.set(
        pasted
            .errors
            .into_iter()
            .map(|(i, c, text, e)| (i, c, text, e.message(lang)))
            .collect(),
    );
}

/// Draws the rows a paste added (up to a thousand).
fn show_all(st: Studio, shown: RwSignal<usize>) {
    let count = st.rows.with_untracked(|r| r.len());
    shown.update(|s| *s = (*s).max(count.min(1000)));
}

/// The row and column of the focused cell.
fn focused_cell() -> Option<(usize, Col)> {
    let el = leptos::prelude::document().active_element()?;
    let row = el.get_attribute("data-row")?.parse().ok()?;
    let name = el.get_attribute("data-col")?;
    let col = Col::ALL.into_iter().find(|c| c.as_str() == name)?;
    Some((row, col))
}

/// Focuses the cell at `row`, `col`, when it is drawn.
pub fn focus_cell(row: usize, col: Col) -> bool {
    super::input::focus_input(&format!(
        "input[data-row=\"{row}\"][data-col=\"{}\"]",
        col.as_str()
    ))
}

/// Spreadsheet keys: arrows (left and right at the ends of the text),
/// Enter down, Escape back to what the file says.
fn on_key(st: Studio, ev: web_sys::KeyboardEvent) {
    let Some((row, col)) = focused_cell() else {
        return;
    };
    let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
    let Some(input) = input else {
        return;
    };
    let len = input.value().encode_utf16().count() as u32;
    let start = input.selection_start().ok().flatten().unwrap_or(0);
    let end = input.selection_end().ok().flatten().unwrap_or(len);
    let i = col.index();
    let target = match ev.key().as_str() {
        "ArrowUp" => row.checked_sub(1).map(|r| (r, col)),
        "ArrowDown" => Some((row + 1, col)),
        "Enter" => {
            // Take the text now: the cell below may be redrawn by it.
            set_cell(st, row, col, input.value());
            Some((row + 1, col))
        }
        "ArrowLeft" if start == 0 && end == 0 => i.checked_sub(1).map(|j| (row, Col::ALL[j])),
        "ArrowRight" if start == len && end == len => Col::ALL.get(i + 1).map(|c| (row, *c)),
        "Escape" => {
            st.refused
                .update(|r| r.retain(|(ri, c, _, _)| !(*ri == row && *c == col)));
            input.set_value(&cell_text(st, row, col).0);
            input.select();
            ev.prevent_default();
            None
        }
        _ => return,
    };
    if let Some((r, c)) = target {
        if focus_cell(r, c) {
            ev.prevent_default();
        }
    }
}
