//! What the inline parser has already searched for, so a long run of text parses in linear time.

#[cfg(test)]
thread_local! {
    /// Bytes the inline parser has searched, for the tests that check it stays linear.
    pub(super) static SEARCHED_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Passes a search's result through, counting (in tests) the bytes it looked at: up to the
/// match, or all of `searched` when there was none.
pub(super) fn counted(searched: &str, found: Option<usize>) -> Option<usize> {
    #[cfg(test)]
    SEARCHED_BYTES.with(|bytes| bytes.set(bytes.get() + found.unwrap_or(searched.len())));
    #[cfg(not(test))]
    let _ = searched;
    found
}

/// What earlier searches of one run of text found, so no search is made twice over the same
/// text: a long word full of `[`, `*` or backticks still parses in linear time.
#[derive(Default)]
pub(super) struct Searched {
    /// No closing backtick after some earlier point: none after any later one either.
    pub(super) no_backtick: bool,
    /// No closer for `**` (or for `*`) after some earlier opener: none for a later one either.
    pub(super) no_strong_closer: bool,
    pub(super) no_emphasis_closer: bool,
    /// Where the next `](` is (from the text's start) and the last `[` before it, which is the
    /// only `[` whose label holds no other `[`; `None` once no `](` is left.
    link_middle: Option<Option<(usize, usize)>>,
    /// The next `)` found, or `None` once none is left.
    paren: Option<Option<usize>>,
}

impl Searched {
    /// Whether a link may start at `at`: the `[` there is the last before the next `](`.
    pub(super) fn link_may_open_at(&mut self, text: &str, at: usize) -> bool {
        let stale = match self.link_middle {
            None => true,
            Some(Some((middle, _))) => middle < at,
            Some(None) => false,
        };
        if stale {
            let middle = counted(&text[at..], text[at..].find("](")).map(|found| at + found);
            // A link needs a `)` after its `](`; with none after this one, none comes later.
            self.link_middle = Some(middle.filter(|&m| self.has_paren_after(text, m + 2)).map(
                |middle| {
                    let before = &text[..middle];
                    let open = before.rfind('[');
                    counted(before, open.map(|o| before.len() - o));
                    (middle, open.unwrap_or(at))
                },
            ));
        }
        matches!(self.link_middle, Some(Some((_, open))) if open == at)
    }

    /// Whether a `)` follows `from`, reusing the last one found while it is still ahead.
    fn has_paren_after(&mut self, text: &str, from: usize) -> bool {
        match self.paren {
            Some(Some(at)) if at >= from => true,
            Some(None) => false,
            _ => {
                let found = counted(&text[from..], text[from..].find(')')).map(|f| from + f);
                self.paren = Some(found);
                found.is_some()
            }
        }
    }
}
