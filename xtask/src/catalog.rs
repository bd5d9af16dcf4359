//! `dist/scorecards.html`: the list of every bundled scorecard with its
//! title, outlet, date and figure count, each linked to its page
//! (`index.html?card=<id>`). Static HTML: it needs no script.

use std::path::Path;

use scorecard_core::{Lang, Scorecard, Text};

use crate::bundle::escape;
use crate::cmd::Result;

/// Writes the list into `dist`.
pub fn write(root: &Path, dist: &Path) -> Result {
    let mut rows = String::new();
    for path in crate::inline::bundled(root)? {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let sc = scorecard_core::load_str(&text)
            .map_err(|p| format!("{}: invalid ({} problems)", path.display(), p.len()))?;
        rows.push_str(&row(&sc));
    }
    let page = format!(
        r#"<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>数据卡一览 · All scorecards</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="demo/demo.css" />
  </head>
  <body>
    <article>
      <h1>数据卡一览 <span lang="en">· All scorecards</span></h1>
      <table data-testid="catalog">
        <thead>
          <tr><th scope="col">数据卡 · Scorecard</th><th scope="col">来源 · Outlet</th><th scope="col">日期 · Date</th><th scope="col">数字 · Figures</th></tr>
        </thead>
        <tbody>
{rows}        </tbody>
      </table>
      <p><a href="studio.html" data-testid="catalog-studio">数据卡工作台 <span lang="en">· Make a scorecard from an article (the studio)</span></a></p>
    </article>
  </body>
</html>
"#
    );
    std::fs::write(dist.join("scorecards.html"), page).map_err(|e| format!("scorecards.html: {e}"))
}

/// One scorecard's row.
fn row(sc: &Scorecard) -> String {
    let date = sc
        .source
        .date()
        .or(sc.source.retrieved.as_deref())
        .unwrap_or("");
    format!(
        "          <tr data-testid=\"catalog-row\" data-card=\"{id}\"><td><a href=\"index.html?card={id}\">{title}</a></td><td>{outlet}</td><td><time>{date}</time></td><td>{count}</td></tr>\n",
        id = escape(&sc.id),
        title = both(&sc.title, sc.default_lang),
        outlet = both(&sc.source.outlet, sc.default_lang),
        date = escape(date),
        count = sc.metrics().count(),
    )
}

/// A text in its default language, with the other after it when given.
fn both(t: &Text, lang: Lang) -> String {
    let main = format!(
        "<span lang=\"{}\">{}</span>",
        html_lang(lang),
        escape(t.text(lang))
    );
    match t.only(lang.other()) {
        Some(other) => format!(
            "{main} <span lang=\"{}\">· {}</span>",
            html_lang(lang.other()),
            escape(other)
        ),
        None => main,
    }
}

fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}
