//! A panic must never leave a blank or half-drawn widget: besides the
//! console message, the reader gets a short notice in the page.

use wasm_bindgen::JsCast;

/// Installs the hook: console message first, then a notice in the page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

/// Appends a plain-text notice to `<body>` (text only, no markup).
pub fn show_notice() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(el), Some(body)) = (doc.create_element("div"), doc.body()) else {
        return;
    };
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("class", "sc-root sc-error");
    let _ = el.set_attribute("data-testid", "panic-notice");
    el.set_text_content(Some(
        "数据卡出错，已停止运行；请刷新页面。The scorecard hit an internal error and stopped; please reload the page.",
    ));
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = body.append_child(&el);
    }
}
