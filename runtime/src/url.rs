//! URL handling for dynamic values: the scheme policy, percent-normalization, and the
//! harmless replacement for a refused URL.

use alloc::string::String;

use vetted_rules::url as policy;

/// What a refused URL is replaced with, whole: it navigates nowhere and names its cause.
///
/// ```
/// let href = "javascript:alert(1)";
/// let link = vetted::html! { <a href={href}>"x"</a> };
/// assert_eq!(link.as_str(), format!(r#"<a href="{}">x</a>"#, vetted::url::INVALID_URL));
/// ```
pub const INVALID_URL: &str = "about:invalid#vetted";

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn push_percent(byte: u8, out: &mut String) {
    out.push('%');
    out.push(char::from(HEX[usize::from(byte >> 4)]));
    out.push(char::from(HEX[usize::from(byte & 0xF)]));
}

/// Whether `byte` may stay as it is in a normalized URL (it is then attribute-escaped).
///
/// Spaces, controls, quotes, backticks, `<`, `>`, `\` and every non-ASCII byte are
/// percent-encoded: none of them is meaningful in a URL written by hand, and each has tricked
/// some parser.
const fn keeps_in_url(byte: u8) -> bool {
    byte.is_ascii_graphic() && !matches!(byte, b'"' | b'\'' | b'`' | b'<' | b'>' | b'\\')
}

/// Appends `url` percent-normalized and attribute-escaped: bytes that [`keeps_in_url`] refuses
/// become `%XX`, a `%` that does not start a valid `%XX` becomes `%25`, and `&` becomes `&amp;`.
/// Nothing is dropped and no `:` is ever added.
pub(crate) fn write_normalized(url: &str, out: &mut String) {
    let bytes = url.as_bytes();
    let mut clean_from = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        let valid_escape = byte == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if (keeps_in_url(byte) && byte != b'%' && byte != b'&') || valid_escape {
            continue;
        }
        // Clean runs hold only ASCII (every other byte is encoded), so `clean_from` and `i`
        // are character boundaries whenever the run is not empty.
        if clean_from < i {
            out.push_str(&url[clean_from..i]);
        }
        if byte == b'&' {
            out.push_str("&amp;");
        } else {
            push_percent(byte, out);
        }
        clean_from = i + 1;
    }
    out.push_str(&url[clean_from..]);
}

/// Appends a navigational URL (`href`, `action`, …): normalized when [`policy::is_safe_url`]
/// accepts it, else [`INVALID_URL`].
pub(crate) fn write_url(url: &str, out: &mut String) {
    if policy::is_safe_url(url) {
        write_normalized(url, out);
    } else {
        out.push_str(INVALID_URL);
    }
}

/// Appends space-separated navigational URLs (`ping`), split as the literal rule splits them:
/// each checked as by [`write_url`], one space between them.
pub(crate) fn write_url_list(urls: &str, out: &mut String) {
    let mut first = true;
    policy::Split::Whitespace.for_each_url(urls, |item| {
        if !first {
            out.push(' ');
        }
        first = false;
        write_url(item, out);
    });
}

/// Appends a URL a front-end library fetches and swaps into the page (`hx-get`, …):
/// normalized when [`policy::is_same_origin_reference`] accepts it, else [`INVALID_URL`].
pub(crate) fn write_request_url(url: &str, out: &mut String) {
    if policy::is_same_origin_reference(url) {
        write_normalized(url, out);
    } else {
        out.push_str(INVALID_URL);
    }
}

/// Appends a media URL (`img src`, `poster`, …): as [`write_url`], also accepting base64
/// `data:` URLs of raster images.
pub(crate) fn write_media_url(url: &str, out: &mut String) {
    if policy::is_safe_media_url(url) {
        write_normalized(url, out);
    } else {
        out.push_str(INVALID_URL);
    }
}

/// Appends an image candidate list (`srcset`), checking each candidate's URL as a media URL
/// and replacing a refused one with [`INVALID_URL`]; descriptors and separators are only
/// attribute-escaped. Candidates are split by [`policy::for_each_srcset_url`].
pub(crate) fn write_srcset(srcset: &str, out: &mut String) {
    let mut written = 0;
    policy::for_each_srcset_url(srcset, |start, end| {
        crate::escape::attribute(&srcset[written..start], out);
        write_media_url(&srcset[start..end], out);
        written = end;
    });
    crate::escape::attribute(&srcset[written..], out);
}

/// Where in a URL a part sits, which decides what must be encoded in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UrlComponent {
    /// Before any `?` or `#`: `/`, `?`, `#` and `%` are encoded, so a part is one path segment.
    Path,
    /// After `?`: `&`, `=`, `+`, `#` and `%` are encoded, so a part is one key or value.
    Query,
    /// After `#`: `%` and `#` are encoded.
    Fragment,
}

/// Appends a part of a URL attribute before any `?` or `#`, as one path segment.
pub(crate) fn encode_path(part: &str, out: &mut String) {
    write_component(part, UrlComponent::Path, true, out);
}

/// Appends a part of a URL attribute after a `?`, as one query key or value.
pub(crate) fn encode_query(part: &str, out: &mut String) {
    write_component(part, UrlComponent::Query, true, out);
}

/// Appends a part of a URL attribute after a `#`, as fragment text.
pub(crate) fn encode_fragment(part: &str, out: &mut String) {
    write_component(part, UrlComponent::Fragment, true, out);
}

/// After a path part was written to `out` from `start`: if the part is `.` or `..`, replaces
/// the URL written so far with [`INVALID_URL`].
///
/// Such a part would make, or finish, a dot segment (`/users/..` is `/`), and it has no
/// encoding that browsers would not read as dots again (`%2e` is a dot to them). Every other
/// part leaves a dot segment impossible: the macro refuses a part whose segment holds only
/// literal dots, a part's `%` is always encoded, and segments of parts alone are `.` or `..`
/// only if one of their parts is. Whatever the template writes after the part lands in the
/// replacement's fragment.
///
/// The value starts after the last `"` in `out`: the attribute's opening quote, since the
/// literal text and parts written since are escaped or percent-encoded and hold none.
pub(crate) fn refuse_dot_part(start: usize, out: &mut String) {
    if matches!(out.get(start..), Some("." | "..")) {
        let value = out[..start].rfind('"').map_or(start, |quote| quote + 1);
        out.truncate(value);
        out.push_str(INVALID_URL);
    }
}

/// Appends `part` percent-encoded for `component`; with `in_attribute`, also attribute-escaped
/// (only a kept `&` needs it: every other character an attribute escapes is percent-encoded).
pub(crate) fn write_component(
    part: &str,
    component: UrlComponent,
    in_attribute: bool,
    out: &mut String,
) {
    for &byte in part.as_bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(
                byte,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'!'
                    | b'$'
                    | b'('
                    | b')'
                    | b'*'
                    | b','
                    | b';'
                    | b':'
                    | b'@'
            )
            || match component {
                UrlComponent::Path => matches!(byte, b'&' | b'=' | b'+'),
                UrlComponent::Query => matches!(byte, b'/' | b'?'),
                UrlComponent::Fragment => matches!(byte, b'/' | b'?' | b'&' | b'=' | b'+'),
            };
        match byte {
            b'&' if keep && in_attribute => out.push_str("&amp;"),
            _ if keep => out.push(char::from(byte)),
            _ => push_percent(byte, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path part of `.` or `..` replaces the attribute's whole value, from its opening quote;
    /// any other part, dotted or not, stays.
    #[test]
    fn a_dot_part_replaces_the_url_written_so_far() {
        for (written, part, expected) in [
            (
                r#"<a href="/users/"#,
                ".",
                r#"<a href="about:invalid#vetted"#,
            ),
            (
                r#"<a href="/users/"#,
                "..",
                r#"<a href="about:invalid#vetted"#,
            ),
            (
                r#"<i id="x"></i><a title="a&#34;b" href="https://a.example/x%2Fy/"#,
                "..",
                r#"<i id="x"></i><a title="a&#34;b" href="about:invalid#vetted"#,
            ),
            (r#"<a href="/users/"#, "...", r#"<a href="/users/..."#),
            (r#"<a href="/users/"#, ".a", r#"<a href="/users/.a"#),
            (r#"<a href="/users/"#, "%252e", r#"<a href="/users/%252e"#),
            (r#"<a href="/users/"#, "", r#"<a href="/users/"#),
        ] {
            let mut out = String::from(written);
            let start = out.len();
            out.push_str(part);
            refuse_dot_part(start, &mut out);
            assert_eq!(out, expected, "{part:?} after {written:?}");
        }
    }
}
