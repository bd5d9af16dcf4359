//! The work kept in the browser's storage, so a reload or a crashed tab
//! loses nothing.

/// Storage keys.
const ARTICLE: &str = "scorecard-studio:article";
const JSON: &str = "scorecard-studio:json";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The kept article and file, if any.
pub fn load() -> Option<(String, String)> {
    let s = storage()?;
    let json = s.get_item(JSON).ok().flatten()?;
    let article = s.get_item(ARTICLE).ok().flatten().unwrap_or_default();
    Some((article, json))
}

/// Keeps the article and the file; `false` when the browser refused
/// (storage full, or off in this browser).
pub fn save(article: &str, json: &str) -> bool {
    let Some(s) = storage() else {
        return false;
    };
    s.set_item(ARTICLE, article).is_ok() && s.set_item(JSON, json).is_ok()
}

/// Forgets the kept work.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(ARTICLE);
        let _ = s.remove_item(JSON);
    }
}
