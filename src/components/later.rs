//! Parts of the pre-rendered page that come alive in a task of their own.
//!
//! Drawing the whole page at once is one long task on a phone (the code
//! each part runs is compiled when first called). When the app takes over
//! the pre-rendered page, a [`Later`] part keeps what the page showed
//! there, then is drawn live in a later task, identical, so nothing moves;
//! until then its buttons wait. Rendered on the server or in the browser
//! without a page to take over, it is live from the start.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The page's take-over, while it runs and until its parts are live.
#[derive(Default)]
struct Waiting {
    /// Whether the take-over is running now (parts made now wait).
    taking_over: bool,
    /// Parts not yet live.
    parts: usize,
    /// What runs when the last part is live.
    then: Option<Box<dyn FnOnce()>>,
}

thread_local! {
    static WAITING: RefCell<Waiting> = RefCell::default();
}

/// The wrapper of a [`Later`] part, in the page and in the HTML rendered
/// at build time alike.
const WRAPPER: &str = "sc-later";

/// Mounts `app` into `root`, which shows the same view pre-rendered, and
/// runs `live` once every [`Later`] part is drawn live.
///
/// All in this task, so the reader never sees a frame in between: the app
/// is drawn after the pre-rendered nodes, its `Later` parts (still empty)
/// take the content of the pre-rendered ones (matched in document order),
/// and the pre-rendered nodes go. The browser has code for HTML already;
/// drawing anew spares the WASM the code that would adopt each node.
pub fn take_over<V>(
    root: &web_sys::HtmlElement,
    app: impl FnOnce() -> V + 'static,
    live: impl FnOnce() + 'static,
) where
    V: IntoView,
{
    let shown = nodes(root);
    let mounted = waiting(|| leptos::mount::mount_to(root.clone(), app), live);
    mounted.forget();
    let drawn: Vec<web_sys::Node> = nodes(root).split_off(shown.len());
    let (old, new) = (wrappers(&shown), wrappers(&drawn));
    // Identical views have as many parts; otherwise the parts draw
    // themselves a moment later, which beats showing the wrong content.
    if old.len() == new.len() {
        for (old, new) in old.iter().zip(&new) {
            while let Some(child) = old.first_child() {
                let _ = new.append_child(&child);
            }
        }
    }
    for node in shown {
        let _ = root.remove_child(&node);
    }
}

/// Runs `f` (drawing the page) with [`Later`] parts left waiting, then
/// `live` once every one of them is drawn live.
fn waiting<T>(f: impl FnOnce() -> T, live: impl FnOnce() + 'static) -> T {
    WAITING.with(|w| w.borrow_mut().taking_over = true);
    let out = f();
    let parts = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.taking_over = false;
        w.parts
    });
    if parts == 0 {
        live();
    } else {
        WAITING.with(|w| w.borrow_mut().then = Some(Box::new(live)));
    }
    out
}

/// The child nodes of `root`, as they are now.
fn nodes(root: &web_sys::HtmlElement) -> Vec<web_sys::Node> {
    let list = root.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// The [`Later`] wrappers in `nodes`, in document order.
fn wrappers(nodes: &[web_sys::Node]) -> Vec<web_sys::Element> {
    let mut found = Vec::new();
    for el in nodes.iter().filter_map(|n| n.dyn_ref::<web_sys::Element>()) {
        if el.class_list().contains(WRAPPER) {
            found.push(el.clone());
        }
        if let Ok(list) = el.query_selector_all(&format!(".{WRAPPER}")) {
            found.extend((0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()));
        }
    }
    found
}

/// One part is live: the last one runs what waits for them all.
fn arrived() {
    let then = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.parts = w.parts.saturating_sub(1);
        if w.parts == 0 {
            w.then.take()
        } else {
            None
        }
    });
    if let Some(then) = then {
        then();
    }
}

/// Its children, in a wrapper that takes no part in the layout
/// (`display: contents`); during a take-over the wrapper first holds what
/// the page showed there and is replaced by a live one in a later task.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let waits = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        if w.taking_over {
            w.parts += 1;
        }
        w.taking_over
    });
    let live = RwSignal::new(!waits);
    if waits {
        // Effects run once the take-over is done; the timer makes a new task.
        Effect::new(move |_| {
            set_timeout(
                move || {
                    live.try_set(true);
                    arrived();
                },
                Duration::ZERO,
            )
        });
    }
    move || {
        if live.get() {
            view! { <div class=WRAPPER>{children()}</div> }.into_any()
        } else {
            view! { <div class=WRAPPER></div> }.into_any()
        }
    }
}
