//! Which URLs may stand in an attribute, decided on the text alone.
//!
//! The runtime checks dynamic values with these rules and the `html!` macro checks literals
//! with them at compile time, so both accept exactly the same URLs.
//!
//! The rule follows the WHATWG URL standard's scheme state: a URL has a scheme exactly when a
//! `:` comes before the first `/`, `?` or `#`. No trimming, decoding or normalization comes
//! first: a value that a browser would read as having a scheme (after dropping tabs, newlines or
//! leading spaces) also has a `:` before its first `/`, `?` or `#` here, so it is judged as one.

use alloc::string::String;
use alloc::vec::Vec;

/// The schemes a navigational URL may have, compared without ASCII case.
const NAVIGATION_SCHEMES: &[&str] = &["http:", "https:", "mailto:", "tel:"];

/// The image types a `data:` URL in a media attribute may carry. Never `svg+xml`: an SVG
/// document can hold script.
const DATA_IMAGE_TYPES: &[&str] = &["avif", "bmp", "gif", "jpeg", "png", "webp", "x-icon"];

/// Whether `url` starts with `prefix`, ignoring ASCII case.
const fn starts_with_ignoring_case(url: &str, prefix: &str) -> bool {
    crate::bytes::starts_with_ignoring_case(url.as_bytes(), 0, prefix.as_bytes())
}

/// Whether `url` has a scheme: a `:` before its first `/`, `?` or `#`.
///
/// ```
/// use vetted_rules::url::has_scheme;
/// assert!(has_scheme("javascript:x") && has_scheme("a:b/c"));
/// assert!(!has_scheme("/a:b") && !has_scheme("?q=a:b"));
/// ```
#[must_use]
pub const fn has_scheme(url: &str) -> bool {
    scheme_end(url.as_bytes()).is_some()
}

/// Where the scheme of `url` ends: the index of a `:` before any `/`, `?` or `#`.
const fn scheme_end(url: &[u8]) -> Option<usize> {
    let mut at = 0;
    while at < url.len() {
        match url[at] {
            b':' => return Some(at),
            b'/' | b'?' | b'#' => return None,
            _ => at += 1,
        }
    }
    None
}

/// Whether `url` may be followed as a link or a form target: `http:`, `https:`, `mailto:`,
/// `tel:`, or a reference without a scheme (resolved against the page's own URL).
///
/// ```
/// use vetted_rules::url::is_safe_url;
/// assert!(is_safe_url("HTTPS://example.com") && is_safe_url("/a:b") && is_safe_url("tel:+1"));
/// assert!(!is_safe_url("javascript:alert(1)") && !is_safe_url(" https://x"));
/// ```
#[must_use]
pub fn is_safe_url(url: &str) -> bool {
    NAVIGATION_SCHEMES
        .iter()
        .any(|scheme| starts_with_ignoring_case(url, scheme))
        || !has_scheme(url)
}

/// Whether `url` may be loaded as an image, audio or video: what [`is_safe_url`] accepts, or a
/// whole base64 `data:` URL of a raster image type.
///
/// ```
/// use vetted_rules::url::is_safe_media_url;
/// assert!(is_safe_media_url("data:image/png;base64,iVBORw0K"));
/// assert!(!is_safe_media_url("data:image/svg+xml;base64,PHN2Zz4="));
/// ```
#[must_use]
pub fn is_safe_media_url(url: &str) -> bool {
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

/// Schemes whose URLs browsers parse as "special" (WHATWG URL §4.1): in them `\\` before the
/// query is read as `/`.
const SPECIAL_SCHEMES: &[&str] = &["http", "https", "ws", "wss", "ftp", "file"];

/// The first character of `url` a browser would change before following it, or `None` when
/// the browser follows exactly these characters: a tab or line break anywhere (dropped, so
/// `/\t/evil.example/` is `//evil.example/`), or a `\\` before the query or fragment of a URL
/// with a special scheme or none (read as `/`, so `/\\evil.example/` is another host).
///
/// A URL checked as one thing must not be followed as another, so the rules that vouch for a
/// URL's destination (resource literals, `TrustedUrl`) refuse these.
///
/// ```
/// use vetted_rules::url::rewritten_by_browsers;
/// assert_eq!(rewritten_by_browsers("/\\evil.example/x.js"), Some('\\'));
/// assert_eq!(rewritten_by_browsers("https://a.example/x\ty"), Some('\t'));
/// assert_eq!(rewritten_by_browsers("/search?q=a\\b"), None);
/// assert_eq!(rewritten_by_browsers("mailto:a\\b@example.com"), None);
/// ```
#[must_use]
pub const fn rewritten_by_browsers(url: &str) -> Option<char> {
    let bytes = url.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if matches!(bytes[at], b'\t' | b'\n' | b'\r') {
            return Some(bytes[at] as char);
        }
        at += 1;
    }
    let special = match scheme_end(bytes) {
        None => true,
        Some(end) => crate::bytes::is_one_of_ignoring_case(bytes, 0, end, SPECIAL_SCHEMES),
    };
    let mut at = 0;
    while special && at < bytes.len() {
        match bytes[at] {
            b'\\' => return Some('\\'),
            b'?' | b'#' => return None,
            _ => at += 1,
        }
    }
    None
}

/// Whether `trusted_url!` may vouch for the literal `url`: its scheme, as a browser reads it
/// (after the leading spaces and controls it skips), is none of [`SCRIPT_SCHEMES`], and it is
/// not [rewritten by browsers](rewritten_by_browsers). Other schemes (`sms:`, `blob:`) may be
/// vouched for, as the author wrote them.
///
/// ```
/// use vetted_rules::url::is_trusted_url_literal;
/// assert!(is_trusted_url_literal("sms:+15550100") && is_trusted_url_literal("/inbox"));
/// assert!(!is_trusted_url_literal(" JavaScript:alert(1)") && !is_trusted_url_literal("/\\evil.example/"));
/// ```
#[must_use]
pub const fn is_trusted_url_literal(url: &str) -> bool {
    if rewritten_by_browsers(url).is_some() {
        return false;
    }
    let bytes = url.as_bytes();
    let mut start = 0;
    while start < bytes.len() && bytes[start] <= b' ' {
        start += 1;
    }
    match scheme_end(bytes) {
        Some(end) if end >= start => {
            !crate::bytes::is_one_of_ignoring_case(bytes, start, end, SCRIPT_SCHEMES)
        }
        _ => true,
    }
}

/// Whether a literal may name a script, frame, style sheet or other resource: an `https://`
/// URL, a scheme-relative `//host/...` one, a path on this origin (`/...`), or a reference
/// into this document (`#icon`, as SVG `<use>` takes). Each of these fixes the origin the
/// resource comes from, once nothing in it is [rewritten by browsers](rewritten_by_browsers).
///
/// ```
/// use vetted_rules::url::is_safe_resource_literal;
/// assert!(is_safe_resource_literal("https://cdn.example/a.js") && is_safe_resource_literal("/a.js"));
/// assert!(!is_safe_resource_literal("http://cdn.example/a.js") && !is_safe_resource_literal("a.js"));
/// assert!(!is_safe_resource_literal("/\\evil.example/a.js") && !is_safe_resource_literal("/\t/evil.example/a.js"));
/// ```
#[must_use]
pub const fn is_safe_resource_literal(url: &str) -> bool {
    if rewritten_by_browsers(url).is_some() {
        return false;
    }
    let bytes = url.as_bytes();
    match bytes {
        [b'#', ..] => true,
        _ if starts_with_ignoring_case(url, "https://") => bytes.len() > "https://".len(),
        // `//host/`: a `/` after a host that is not empty.
        [b'/', b'/', b'/', ..] => false,
        [b'/', b'/', ..] => {
            let mut at = 3;
            while at < bytes.len() {
                if bytes[at] == b'/' {
                    return true;
                }
                at += 1;
            }
            false
        }
        [b'/', ..] => true,
        _ => false,
    }
}

/// Whether `url` stays on the page's origin whatever the page's address: a path (but not
/// `//host` or `/\\host`, which browsers read as another host), a query or a fragment, with
/// no scheme. Nothing is trimmed first: a leading space or control, or a tab or newline
/// anywhere (which browsers drop, so `/\t/host` is `//host`), refuses the URL.
///
/// ```
/// use vetted_rules::url::is_same_origin_reference;
/// assert!(is_same_origin_reference("/items/2?edit#top") && is_same_origin_reference("?page=2"));
/// assert!(is_same_origin_reference("items/2") && is_same_origin_reference(""));
/// for other in ["//evil.example/", "/\\evil.example/", "\\\\evil.example", "https://evil.example/", "javascript:x", " /x", "/\t/evil.example"] {
///     assert!(!is_same_origin_reference(other), "{other:?}");
/// }
/// ```
#[must_use]
pub fn is_same_origin_reference(url: &str) -> bool {
    let bytes = url.as_bytes();
    if bytes.first().is_some_and(|&b| b <= b' ')
        || bytes.iter().any(|b| matches!(b, b'\t' | b'\n' | b'\r'))
    {
        return false;
    }
    !has_scheme(url) && !matches!(bytes, [b'/' | b'\\', b'/' | b'\\', ..])
}

/// Whether a literal may name what a front-end library fetches and swaps into the page
/// (`hx-get`, …): a same-origin reference ([`is_same_origin_reference`]), or an `https://` URL
/// with a host, which the author chose. Not `//host/`, which keeps the page's scheme, and
/// nothing with a control character, which browsers drop or trim.
///
/// ```
/// use vetted_rules::url::is_safe_request_literal;
/// assert!(is_safe_request_literal("/items") && is_safe_request_literal("https://api.example/items"));
/// for refused in ["http://api.example/items", "js:run()", "//api.example/items", "/\\evil.example", "/\t/evil.example", "https://"] {
///     assert!(!is_safe_request_literal(refused), "{refused:?}");
/// }
/// ```
#[must_use]
pub fn is_safe_request_literal(url: &str) -> bool {
    is_same_origin_reference(url)
        || (starts_with_ignoring_case(url, "https://")
            && url.len() > "https://".len()
            && !url.bytes().any(|b| b.is_ascii_control()))
}

/// Whether a literal that starts a URL built from parts fixes its origin, so no dynamic part
/// (each percent-encoded where it sits) can send the request elsewhere: `https://host/` with a
/// host, a path on this site that is not `//` or `/\\`, a query, a fragment, or a relative
/// path whose first segment has ended.
///
/// ```
/// use vetted_rules::url::fixes_origin;
/// assert!(fixes_origin("/items/") && fixes_origin("?q=") && fixes_origin("https://api.example/v1/"));
/// assert!(!fixes_origin("https://") && !fixes_origin("//api.example/") && !fixes_origin("https:") && !fixes_origin("items"));
/// ```
#[must_use]
pub fn fixes_origin(prefix: &str) -> bool {
    if starts_with_ignoring_case(prefix, "https://") {
        let rest = &prefix["https://".len()..];
        return rest.find('/').is_some_and(|slash| slash > 0)
            && !prefix.bytes().any(|b| b.is_ascii_control());
    }
    is_same_origin_reference(prefix)
        && match prefix.as_bytes() {
            [] => false,
            [b'/' | b'\\' | b'?' | b'#', ..] => true,
            _ => prefix.contains(['/', '?', '#']),
        }
}

/// Whether a literal that starts a URL built from parts fixes what follows: it starts with an
/// allowed scheme, or it has no scheme and a `/`, `?` or `#` ends its first part, so no later
/// dynamic part can turn it into a scheme.
///
/// ```
/// use vetted_rules::url::fixes_scheme;
/// assert!(fixes_scheme("/users/") && fixes_scheme("https:") && fixes_scheme("?q="));
/// assert!(!fixes_scheme("java") && !fixes_scheme(""));
/// ```
#[must_use]
pub fn fixes_scheme(prefix: &str) -> bool {
    if NAVIGATION_SCHEMES
        .iter()
        .any(|scheme| starts_with_ignoring_case(prefix, scheme))
    {
        return true;
    }
    !has_scheme(prefix) && prefix.bytes().any(|b| matches!(b, b'/' | b'?' | b'#'))
}

/// One piece of a URL built from parts, `href=("/users/" {id} "/edit")`: literal text, or a
/// value percent-encoded for where it sits (in the path, a value never holds `/`, `\\`, `?`,
/// `#`, a tab, a line break or a space, and its `%` only start escapes it made).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text the author wrote.
    Literal(&'a str),
    /// A value, known only at run time; it may be empty.
    Value,
}

/// What would let a value in a URL built from parts reach past its own component, though the
/// literal start fixes the scheme or origin: found by [`parts_problem`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartsProblem {
    /// The literals, read as one URL, hold `found`, which browsers rewrite before they parse
    /// it ([`rewritten_by_browsers`]); `literals` is that URL.
    Rewritten {
        /// The literals of the URL, joined.
        literals: String,
        /// The rewritten character.
        found: char,
    },
    /// The first value comes before the host has ended, so it would be read as part of the
    /// host (`@evil.example`, `.evil.example`): `before` is the literal text before it and
    /// `host` the part of it that names the host (empty when the value would be the whole
    /// host).
    InHost {
        /// The literal text before the value.
        before: String,
        /// The host written so far.
        host: String,
    },
    /// The URL starts with a lone `/` (or `scheme:` or `scheme:/`), then values, then `next`,
    /// literal text that starts with `/`: when the values are empty the literals make `//`
    /// where a host starts.
    SlashAfterValues {
        /// The literal text before the values.
        before: String,
        /// The literal text after them.
        next: String,
    },
    /// `before`, the literal text before a value, ends with an unfinished `%` escape that the
    /// value's first characters would finish (`%2` then `e` is `%2e`, a dot).
    UnfinishedEscape {
        /// The literal text before the value.
        before: String,
    },
    /// A value's path segment holds no literal text but `dots` (`.` or `%2e` in any case, and
    /// spaces or controls, which browsers trim from a URL's end): with a value of `.` or
    /// nothing, the segment could be `.` or `..`, which browsers resolve by leaving it.
    OnlyDots {
        /// The literal text of the segment.
        dots: String,
    },
}

/// Why `pieces`, a URL built from parts whose literal start fixes its scheme
/// ([`fixes_scheme`]) or origin ([`fixes_origin`]), could still let a value reach past its own
/// component, whatever each value is once percent-encoded where it sits; `None` if it cannot.
///
/// Each value in the path is then at most part of one segment that also holds other literal
/// text, or a segment of values alone, which the runtime refuses when a value is `.` or `..`
/// (the only values that can make such a segment `.` or `..`, since a value's own `%` is
/// always encoded). A value can never be read as part of the host.
///
/// ```
/// use vetted_rules::url::{Piece::{Literal, Value}, PartsProblem, parts_problem};
/// assert_eq!(parts_problem(&[Literal("/users/"), Value, Literal("/edit")]), None);
/// assert_eq!(parts_problem(&[Literal("/files/"), Value, Literal(".pdf")]), None);
/// assert!(matches!(
///     parts_problem(&[Literal("https://example.com"), Value]),
///     Some(PartsProblem::InHost { .. })
/// ));
/// assert!(matches!(
///     parts_problem(&[Literal("/"), Value, Literal("/about")]),
///     Some(PartsProblem::SlashAfterValues { .. })
/// ));
/// assert!(matches!(
///     parts_problem(&[Literal("/a/"), Value, Literal("."), Value]),
///     Some(PartsProblem::OnlyDots { .. })
/// ));
/// ```
#[must_use]
pub fn parts_problem(pieces: &[Piece<'_>]) -> Option<PartsProblem> {
    // The URL the literals make when every value is empty, and where each value goes in it.
    let mut literals = String::new();
    let mut values = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Literal(text) => literals.push_str(text),
            Piece::Value => values.push(literals.len()),
        }
    }
    // A value's characters never move where the query starts, and never make a tab or a `\`:
    // what browsers rewrite is in the literals.
    if let Some(found) = rewritten_by_browsers(&literals) {
        return Some(PartsProblem::Rewritten { literals, found });
    }
    let &first = values.first()?;
    let before = &literals[..first];
    if let Some(host) = host_left_open(before) {
        return Some(PartsProblem::InHost {
            before: before.into(),
            host: host.into(),
        });
    }
    // A value in the path starts with neither `/` nor `\\`, so where a host would start (at
    // the start, or after `scheme:`), only empty values let the next literal make `//`.
    let after = &literals[first..];
    let start = before.trim_start_matches(|c: char| c <= ' ');
    let rest = match start.find(':') {
        Some(colon) if has_scheme(start) => &start[colon + 1..],
        _ => start,
    };
    let slashes = |text: &str| {
        text.bytes()
            .take_while(|b| matches!(b, b'/' | b'\\'))
            .count()
    };
    if rest.len() == slashes(rest) && rest.len() + slashes(after) >= 2 {
        return Some(PartsProblem::SlashAfterValues {
            before: before.into(),
            next: after.into(),
        });
    }
    let path_end = literals.find(['?', '#']).unwrap_or(literals.len());
    for &at in &values {
        let before = &literals[..at];
        let bytes = before.as_bytes();
        let unfinished = bytes.ends_with(b"%")
            || matches!(bytes, [.., b'%', digit] if digit.is_ascii_hexdigit());
        if unfinished {
            return Some(PartsProblem::UnfinishedEscape {
                before: before.into(),
            });
        }
        if at > path_end {
            continue;
        }
        let start = before.rfind(['/', '\\']).map_or(0, |slash| slash + 1);
        let end = literals[at..]
            .find(['/', '\\', '?', '#'])
            .map_or(literals.len(), |end| at + end);
        let segment = &literals[start..end];
        if only_dots(segment) {
            return Some(PartsProblem::OnlyDots {
                dots: segment.into(),
            });
        }
    }
    None
}

/// Whether `scheme` is one the WHATWG URL standard calls special: its URLs always
/// have a host, and `\\` ends their path segments as `/` does.
fn is_special(scheme: &str) -> bool {
    SPECIAL_SCHEMES
        .iter()
        .any(|special| special.eq_ignore_ascii_case(scheme))
}

/// The host `prefix` has begun and not ended, if a value after it would be read as part of
/// the host: after `scheme://` (or `//`, or for `http:` and `https:` after any slashes, as
/// browsers read them), until a `/`, `\\`, `?` or `#`.
fn host_left_open(prefix: &str) -> Option<&str> {
    // Browsers trim leading spaces and controls; a tab or line break was refused already.
    let url = prefix.trim_start_matches(|c: char| c <= ' ');
    let authority = match url.split_once(':') {
        Some((scheme, rest)) if has_scheme(url) => {
            if is_special(scheme) {
                rest.trim_start_matches(['/', '\\'])
            } else {
                rest.strip_prefix("//")?
            }
        }
        _ if matches!(url.as_bytes(), [b'/' | b'\\', b'/' | b'\\', ..]) => {
            url.trim_start_matches(['/', '\\'])
        }
        _ => return None,
    };
    (!authority.contains(['/', '\\', '?', '#'])).then_some(authority)
}

/// Whether a path segment's literal text could make it a dot segment once its values are
/// empty or dots: it holds a `.` (or `%2e`), and nothing else but spaces and controls (which
/// browsers trim from the end of a URL; elsewhere they would be encoded, but ignoring them
/// only ever refuses more).
fn only_dots(segment: &str) -> bool {
    let mut rest = segment.as_bytes();
    let mut dots = false;
    loop {
        rest = match rest {
            [] => return dots,
            [b'.', rest @ ..] => {
                dots = true;
                rest
            }
            [b'%', b'2', b'e' | b'E', rest @ ..] => {
                dots = true;
                rest
            }
            [byte, rest @ ..] if *byte <= b' ' => rest,
            _ => return false,
        };
    }
}

/// Calls `each` with the byte range of every candidate URL in an image candidate list
/// (`srcset`), split as the HTML standard's srcset parser splits it: candidates are separated by
/// whitespace and commas, a URL runs to the next whitespace (trailing commas end the candidate),
/// and descriptors run to the next `,` outside parentheses.
///
/// ```
/// let srcset = "a.png 1x, b.png 2x";
/// let mut urls = Vec::new();
/// vetted_rules::url::for_each_srcset_url(srcset, |start, end| urls.push(&srcset[start..end]));
/// assert_eq!(urls, ["a.png", "b.png"]);
/// ```
pub fn for_each_srcset_url(srcset: &str, mut each: impl FnMut(usize, usize)) {
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

/// Schemes that run script or carry a whole document: never trusted, whatever a caller allows.
pub const SCRIPT_SCHEMES: &[&str] = &["data", "javascript", "livescript", "vbscript"];

/// The scheme a browser would see in a literal URL, lowercased: leading spaces and controls
/// dropped, tabs and newlines removed anywhere. `None` when it has no scheme. For messages
/// about literals; the policies above never clean a URL first.
///
/// ```
/// use vetted_rules::url::browser_scheme;
/// assert_eq!(browser_scheme(" Java\tScript:x").as_deref(), Some("javascript"));
/// assert_eq!(browser_scheme("/a:b"), None);
/// ```
#[must_use]
pub fn browser_scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    has_scheme(&cleaned).then(|| cleaned[..cleaned.find(':').unwrap_or(0)].to_ascii_lowercase())
}

/// Where the URLs of an attribute value are, for checking each one.
///
/// ```
/// use vetted_rules::url::Split;
/// let mut urls = Vec::new();
/// Split::Semicolons.for_each_url("a.svg; b.svg", |url| urls.push(url));
/// assert_eq!(urls, ["a.svg", "b.svg"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// The whole value is one URL.
    Whole,
    /// URLs separated by ASCII whitespace (`ping`).
    Whitespace,
    /// An image candidate list (`srcset`): [`for_each_srcset_url`].
    SrcSet,
    /// `;`-separated items, each trimmed (SVG animation `values`).
    Semicolons,
    /// A refresh declaration, `5; url=/next`: the URL after the delay ([`refresh_url`]).
    Refresh,
}

impl Split {
    /// Calls `each` with every URL in `value`.
    ///
    /// ```
    /// use vetted_rules::url::Split;
    /// let mut urls = Vec::new();
    /// Split::Refresh.for_each_url("0; URL='/next'", |url| urls.push(url));
    /// assert_eq!(urls, ["/next"]);
    /// ```
    pub fn for_each_url<'a>(self, value: &'a str, mut each: impl FnMut(&'a str)) {
        match self {
            Split::Whole => each(value),
            Split::Whitespace => value.split_ascii_whitespace().for_each(each),
            Split::SrcSet => for_each_srcset_url(value, |start, end| each(&value[start..end])),
            Split::Semicolons => value.split(';').map(str::trim).for_each(each),
            Split::Refresh => refresh_url(value).into_iter().for_each(each),
        }
    }
}

/// The URL a `<meta http-equiv="refresh">` `content` redirects to, if any, found as the HTML
/// standard's shared declarative refresh steps find it (§7.11.1): a delay, then `;`, `,` or
/// whitespace alone, then the URL, with an optional `url=` (any case, spaces around `=`) and
/// quotes. `None` when the value refreshes the page itself, or is not a refresh at all.
///
/// ```
/// use vetted_rules::url::refresh_url;
/// assert_eq!(refresh_url("5; url=/next"), Some("/next"));
/// assert_eq!(refresh_url("0 javascript:alert(1)"), Some("javascript:alert(1)"));
/// assert_eq!(refresh_url("1.5 , URL = '/a'b"), Some("/a"));
/// assert_eq!(refresh_url("30"), None);
/// assert_eq!(refresh_url("soon; url=/x"), None);
/// ```
#[must_use]
pub fn refresh_url(content: &str) -> Option<&str> {
    // Every index below moves over ASCII bytes only, so each is a character boundary.
    let bytes = content.as_bytes();
    let whitespace = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|b| matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | b' '))
    };
    let is = |at: usize, wanted: &[u8]| bytes.get(at).is_some_and(|b| wanted.contains(b));
    let mut at = 0;
    while whitespace(at) {
        at += 1;
    }
    let digits = at;
    while bytes.get(at).is_some_and(u8::is_ascii_digit) {
        at += 1;
    }
    if at == digits && !is(at, b".") {
        return None;
    }
    while is(at, b"0123456789.") {
        at += 1;
    }
    if at < bytes.len() {
        if !(is(at, b";,") || whitespace(at)) {
            return None;
        }
        while whitespace(at) {
            at += 1;
        }
        if is(at, b";,") {
            at += 1;
        }
        while whitespace(at) {
            at += 1;
        }
    }
    if at == bytes.len() {
        return None;
    }
    // `url=`, where each letter is optional only in the sense that its absence means the
    // rest, from before the `u`, is the URL.
    let remainder = &content[at..];
    let mut url = at;
    if !is(url, b"Uu") {
        return Some(unquoted(content, url));
    }
    url += 1;
    if !is(url, b"Rr") {
        return Some(remainder);
    }
    url += 1;
    if !is(url, b"Ll") {
        return Some(remainder);
    }
    url += 1;
    while whitespace(url) {
        url += 1;
    }
    if !is(url, b"=") {
        return Some(remainder);
    }
    url += 1;
    while whitespace(url) {
        url += 1;
    }
    Some(unquoted(content, url))
}

/// The rest of `content` from `at`, without an opening quote and from the matching quote on.
fn unquoted(content: &str, at: usize) -> &str {
    let rest = &content[at..];
    match rest.as_bytes().first() {
        Some(&quote @ (b'"' | b'\'')) => {
            let inner = &rest[1..];
            inner
                .find(char::from(quote))
                .map_or(inner, |end| &inner[..end])
        }
        _ => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every spelling a browser reads as another host is refused as a resource literal, and
    /// `\\` is refused only where browsers read it as `/`.
    #[test]
    fn resource_literals_refuse_what_browsers_rewrite() {
        for url in [
            "/\\evil.example/x.js",
            "/\t/evil.example/x.js",
            "/\n/evil.example/x.js",
            "/\r/evil.example/x.js",
            "//\\evil.example/x.js",
            "https://cdn.example\\@evil.example/x.js",
            "HTTPS:\\\\evil.example/x.js",
            "#icon\t",
        ] {
            assert!(!is_safe_resource_literal(url), "{url:?}");
            assert!(rewritten_by_browsers(url).is_some(), "{url:?}");
        }
        for url in [
            "/static/app.js?v=a\\b",
            "https://cdn.example/x.js#a\\b",
            "//cdn.example/x.js",
        ] {
            assert!(is_safe_resource_literal(url), "{url:?}");
        }
        for (url, found) in [
            ("a\\b", Some('\\')),
            ("WSS://a\\b", Some('\\')),
            ("file:\\\\share", Some('\\')),
            ("tel:+1\\2", None),
            ("sms:1\t2", Some('\t')),
            ("?a\\b", None),
        ] {
            assert_eq!(rewritten_by_browsers(url), found, "{url:?}");
        }
    }

    /// Each rule of a URL built from parts, with the templates it refuses and ones that come
    /// close and are accepted (issue 17, item 8).
    #[test]
    fn parts_problems_are_found_where_a_value_could_reach_past_its_component() {
        use Piece::{Literal as L, Value as V};
        let accepted: &[&[Piece<'_>]] = &[
            &[L("/users/"), V, L("/edit")],
            &[L("/"), V],
            &[L("/"), V, L("?q=/")],
            &[L("/"), V, V, L("x/")],
            &[L("https://example.com/"), V],
            &[L("https://example.com?q="), V],
            &[L("https://example.com#"), V],
            &[L("https:///x/"), V],
            &[L("//cdn.example/"), V],
            &[L("mailto:"), V, L("?subject="), V],
            &[L("mailto:"), V, L("/x")],
            &[L("tel:"), V],
            &[L("?q="), V, L("&r=%"), L("25"), V],
            &[L("#"), V],
            &[L("a/"), V],
            &[L("./"), V],
            &[L("/files/"), V, L(".txt")],
            &[L("/v"), V],
            &[L("/.well-known/"), V],
            &[L("/a/../"), V],
            &[L("/a/%2e%41"), V],
            &[L("/a/"), V, L("?.")],
            &[L("/s?q=."), V],
            &[L("/s?q=\\"), V],
            &[L("mailto:a\\"), V],
        ];
        for pieces in accepted {
            assert_eq!(parts_problem(pieces), None, "{pieces:?}");
        }
        let refused: &[(&[Piece<'_>], &str)] = &[
            (&[L("https://example.com"), V], "InHost"),
            (&[L("https://"), V, L("/")], "InHost"),
            (&[L("//"), V, L("/")], "InHost"),
            (&[L("https:"), V], "InHost"),
            (&[L("https:/"), V], "InHost"),
            (&[L("HTTPS://example.com:"), V, L("/")], "InHost"),
            (&[L("https://user@"), V, L("/")], "InHost"),
            (&[L(" //cdn.example"), V], "InHost"),
            (&[L("mailto://host"), V], "InHost"),
            (&[L("/"), V, L("/about")], "SlashAfterValues"),
            (&[L(" /"), V, V, L("/x")], "SlashAfterValues"),
            (&[L("/"), V, L(""), V, L("/x")], "SlashAfterValues"),
            (&[L("mailto:"), V, L("//host/")], "SlashAfterValues"),
            (&[L("mailto:/"), V, L("/host/")], "SlashAfterValues"),
            (&[L("/a/%"), V], "UnfinishedEscape"),
            (&[L("/a/%2"), V], "UnfinishedEscape"),
            (&[L("?q=%"), V], "UnfinishedEscape"),
            (&[L("/a/%"), V, L("2e")], "UnfinishedEscape"),
            (&[L("/a/."), V], "OnlyDots"),
            (&[L("/a/"), V, L(".")], "OnlyDots"),
            (&[L("/a/"), V, L("."), V, L("/b")], "OnlyDots"),
            (&[L("/a/%2E"), V], "OnlyDots"),
            (&[L("/a/"), V, L(". ")], "OnlyDots"),
            (&[L("/a/."), V, L("?q")], "OnlyDots"),
            (&[L("./."), V], "OnlyDots"),
            (&[L("/\t/"), V], "Rewritten"),
            (&[L("/a\\"), V], "Rewritten"),
            (&[L("/a/"), V, L("\n")], "Rewritten"),
        ];
        for (pieces, expected) in refused {
            let problem = parts_problem(pieces);
            let found = match &problem {
                Some(PartsProblem::Rewritten { .. }) => "Rewritten",
                Some(PartsProblem::InHost { .. }) => "InHost",
                Some(PartsProblem::SlashAfterValues { .. }) => "SlashAfterValues",
                Some(PartsProblem::UnfinishedEscape { .. }) => "UnfinishedEscape",
                Some(PartsProblem::OnlyDots { .. }) => "OnlyDots",
                None => "nothing",
            };
            assert_eq!(found, *expected, "{pieces:?}: {problem:?}");
        }
        assert_eq!(
            parts_problem(&[L("https://example.com:"), V]),
            Some(PartsProblem::InHost {
                before: "https://example.com:".into(),
                host: "example.com:".into()
            })
        );
        assert_eq!(
            parts_problem(&[L("/a/"), V, L("%2e."), V, L("/b")]),
            Some(PartsProblem::OnlyDots {
                dots: "%2e.".into()
            })
        );
    }

    /// The shared declarative refresh steps, including the spellings a hand-written split on
    /// `;` misses, and values that are not a refresh at all.
    #[test]
    fn refresh_urls_are_found_as_browsers_find_them() {
        for (content, url) in [
            ("0; url=javascript:alert(1)", Some("javascript:alert(1)")),
            ("0 javascript:alert(1)", Some("javascript:alert(1)")),
            ("0\tjavascript:alert(1)", Some("javascript:alert(1)")),
            ("0,javascript:alert(1)", Some("javascript:alert(1)")),
            (
                "  3 ;  URL  =  \"javascript:alert(1)\" x",
                Some("javascript:alert(1)"),
            ),
            (".5;url='/next'", Some("/next")),
            ("0;url=", Some("")),
            ("0; urx=/a", Some("urx=/a")),
            ("0; ur", Some("ur")),
            ("0;ab\u{20AC}", Some("ab\u{20AC}")),
            ("0;\u{20AC}", Some("\u{20AC}")),
            ("0;'\u{20AC}", Some("\u{20AC}")),
            ("0", None),
            ("0;  ", None),
            ("", None),
            ("x;url=/a", None),
            ("0x;url=/a", None),
            ("\u{20AC}", None),
        ] {
            assert_eq!(refresh_url(content), url, "{content:?}");
        }
    }

    /// Resource literals: the shapes that name a host only one way, and the near misses
    /// around them (found by cargo-mutants: nothing tested these edges before).
    #[test]
    fn resource_literal_shapes() {
        for url in [
            "https://cdn.example/a.js",
            "//cdn.example/a.js",
            "/a.js",
            "#icon",
            "//a/",
        ] {
            assert!(is_safe_resource_literal(url), "{url:?}");
        }
        for url in [
            // Nothing after the scheme: no host at all.
            "https://",
            // Three slashes: browsers skip every slash, so the host is `evil.example`.
            "///evil.example/x.js",
            // No `/` after the host: the path is left open to what follows.
            "//evil.example",
            "//",
        ] {
            assert!(!is_safe_resource_literal(url), "{url:?}");
        }
    }

    /// A literal vouched for as a `TrustedUrl` may be empty or blank: it names this page.
    #[test]
    fn trusted_url_literals_may_be_blank() {
        for url in ["", "   ", "\u{1}"] {
            assert!(is_trusted_url_literal(url), "{url:?}");
        }
        assert!(!is_trusted_url_literal("  javascript:x"));
    }

    /// A prefix fixes the origin only when its host is not empty, and a `\` path is a path.
    #[test]
    fn origin_fixing_prefixes() {
        assert!(!fixes_origin("https:///evil.example/"));
        assert!(fixes_origin("https://api.example/"));
        assert!(fixes_origin("\\items\\"));
        assert!(!fixes_origin(""));
    }

    /// A colon in a relative path is not a scheme: the slashes after a value there are a path.
    #[test]
    fn a_colon_in_a_path_is_no_scheme() {
        let pieces = [Piece::Literal("/a:"), Piece::Value, Piece::Literal("//b")];
        assert_eq!(parts_problem(&pieces), None);
    }

    /// A port does not close the host: a value after `//host:8080` is still in the host.
    #[test]
    fn a_port_leaves_the_host_open() {
        let pieces = [Piece::Literal("//cdn.example:8080"), Piece::Value];
        let problem = parts_problem(&pieces);
        assert!(
            matches!(problem, Some(PartsProblem::InHost { .. })),
            "{problem:?}"
        );
    }
}
