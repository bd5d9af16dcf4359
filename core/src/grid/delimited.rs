//! Tab- and comma-separated text as spreadsheets write it: a field in
//! double quotes may hold the separator, line breaks and doubled quotes.

/// The rows of `text`, split at `sep` (`'\t'` or `','`). A last empty line
/// (the line end after the last row) is not a row.
pub fn parse(text: &str, sep: char) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            c if c == sep => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !row.is_empty() || !at_start {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// One field, quoted when it must be.
pub fn field(s: &str, sep: char, out: &mut String) {
    if s.contains([sep, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// `rows` as text, one line each, ending with a line break.
pub fn write(rows: &[Vec<String>], sep: char) -> String {
    let mut out = String::new();
    for row in rows {
        for (i, f) in row.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            field(f, sep, &mut out);
        }
        out.push_str("\r\n");
    }
    out
}
