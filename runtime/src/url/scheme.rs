//! Which URLs may stand in an attribute, decided on the text alone.
//!
//! Shared by the runtime (checking dynamic values) and the `html!` macro (checking literals at
//! compile time, through a symlink to this file), so both accept exactly the same URLs. It must
//! stay free of dependencies.
//!
//! The rule follows the WHATWG URL standard's scheme state: a URL has a scheme exactly when a
//! `:` comes before the first `/`, `?` or `#`. No trimming, decoding or normalization comes
//! first: a value that a browser would read as having a scheme (after dropping tabs, newlines or
//! leading spaces) also has a `:` before its first `/`, `?` or `#` here, so it is judged as one.

/// The schemes a navigational URL may have, compared without ASCII case.
const NAVIGATION_SCHEMES: &[&str] = &["http:", "https:", "mailto:", "tel:"];

/// The image types a `data:` URL in a media attribute may carry. Never `svg+xml`: an SVG
/// document can hold script.
const DATA_IMAGE_TYPES: &[&str] = &["avif", "bmp", "gif", "jpeg", "png", "webp", "x-icon"];

/// Whether `url` starts with `prefix`, ignoring ASCII case.
fn starts_with_ignoring_case(url: &str, prefix: &str) -> bool {
    url.len() >= prefix.len()
        && url.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Whether `url` has a scheme: a `:` before its first `/`, `?` or `#`.
pub(crate) fn has_scheme(url: &str) -> bool {
    for byte in url.bytes() {
        match byte {
            b':' => return true,
            b'/' | b'?' | b'#' => return false,
            _ => {}
        }
    }
    false
}

/// Whether `url` may be followed as a link or a form target: `http:`, `https:`, `mailto:`,
/// `tel:`, or a reference without a scheme (resolved against the page's own URL).
pub(crate) fn is_safe_url(url: &str) -> bool {
    NAVIGATION_SCHEMES
        .iter()
        .any(|scheme| starts_with_ignoring_case(url, scheme))
        || !has_scheme(url)
}

/// Whether `url` may be loaded as an image, audio or video: what [`is_safe_url`] accepts, or a
/// whole base64 `data:` URL of a raster image type.
pub(crate) fn is_safe_media_url(url: &str) -> bool {
    is_safe_url(url) || is_data_image(url)
}

/// `data:image/<type>;base64,<base64>` with a listed type and nothing but base64 after the comma.
fn is_data_image(url: &str) -> bool {
    const PREFIX: &str = "data:image/";
    if !starts_with_ignoring_case(url, PREFIX) {
        return false;
    }
    const BASE64: &str = ";base64,";
    let rest = &url[PREFIX.len()..];
    let Some(at) = rest.find(';') else {
        return false;
    };
    let (media_type, data) = (&rest[..at], &rest[at..]);
    if !starts_with_ignoring_case(data, BASE64) {
        return false;
    }
    let data = &data[BASE64.len()..];
    DATA_IMAGE_TYPES
        .iter()
        .any(|known| known.eq_ignore_ascii_case(media_type))
        && data
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// Whether a literal may name a script, frame, style sheet or other resource: an `https://`
/// URL, a scheme-relative `//host/...` one, a path on this origin (`/...`), or a reference
/// into this document (`#icon`, as SVG `<use>` takes). Each of these fixes the origin the
/// resource comes from.
pub(crate) fn is_safe_resource_literal(url: &str) -> bool {
    if url.starts_with('#') {
        return true;
    }
    if starts_with_ignoring_case(url, "https://") {
        return url.len() > "https://".len();
    }
    if let Some(host_and_path) = url.strip_prefix("//") {
        return host_and_path.find('/').is_some_and(|slash| slash > 0);
    }
    url.starts_with('/')
}

/// Whether a literal that starts a URL built from parts fixes what follows: it starts with an
/// allowed scheme, or it has no scheme and a `/`, `?` or `#` ends its first part, so no later
/// dynamic part can turn it into a scheme.
pub(crate) fn fixes_scheme(prefix: &str) -> bool {
    if NAVIGATION_SCHEMES
        .iter()
        .any(|scheme| starts_with_ignoring_case(prefix, scheme))
    {
        return true;
    }
    !has_scheme(prefix) && prefix.bytes().any(|b| matches!(b, b'/' | b'?' | b'#'))
}

/// Calls `each` with the byte range of every candidate URL in an image candidate list
/// (`srcset`), split as the HTML standard's srcset parser splits it: candidates are separated by
/// whitespace and commas, a URL runs to the next whitespace (trailing commas end the candidate),
/// and descriptors run to the next `,` outside parentheses.
pub(crate) fn for_each_srcset_url(srcset: &str, mut each: impl FnMut(usize, usize)) {
    let bytes = srcset.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b',') {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut end = i;
        while end > start && bytes[end - 1] == b',' {
            end -= 1;
        }
        each(start, end);
        if end < i {
            continue;
        }
        // Parentheses do not nest: the first `)` ends the group, as in the standard's parser.
        let mut in_parens = false;
        while i < bytes.len() {
            match bytes[i] {
                b'(' => in_parens = true,
                b')' => in_parens = false,
                b',' if !in_parens => break,
                _ => {}
            }
            i += 1;
        }
    }
}
