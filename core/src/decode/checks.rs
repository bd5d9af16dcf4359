//! Shapes of single values: ids and dates.

/// Why `s` is not an id ([`is_id`]), as the validator says it.
pub fn not_an_id(s: &str) -> String {
    format!(
        "\"{}\" is not an id: use 1–64 of a-z, 0-9 and '-', starting with a letter",
        crate::error::preview(s)
    )
}

/// Whether `s` is an id: 1–64 of a-z, 0-9 and `-`, starting with a letter.
pub fn is_id(s: &str) -> bool {
    let b = s.as_bytes();
    (1..=64).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// `YYYY`, `YYYY-MM`, or a [timestamp](is_timestamp): a date as precise as
/// a page gives it.
pub fn is_date(s: &str) -> bool {
    let year = |t: &str| t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit());
    match s.len() {
        4 => year(s),
        // Slices by byte: non-ASCII input is rejected first.
        7 => {
            s.is_ascii()
                && year(&s[..4])
                && s.as_bytes()[4] == b'-'
                && (1..=12).contains(&s[5..].parse::<u8>().unwrap_or(0))
        }
        _ => is_timestamp(s),
    }
}

/// `YYYY-MM-DD`, optionally followed by `THH:MM[:SS]` and `Z` or `±HH:MM`.
pub fn is_timestamp(s: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
    let b = s.as_bytes();
    // Everything below slices by byte, so non-ASCII input is rejected first.
    if b.len() < 10 || !s.is_ascii() {
        return false;
    }
    let (date, rest) = s.split_at(10);
    let date_ok = digits(&date[0..4])
        && b[4] == b'-'
        && digits(&date[5..7])
        && b[7] == b'-'
        && digits(&date[8..10])
        && (1..=12).contains(&date[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&date[8..10].parse::<u8>().unwrap_or(0));
    if !date_ok {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    let Some(time) = rest.strip_prefix('T') else {
        return false;
    };
    let (clock, zone) = match time.find(['Z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => (time, ""),
    };
    let clock_ok = match clock.split(':').collect::<Vec<_>>().as_slice() {
        [h, m] | [h, m, _] if h.len() == 2 && m.len() == 2 && digits(h) && digits(m) => clock
            .split(':')
            .nth(2)
            .is_none_or(|s| s.len() == 2 && digits(s)),
        _ => false,
    };
    let zone_ok = zone.is_empty()
        || zone == "Z"
        || (zone.len() == 6 && digits(&zone[1..3]) && &zone[3..4] == ":" && digits(&zone[4..6]));
    clock_ok && zone_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["a", "poor-villages", "x2", &"a".repeat(64)] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "2x", "A", "a_b", "a b", "-a", "村", &"a".repeat(65)] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn partial_dates() {
        for ok in ["2020", "2020-11", "2020-11-25", "2020-11-25T09:46"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "20",
            "2020-13",
            "2020-1",
            "二〇二〇",
            "2020-11-",
            "２０２０",
            // Seven bytes with a character across byte 4 (found by a
            // property test: it panicked).
            "aA \u{10000}",
            "hU'\u{6d2fa}",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn timestamps() {
        for ok in [
            "2020-11-25",
            "2020-11-25T09:46",
            "2020-11-25T09:46:45+08:00",
            "2020-11-25T09:46:45Z",
        ] {
            assert!(is_timestamp(ok), "{ok}");
        }
        for bad in [
            "2020-13-01",
            "2020/11/25",
            "2020-11-25 09:46",
            "2020-11-25T9:46",
            "20201125",
            "2020-11-25T09:46:45+8",
            "２０２０-11-25",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }
}
