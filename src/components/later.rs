//! Parts of the pre-rendered page that come alive in a task of their own.
//!
//! Taking over the whole page at once is one long task on a phone (the
//! code each part runs is compiled when first called). A [`Later`] part is
//! left as the page shows it while the page is hydrated, then drawn live in
//! a later task, identical, so nothing moves; until then its buttons wait.
//! Rendered on the server or in the browser without hydration, it is live
//! from the start.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

/// The page's hydration, while it runs and until its parts are live.
#[derive(Default)]
struct Waiting {
    /// Whether hydration is running now (parts made now wait).
    hydrating: bool,
    /// Parts not yet live.
    parts: usize,
    /// What runs when the last part is live.
    then: Option<Box<dyn FnOnce()>>,
}

thread_local! {
    static WAITING: RefCell<Waiting> = RefCell::default();
}

/// Runs `f` (the page's hydration) with [`Later`] parts left as they are,
/// then `live` once every one of them is drawn live.
pub fn hydrating<T>(f: impl FnOnce() -> T, live: impl FnOnce() + 'static) -> T {
    WAITING.with(|w| w.borrow_mut().hydrating = true);
    let out = f();
    let parts = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.hydrating = false;
        w.parts
    });
    if parts == 0 {
        live();
    } else {
        WAITING.with(|w| w.borrow_mut().then = Some(Box::new(live)));
    }
    out
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
/// (`display: contents`); during hydration the pre-rendered children stay
/// untouched and are replaced by live ones in a later task.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let waits = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        if w.hydrating {
            w.parts += 1;
        }
        w.hydrating
    });
    let live = RwSignal::new(!waits);
    if waits {
        // Effects run once hydration is done; the timer makes a new task.
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
            view! { <div class="sc-later">{children()}</div> }.into_any()
        } else {
            // Hydration claims the element and leaves what is in it.
            view! { <div class="sc-later" inner_html=String::new()></div> }.into_any()
        }
    }
}
