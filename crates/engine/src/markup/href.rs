//! Which link targets may become live links: web addresses only.

/// Whether a link target may become a live link: only web addresses, never `javascript:` or `data:`.
pub fn is_safe_href(href: &str) -> bool {
    // Compared in place, with no lowercased copy: every reference of a large bank passes here.
    let scheme = |prefix: &str| {
        href.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    let spaced = if href.is_ascii() {
        // ASCII whitespace and control characters are the bytes up to space, and DEL.
        href.bytes().any(|b| b <= b' ' || b == 0x7f)
    } else {
        href.chars().any(|c| c.is_whitespace() || c.is_control())
    };
    (scheme("https://") || scheme("http://")) && !spaced
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_addresses_without_spaces_or_control_characters_are_safe_links() {
        for safe in [
            "https://a.example/x",
            "HTTP://a.example",
            "https://a.example/é?q=1",
        ] {
            assert!(is_safe_href(safe), "{safe}");
        }
        for unsafe_href in [
            "javascript:alert(1)",
            "data:text/html,hi",
            " https://a.example",
            "https://a.example/a b",
            "https://a.example/\t",
            "https://a.example/\u{7f}",
            "https://a.example/\u{a0}x",
            "https://a.example/\u{85}",
            "http:/a.example",
            "ftp://a.example",
            "http",
        ] {
            assert!(!is_safe_href(unsafe_href), "{unsafe_href:?}");
        }
    }
}
