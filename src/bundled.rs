//! Scorecards compiled into the app, so nothing is fetched after load.

/// A bundled scorecard: its id and its JSON text.
pub struct Bundled {
    /// The id used in `?card=`.
    pub id: &'static str,
    /// The file's text.
    pub json: &'static str,
}

/// Every bundled scorecard; the first is the default.
pub const BUNDLED: &[Bundled] = &[Bundled {
    id: "lingling-2020",
    json: include_str!("../data/lingling-2020.json"),
}];

/// The bundled scorecard with `id`, or the default one.
pub fn find(id: Option<&str>) -> &'static Bundled {
    id.and_then(|id| BUNDLED.iter().find(|b| b.id == id))
        .unwrap_or(&BUNDLED[0])
}
