//! Byte comparisons the rules share, written as `const fn` so the literal constructors of the
//! trusted types can run the same checks at compile time.

/// Whether `bytes` has `prefix` at `at`, ignoring ASCII case.
pub(crate) const fn starts_with_ignoring_case(bytes: &[u8], at: usize, prefix: &[u8]) -> bool {
    if at > bytes.len() || bytes.len() - at < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if !bytes[at + i].eq_ignore_ascii_case(&prefix[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `bytes[start..end]` is one of `words`, ignoring ASCII case.
pub(crate) const fn is_one_of_ignoring_case(
    bytes: &[u8],
    start: usize,
    end: usize,
    words: &[&str],
) -> bool {
    let mut word = 0;
    while word < words.len() {
        let candidate = words[word].as_bytes();
        if end >= start
            && end - start == candidate.len()
            && starts_with_ignoring_case(bytes, start, candidate)
        {
            return true;
        }
        word += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_without_ascii_case_and_never_reads_past_the_end() {
        assert!(starts_with_ignoring_case(b"xJavaScript:", 1, b"javascript"));
        assert!(!starts_with_ignoring_case(b"java", 0, b"javascript"));
        assert!(!starts_with_ignoring_case(b"ab", 3, b""));
        assert!(starts_with_ignoring_case(b"ab", 2, b""));
        assert!(is_one_of_ignoring_case(
            b" HTTPS:",
            1,
            6,
            &["http", "https"]
        ));
        assert!(!is_one_of_ignoring_case(
            b"httpsx",
            0,
            6,
            &["http", "https"]
        ));
        assert!(!is_one_of_ignoring_case(b"http", 3, 1, &["http"]));
    }
}
