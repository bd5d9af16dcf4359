//! The link allow-list: only plain `http:` and `https:` URLs reach an `href`.

/// Accepts `http://host…` and `https://host…`; rejects every other scheme and
/// the usual disguises (whitespace, control characters, entities, backslashes,
/// credentials).
pub fn check_http_url(s: &str) -> Result<(), String> {
    if s.len() > 2048 {
        return Err("URL longer than 2048 characters".into());
    }
    if let Some(c) = s
        .chars()
        .find(|c| c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\\' | '`'))
    {
        return Err(format!(
            "URL contains a forbidden character U+{:04X}",
            c as u32
        ));
    }
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(|| "only http: and https: links are allowed".to_string())?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err("URL must not contain credentials (user@host)".into());
    }
    let host = authority.rsplit_once(':').map_or(authority, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            authority
        }
    });
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'));
    if !host_ok {
        return Err("URL has no valid host".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_only_http_links() {
        let ok = [
            "https://hn.rednet.cn/content/2020/11/25/8633688.html",
            "http://example.com",
            "HTTPS://EXAMPLE.COM/a?b=c#d",
            "https://例子.中国/路径",
            "https://example.com:8443/x",
        ];
        for u in ok {
            assert_eq!(check_http_url(u), Ok(()), "{u}");
        }
        let bad = [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\u{0}script:alert(1)",
            "&#106;avascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example",
            "https:/evil.example",
            "https://",
            "https://user:pw@evil.example",
            "https://evil.example\\@good.example",
            "https://a b.example",
            "ftp://example.com",
            "",
        ];
        for u in bad {
            assert!(check_http_url(u).is_err(), "{u:?}");
        }
    }
}
