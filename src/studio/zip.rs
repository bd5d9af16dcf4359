//! A zip archive of a few files, stored without compression: what a
//! downloaded site needs, written in the page.

/// CRC-32 (IEEE), as zip wants it.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The archive of `files` (path, contents), paths in UTF-8.
pub fn archive(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let le16 = |v: &mut Vec<u8>, n: u16| v.extend_from_slice(&n.to_le_bytes());
    let le32 = |v: &mut Vec<u8>, n: u32| v.extend_from_slice(&n.to_le_bytes());
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        // Local header: version 2.0, UTF-8 names (bit 11), stored.
        le32(&mut out, 0x0403_4b50);
        for n in [20u16, 0x0800, 0, 0, 0x21] {
            le16(&mut out, n);
        }
        for n in [crc, size, size] {
            le32(&mut out, n);
        }
        le16(&mut out, name.len() as u16);
        le16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        le32(&mut central, 0x0201_4b50);
        for n in [20u16, 20, 0x0800, 0, 0, 0x21] {
            le16(&mut central, n);
        }
        for n in [crc, size, size] {
            le32(&mut central, n);
        }
        for n in [name.len() as u16, 0, 0, 0, 0] {
            le16(&mut central, n);
        }
        le32(&mut central, 0);
        le32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let at = out.len() as u32;
    let count = files.len() as u16;
    let central_len = central.len() as u32;
    out.extend_from_slice(&central);
    le32(&mut out, 0x0605_4b50);
    for n in [0u16, 0, count, count] {
        le16(&mut out, n);
    }
    le32(&mut out, central_len);
    le32(&mut out, at);
    le16(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn an_archive_names_its_files_and_ends_with_its_directory() {
        let zip = archive(&[("index.html", b"<p>hi</p>"), ("data/a.json", b"{}")]);
        assert_eq!(&zip[..4], b"PK\x03\x04");
        let end = &zip[zip.len() - 22..];
        assert_eq!(&end[..4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
        let dir = u32::from_le_bytes([end[16], end[17], end[18], end[19]]) as usize;
        assert_eq!(&zip[dir..dir + 4], b"PK\x01\x02");
        assert!(zip.windows(11).any(|w| w == b"data/a.json"));
    }
}
