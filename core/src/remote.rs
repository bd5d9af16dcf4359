//! A scorecard read from an address (an embed's `src`): which addresses may
//! be read, and the problems when one cannot be. Messages have the
//! validator's shapes ([`crate::messages`]), so the page says them in the
//! reader's language.

use crate::error::{Pos, Problem, ProblemKind};

/// Whether a resolved address may be read: `https:` anywhere, or any
/// scheme on the page's own origin (a local `http:` preview). Never
/// `javascript:`, `data:` or `blob:`, whose origin is not the page's.
pub fn allowed(protocol: &str, origin: &str, page_origin: &str) -> bool {
    protocol == "https:" || (origin == page_origin && matches!(protocol, "http:" | "https:"))
}

/// The address was refused by [`allowed`].
pub fn refused(src: &str) -> Problem {
    problem(format!(
        "\"{}\" is neither an https: address nor on this page's origin",
        shown(src)
    ))
}

/// A bundled scorecard's id that is not an id (so never part of a path).
pub fn bad_id(id: &str) -> Problem {
    Problem {
        path: "id".into(),
        kind: ProblemKind::InvalidValue,
        ..problem(crate::decode::not_an_id(id))
    }
}

/// The host answered with an HTTP error.
pub fn answered(url: &str, status: u16) -> Problem {
    problem(format!("{} answered HTTP {status}", shown(url)))
}

/// No answer: offline, or a cross-origin host without CORS.
pub fn unreachable(url: &str) -> Problem {
    problem(format!(
        "could not reach {} (offline, or its host does not allow this page to read it)",
        shown(url)
    ))
}

fn problem(message: String) -> Problem {
    Problem {
        pos: Pos::START,
        path: "src".into(),
        kind: ProblemKind::Unreachable,
        message,
    }
}

/// An address as quoted in a message: at most 300 characters, no controls.
fn shown(url: &str) -> String {
    crate::error::preview_of(url, 300)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn only_https_or_this_origin() {
        let page = "http://127.0.0.1:4173";
        let cases = [
            ("https:", "https://data.example", true),
            ("http:", page, true),
            ("http:", "http://other.example", false),
            ("javascript:", "null", false),
            ("data:", "null", false),
            ("blob:", page, false),
            ("file:", "null", false),
        ];
        for (protocol, origin, want) in cases {
            assert_eq!(allowed(protocol, origin, page), want, "{protocol} {origin}");
        }
    }

    #[test]
    fn problems_name_src_and_read_in_chinese() {
        let cases = [
            (
                refused("javascript:alert(1)"),
                "\"javascript:alert(1)\" 既不是 https: 地址，也不在本页的源上",
            ),
            (
                bad_id("../x"),
                "\"../x\" 不是合法 ID：请用 1–64 个 a-z、0-9 或 '-'，以字母开头",
            ),
            (
                answered("https://a.example/x.json", 404),
                "https://a.example/x.json 返回 HTTP 404",
            ),
            (
                unreachable("https://a.example/x.json"),
                "无法连接 https://a.example/x.json（离线，或其主机不允许本页读取）",
            ),
        ];
        for (p, zh) in cases {
            assert!(matches!(
                (p.path.as_str(), p.kind),
                ("src", ProblemKind::Unreachable) | ("id", ProblemKind::InvalidValue)
            ));
            assert_eq!(p.message_in(Lang::Zh), zh);
        }
        let long = format!("https://a.example/{}", "x".repeat(400));
        assert!(answered(&long, 500).message.chars().count() < 330);
        assert!(!refused("a\u{0}b").message.contains('\u{0}'));
    }
}
