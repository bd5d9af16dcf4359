//! Browser tests: components mounted into a fresh element, asserting on what
//! a reader would see.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use scorecard::app::ScorecardApp;
use scorecard::embed::url_state::ViewState;
use scorecard::types::View;
use scorecard_core::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LINGLING: &str = include_str!("../data/lingling-2020.json");

/// Mounts a scorecard into a new element and returns the element and the
/// view state driving it.
fn mount(json: &str, state: ViewState) -> (web_sys::HtmlElement, RwSignal<ViewState>) {
    let doc = document();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    let signal = RwSignal::new(state);
    let json: Arc<str> = Arc::from(json);
    let handle = leptos::mount::mount_to(el.clone(), move || {
        view! { <ScorecardApp source=json.clone() state=signal /> }
    });
    handle.forget();
    (el, signal)
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .text_content()
        .unwrap_or_default()
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn renders_title_and_headline_figures() {
    let (root, _) = mount(LINGLING, ViewState::default());
    assert!(text(&root, "[data-testid=title]").contains("零陵"));
    let people = text(
        &root,
        "[data-metric-id=people-lifted-2019] [data-testid=metric-value]",
    );
    assert_eq!(people, "41,354人");
    let incidence = text(
        &root,
        "[data-metric-id=poverty-incidence] [data-testid=derived]",
    );
    assert!(incidence.contains("下降 8.94 个百分点"), "{incidence}");
}

#[wasm_bindgen_test]
async fn switches_language_and_number_style() {
    let (root, state) = mount(LINGLING, ViewState::default());
    state.update(|s| s.lang = Some(Lang::En));
    leptos::task::tick().await;
    let people = text(
        &root,
        "[data-metric-id=people-lifted-2019] [data-testid=metric-value]",
    );
    assert_eq!(people, "41,354 people");
    assert!(!text(&root, "[data-testid=title]").contains("零陵区"));
}

#[wasm_bindgen_test]
async fn search_filters_cards_across_sections() {
    let (root, state) = mount(LINGLING, ViewState::default());
    state.update(|s| s.q = "光伏".into());
    leptos::task::tick().await;
    let n = count(
        &root,
        "[data-testid=search-results] [data-testid=metric-card]",
    );
    assert!(n >= 2, "solar figures: {n}");
    assert!(text(&root, "[data-testid=match-count]").starts_with(&n.to_string()));
    state.update(|s| s.q = "没有这个词zzz".into());
    leptos::task::tick().await;
    assert_eq!(count(&root, "[data-testid=metric-card]"), 0);
    assert!(text(&root, "[data-testid=match-count]").contains("没有"));
}

#[wasm_bindgen_test]
async fn checks_view_lists_relations_that_hold() {
    let (root, _) = mount(
        LINGLING,
        ViewState {
            view: View::Checks,
            ..ViewState::default()
        },
    );
    let checks = count(&root, "[data-testid=check]");
    assert!(checks >= 3, "{checks}");
    assert_eq!(count(&root, "[data-testid=check][data-holds=false]"), 0);
    assert!(text(&root, "[data-testid=checks]")
        .contains("3.38亿元 = 0.7亿元 + 1.29亿元 + 0.16亿元 + 1.23亿元"));
}

#[wasm_bindgen_test]
async fn invalid_data_shows_problems_not_a_blank_page() {
    let (root, _) = mount(
        "{\"schema_version\": 1, \"id\": \"Bad Id\"}",
        ViewState::default(),
    );
    assert_eq!(count(&root, "[data-testid=error-panel]"), 1);
    let first = text(&root, "[data-testid=problem]");
    assert!(first.contains("1:"), "{first}");
    assert!(count(&root, "[data-testid=problem][data-kind=missing-field]") >= 1);
}

#[wasm_bindgen_test]
fn panic_notice_is_readable_text() {
    scorecard::panic::show_notice();
    let notice = document()
        .query_selector("[data-testid=panic-notice]")
        .unwrap()
        .expect("notice shown");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert!(notice.text_content().unwrap_or_default().contains("reload"));
    assert_eq!(notice.children().length(), 0, "text only");
}

/// A valid scorecard with `n` metrics in one non-headline section.
fn large(n: usize) -> String {
    let metrics: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"m{i}","label":{{"zh":"指标{i}","en":"Figure {i}"}},"value":{i},"unit":"户","direction":"neutral","quote":"共{i}户"}}"#
            )
        })
        .collect();
    format!(
        r#"{{"schema_version":1,"id":"large","default_lang":"zh","title":"大数据卡",
        "source":{{"outlet":"示例","title":"示例","url":"https://example.com/","published":"2024-01-01","authors":[]}},
        "sections":[{{"id":"all","kind":"net","title":"全部","metrics":[{}]}}]}}"#,
        metrics.join(",")
    )
}

#[wasm_bindgen_test]
async fn long_lists_show_a_page_at_a_time() {
    let (root, state) = mount(&large(700), ViewState::default());
    let page = scorecard::components::cards::PAGE as u32;
    assert_eq!(count(&root, "[data-testid=metric-card]"), page);
    let more: web_sys::HtmlElement = root
        .query_selector("[data-testid=show-more]")
        .unwrap()
        .expect("show more")
        .unchecked_into();
    assert!(more
        .text_content()
        .unwrap()
        .contains(&(700 - page).to_string()));
    more.click();
    leptos::task::tick().await;
    assert_eq!(count(&root, "[data-testid=metric-card]"), 2 * page);

    state.update(|s| s.q = "指标6".into());
    leptos::task::tick().await;
    // 6, 60–69, 600–699: 111 matches, all within one page.
    assert!(text(&root, "[data-testid=match-count]").starts_with("111"));
    state.update(|s| s.q = "指标".into());
    leptos::task::tick().await;
    assert!(text(&root, "[data-testid=match-count]").starts_with("700"));
    // A screenful in the keystroke's task, the rest of the page in the next.
    let results = "[data-testid=search-results] [data-testid=metric-card]";
    let first = scorecard::components::cards::FIRST_RESULTS as u32;
    assert_eq!(count(&root, results), first);
    next_task().await;
    leptos::task::tick().await;
    assert_eq!(count(&root, results), page);
    let cards = root.query_selector_all(results).unwrap();
    let ids: Vec<String> = (0..cards.length())
        .filter_map(|i| {
            cards
                .item(i)?
                .unchecked_into::<web_sys::Element>()
                .get_attribute("data-metric-id")
        })
        .collect();
    let mut unique = ids.clone();
    scorecard_core::sort::by(&mut unique, Ord::cmp);
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "each match once, in order");
    // Typing on shows the new query's first screenful alone again.
    state.update(|s| s.q = "指标1".into());
    leptos::task::tick().await;
    assert_eq!(count(&root, results), first);

    state.update(|s| {
        s.q.clear();
        s.view = View::Table;
    });
    leptos::task::tick().await;
    let rows = scorecard::components::table::ROWS_PAGE as u32;
    assert_eq!(count(&root, "[data-testid=table-row]"), rows);
}

/// Resolves after the browser's next task (a zero timer).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout(
            move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            },
            std::time::Duration::ZERO,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn a_take_over_keeps_what_later_parts_showed_until_their_own_task() {
    use scorecard::components::later::{take_over, Later};
    use std::cell::Cell;
    use std::rc::Rc;

    let doc = document();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    // The page as rendered at build time.
    el.set_inner_html(
        r#"<p data-testid="now">then</p><div class="sc-later"><p data-testid="shown">shown</p></div>"#,
    );
    doc.body().unwrap().append_child(&el).unwrap();
    let live = Rc::new(Cell::new(false));
    let said = live.clone();
    take_over(
        &el,
        || {
            view! {
                <p data-testid="now">"now"</p>
                <Later><p data-testid="later">"later"</p></Later>
            }
        },
        move || said.set(true),
    );
    // In the same task the app replaced what it draws at once, and its
    // waiting part holds what the page showed there.
    assert_eq!(count(&el, "[data-testid=now]"), 1);
    assert_eq!(
        el.query_selector("[data-testid=now]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "now"
    );
    assert_eq!(count(&el, ".sc-later"), 1);
    assert_eq!(count(&el, ".sc-later > [data-testid=shown]"), 1);
    assert_eq!(count(&el, "[data-testid=later]"), 0);
    assert!(!live.get());
    leptos::task::tick().await;
    next_task().await;
    assert_eq!(count(&el, ".sc-later > [data-testid=later]"), 1);
    assert_eq!(count(&el, "[data-testid=shown]"), 0);
    assert!(live.get(), "told once every part is live");

    // Without a page to take over a part is live at once.
    let other: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&other).unwrap();
    leptos::mount::mount_to(
        other.clone(),
        || view! { <Later><p data-testid="later">"x"</p></Later> },
    )
    .forget();
    assert_eq!(count(&other, "[data-testid=later]"), 1);
}

#[wasm_bindgen_test]
fn search_folds_case_as_rust_does_with_the_browsers_own_lower_casing() {
    use scorecard::embed::browser::fold;
    for s in [
        "Poverty-Relief WORKSHOPS",
        "ÉCOLE Straße",
        "ΟΔΥΣΣΕΥΣ",
        "İstanbul",
        "零陵区 GDP",
    ] {
        assert_eq!(fold(s), s.to_lowercase(), "{s}");
    }
}

#[wasm_bindgen_test]
async fn search_ignores_case() {
    let (root, state) = mount(
        LINGLING,
        ViewState {
            lang: Some(Lang::En),
            ..ViewState::default()
        },
    );
    let mut shown = Vec::new();
    for q in ["poverty", "POVERTY", "Poverty"] {
        state.update(|s| s.q = q.into());
        leptos::task::tick().await;
        next_task().await;
        leptos::task::tick().await;
        shown.push(count(
            &root,
            "[data-testid=search-results] [data-testid=metric-card]",
        ));
    }
    assert!(shown[0] > 0, "English labels name poverty");
    assert_eq!(shown, vec![shown[0]; 3]);
}

#[wasm_bindgen_test]
fn a_bundled_scorecard_read_ahead_is_taken_once_by_the_next_load() {
    use scorecard::source::Source;

    let doc = document();
    let block = doc.create_element("script").unwrap();
    block.set_attribute("type", "application/json").unwrap();
    block
        .set_attribute("data-scorecard-bundle", "read-ahead")
        .unwrap();
    block.set_text_content(Some(LINGLING));
    doc.body().unwrap().append_child(&block).unwrap();
    let source = Source::Bundled("read-ahead".into());
    source.read_ahead();
    // The page's block is gone: only what was read ahead can answer.
    block.remove();
    let sc = source.load().expect("read ahead");
    assert_eq!(sc.id, "lingling-2020");
    assert!(
        source.load().is_err(),
        "taken once, then read from the page"
    );
}

#[wasm_bindgen_test]
fn numbers_read_and_written_by_the_engine_match_rusts_own() {
    use scorecard_core::num::{fixed, parse, shortest};
    // Rust's own float code is in this test's WASM (not the reader's):
    // the engine's `toString`, `toFixed`, `BigInt` and `parseFloat` must
    // give exactly its text and values.
    let mut values = vec![
        0.0,
        -0.0,
        0.36,
        9.3,
        -8.94,
        0.1 + 0.2,
        1e20,
        1e21,
        -1e22,
        1e23,
        1.5e-7,
        1e-7,
        5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    // Figures as articles write them, exact halves (i / 8) among them.
    for i in 0..2000 {
        values.extend([
            f64::from(i) / 8.0,
            f64::from(i) * 0.005,
            -f64::from(i) / 100.0,
        ]);
    }
    // Doubles of every magnitude, from their bits.
    let mut bits: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        bits ^= bits << 13;
        bits ^= bits >> 7;
        bits ^= bits << 17;
        values.push(f64::from_bits(bits));
    }
    for v in values {
        assert_eq!(shortest(v), format!("{v}"), "shortest {v:e}");
        for d in [0, 1, 2, 3, 7, 20] {
            assert_eq!(fixed(v, d), format!("{v:.d$}"), "{v:e} to {d} decimals");
        }
        if v.is_finite() {
            let back = parse(&format!("{v:e}")).expect("a number");
            assert_eq!(back.to_bits(), v.to_bits(), "{v:e} read back");
        }
    }
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: u64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout(
            move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            },
            std::time::Duration::from_millis(ms),
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn typing_reaches_the_address_bar_when_it_pauses_and_other_changes_push_after_it() {
    use scorecard::embed::history;
    let window = web_sys::window().unwrap();
    let start_url = window.location().href().unwrap();
    let entries = || window.history().unwrap().length().unwrap();
    let before = entries();
    let state = RwSignal::new(ViewState::default());
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    let mounted = leptos::mount::mount_to(el, move || history::sync(state));
    leptos::task::tick().await;
    for q in ["r", "ra", "rat"] {
        state.update(|s| s.q = q.into());
        leptos::task::tick().await;
        assert_eq!(history::read().q, "", "the URL waits while typing ({q})");
    }
    sleep(450).await;
    assert_eq!(
        history::read().q,
        "rat",
        "the URL shows the query once typing pauses"
    );
    assert_eq!(entries(), before, "typing replaces the entry");

    // A query still waiting goes into the current entry before a push.
    state.update(|s| s.q = "rate".into());
    leptos::task::tick().await;
    state.update(|s| s.view = View::Table);
    leptos::task::tick().await;
    let now = history::read();
    assert_eq!((now.q.as_str(), now.view), ("rate", View::Table));
    assert_eq!(entries(), before + 1, "a change of view pushes");
    window.history().unwrap().back().unwrap();
    sleep(200).await;
    let back = history::read();
    assert_eq!(
        (back.q.as_str(), back.view),
        ("rate", View::Cards),
        "the entry before the push has the query"
    );

    drop(mounted);
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start_url))
        .unwrap();
}
