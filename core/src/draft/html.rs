//! An article saved as HTML, read as text: tags go, block elements end
//! lines, scripts and styles are dropped, entities are decoded. Nothing in
//! the page is run or kept as markup.

/// The text of `html`, one block per line.
pub fn text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        decode_into(&rest[..lt], &mut out);
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |i| &comment[i + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A `<` that opens no tag is text.
            decode_into(rest, &mut out);
            return tidy(&out);
        };
        let tag = rest[1..gt].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        rest = &rest[gt + 1..];
        match name.as_str() {
            "script" | "style" | "noscript" | "template" if !rest.is_empty() => {
                let close = format!("</{name}");
                let end = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
                rest = &rest[end..];
                if let Some(gt) = rest.find('>') {
                    rest = &rest[gt + 1..];
                }
            }
            "br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            | "section" | "article" | "blockquote" | "table" | "ul" | "ol" | "title" | "header"
            | "footer" => out.push('\n'),
            "td" | "th" => out.push('\t'),
            _ => {}
        }
    }
    decode_into(rest, &mut out);
    tidy(&out)
}

/// Lines trimmed, blank lines dropped, spaces collapsed.
fn tidy(s: &str) -> String {
    let lines: Vec<String> = s
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// Text between tags, with character references decoded; its line breaks
/// are spaces, as a browser shows them.
fn decode_into(s: &str, out: &mut String) {
    let spaced = s.replace(['\n', '\r', '\t'], " ");
    let mut rest = spaced.as_str();
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[..rest.len().min(12)].find(';');
        let decoded = end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace());
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn html_reads_as_its_text() {
        let cases: &[(&str, &str)] = &[
            (
                "<p>全区共有4.2万人。</p><p>其中1.3万余户。</p>",
                "全区共有4.2万人。\n其中1.3万余户。",
            ),
            ("a<br>b", "a\nb"),
            ("<script>alert('x<p>')</script>kept", "kept"),
            ("<STYLE>p{}</STYLE><p>x</p>", "x"),
            ("<!-- <p>hidden</p> -->shown", "shown"),
            (
                "5 &lt; 6 &amp;&amp; &#x4e07;&#19975; &bogus; &",
                "5 < 6 && 万万 &bogus; &",
            ),
            ("<a href=\"javascript:x\" onclick=\"y\">link</a>", "link"),
            ("3 < 4", "3 < 4"),
            (
                "<p>  spaced \n   out </p>\n\n\n<p>next</p>",
                "spaced out\nnext",
            ),
            ("&#0;&#x1F600;", "&#0;😀"),
        ];
        for (html, want) in cases {
            assert_eq!(text(html), *want, "{html}");
        }
    }
}
