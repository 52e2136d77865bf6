//! Safe file downloads: a [`content_disposition`] header from any file name, and
//! [`Download`], a response that the browser saves instead of showing.
//!
//! A user-supplied file name is untrusted input that ends up in a header: a line break in it
//! could add headers, a quote could end the parameter early, a `/` could name another folder,
//! and a file served inline with a sniffable type could run as HTML on the site's origin.
//! [`content_disposition`] writes any name safely (RFC 6266 with RFC 8187 for non-ASCII
//! names), and a [`Download`] always carries `attachment`, `nosniff`, a sandboxing
//! Content-Security-Policy and a content type from a short list of types that never run.
//!
//! ```
//! use vetted::download::{ContentType, Download};
//!
//! let download = Download::new("rapport final.pdf", ContentType::Pdf, b"%PDF-1.7".to_vec());
//! let headers: Vec<(&str, &str)> = download.headers().collect();
//! assert_eq!(headers, [
//!     ("content-type", "application/pdf"),
//!     ("content-disposition", r#"attachment; filename="rapport final.pdf""#),
//!     ("x-content-type-options", "nosniff"),
//!     ("content-security-policy", "default-src 'none'; sandbox"),
//! ]);
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write as _;

/// How the browser should handle the response: the disposition type of RFC 6266.
///
/// ```
/// use vetted::download::{DispositionType, content_disposition};
/// assert_eq!(content_disposition(DispositionType::Inline, ""), "inline");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DispositionType {
    /// Save it as a file (`attachment`).
    Attachment,
    /// Show it in the browser if it can (`inline`), with the name used if the user saves it.
    Inline,
}

impl DispositionType {
    /// The disposition type as written in the header.
    ///
    /// ```
    /// assert_eq!(vetted::download::DispositionType::Attachment.as_str(), "attachment");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Attachment => "attachment",
            Self::Inline => "inline",
        }
    }
}

/// A `Content-Disposition` header value for a file named `filename`, whatever it holds.
///
/// Following RFC 6266 (appendix D) and RFC 8187:
///
/// - control characters (CR, LF, NUL, …), Unicode bidirectional overrides (which can disguise
///   `exe.pdf` as `fdp.exe`) and path separators (`/`, `\`) become `_` first: they never reach
///   the header or the saved name;
/// - `filename="…"` holds an ASCII fallback in which non-ASCII characters, `"`, `;` and a `%`
///   before two hex digits (which some browsers decode) become `_`;
/// - when that fallback is not the name itself, `filename*=UTF-8''…` follows with the name
///   percent-encoded, and browsers use it instead;
/// - an empty name writes the disposition type alone: the browser picks a name.
///
/// The value is always printable ASCII, and the function never panics.
///
/// ```
/// use vetted::download::{DispositionType::{Attachment, Inline}, content_disposition};
///
/// assert_eq!(content_disposition(Attachment, "report.pdf"), r#"attachment; filename="report.pdf""#);
/// assert_eq!(
///     content_disposition(Inline, "résumé.pdf"),
///     r#"inline; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"#,
/// );
/// assert_eq!(
///     content_disposition(Attachment, "a\r\nSet-Cookie: x=1"),
///     r#"attachment; filename="a__Set-Cookie: x=1""#,
/// );
/// assert_eq!(content_disposition(Attachment, "../../etc/passwd"), r#"attachment; filename=".._.._etc_passwd""#);
/// assert_eq!(content_disposition(Attachment, ""), "attachment");
/// ```
#[must_use]
pub fn content_disposition(kind: DispositionType, filename: &str) -> String {
    let mut out = String::from(kind.as_str());
    if filename.is_empty() {
        return out;
    }
    let name: String = filename
        .chars()
        .map(|c| if is_unsafe_in_name(c) { '_' } else { c })
        .collect();

    out.push_str("; filename=\"");
    let fallback_start = out.len();
    for (at, c) in name.char_indices() {
        let percent_escape = c == '%' && starts_with_two_hex_digits(&name[at + 1..]);
        let keep = (c.is_ascii_graphic() || c == ' ') && !matches!(c, '"' | ';') && !percent_escape;
        out.push(if keep { c } else { '_' });
    }
    let faithful = out[fallback_start..] == name;
    out.push('"');

    if !faithful {
        out.push_str("; filename*=UTF-8''");
        for byte in name.bytes() {
            if is_attr_char(byte) {
                out.push(char::from(byte));
            } else {
                // Writing to a `String` cannot fail.
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// Characters no saved file name should have: controls, bidirectional formatting and path
/// separators.
fn is_unsafe_in_name(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '/' | '\\' | '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

fn starts_with_two_hex_digits(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_hexdigit() && bytes[1].is_ascii_hexdigit()
}

/// `attr-char` of RFC 8187: what `filename*` may hold without percent-encoding.
fn is_attr_char(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'!' | b'#' | b'$' | b'&' | b'+' | b'-' | b'.' | b'^' | b'_' | b'`' | b'|' | b'~'
        )
}

/// The content types a [`Download`] may declare: types that browsers never run as a document
/// with script. HTML, SVG, XML and JavaScript are left out on purpose; serve them as
/// [`OctetStream`](ContentType::OctetStream).
///
/// ```
/// use vetted::download::ContentType;
/// assert_eq!(ContentType::Csv.as_str(), "text/csv; charset=utf-8");
/// assert_eq!(ContentType::OctetStream.as_str(), "application/octet-stream");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContentType {
    /// `application/pdf`
    Pdf,
    /// `image/png`
    Png,
    /// `image/jpeg`
    Jpeg,
    /// `image/gif`
    Gif,
    /// `image/webp`
    Webp,
    /// `text/plain; charset=utf-8`
    PlainText,
    /// `text/csv; charset=utf-8`
    Csv,
    /// `application/zip`
    Zip,
    /// `application/json`
    Json,
    /// `application/octet-stream`: bytes of any kind, for everything else.
    OctetStream,
}

impl ContentType {
    /// The header value.
    ///
    /// ```
    /// assert_eq!(vetted::download::ContentType::Png.as_str(), "image/png");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Webp => "image/webp",
            Self::PlainText => "text/plain; charset=utf-8",
            Self::Csv => "text/csv; charset=utf-8",
            Self::Zip => "application/zip",
            Self::Json => "application/json",
            Self::OctetStream => "application/octet-stream",
        }
    }
}

/// A response the browser saves as a file and never runs: bytes with a file name and a
/// content type from [`ContentType`].
///
/// Its [`headers`](Download::headers) are always `content-type` (from the allowlist),
/// `content-disposition: attachment` with the name written by [`content_disposition`],
/// `x-content-type-options: nosniff` (no guessing another type from the bytes) and
/// `content-security-policy: default-src 'none'; sandbox` (should it be opened anyway, as a
/// document it can load nothing and runs in an opaque origin without script). With a framework
/// feature it is a response (`IntoResponse`, `Responder`, `http::Response`).
///
/// ```
/// use vetted::download::{ContentType, Download};
///
/// let csv = Download::new("données.csv", ContentType::Csv, "id,name\n1,Ada\n");
/// assert_eq!(csv.content_type(), ContentType::Csv);
/// assert_eq!(csv.body(), b"id,name\n1,Ada\n");
/// assert_eq!(
///     csv.headers().nth(1),
///     Some(("content-disposition", r#"attachment; filename="donn_es.csv"; filename*=UTF-8''donn%C3%A9es.csv"#)),
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    content_type: ContentType,
    disposition: String,
    body: Vec<u8>,
}

impl Download {
    /// A download of `body`, saved as `filename` (any string: it is made safe), declared as
    /// `content_type`.
    ///
    /// ```
    /// use vetted::download::{ContentType, Download};
    /// let zip = Download::new("../backup.zip", ContentType::Zip, vec![0x50, 0x4b, 0x03, 0x04]);
    /// assert_eq!(zip.headers().nth(1).unwrap().1, r#"attachment; filename=".._backup.zip""#);
    /// ```
    pub fn new(filename: &str, content_type: ContentType, body: impl Into<Vec<u8>>) -> Self {
        Self {
            content_type,
            disposition: content_disposition(DispositionType::Attachment, filename),
            body: body.into(),
        }
    }

    /// The response headers, as `(name, value)` pairs with lower-case names.
    ///
    /// ```
    /// use vetted::download::{ContentType, Download};
    /// let download = Download::new("notes.txt", ContentType::PlainText, "hi");
    /// assert!(download.headers().any(|pair| pair == ("x-content-type-options", "nosniff")));
    /// ```
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("content-type", self.content_type.as_str()),
            ("content-disposition", &*self.disposition),
            ("x-content-type-options", "nosniff"),
            ("content-security-policy", "default-src 'none'; sandbox"),
        ]
        .into_iter()
    }

    /// The declared content type.
    ///
    /// ```
    /// use vetted::download::{ContentType, Download};
    /// assert_eq!(Download::new("a.gif", ContentType::Gif, []).content_type(), ContentType::Gif);
    /// ```
    #[must_use]
    pub fn content_type(&self) -> ContentType {
        self.content_type
    }

    /// The bytes to send.
    ///
    /// ```
    /// use vetted::download::{ContentType, Download};
    /// assert_eq!(Download::new("a.bin", ContentType::OctetStream, [1, 2]).body(), [1, 2]);
    /// ```
    #[must_use]
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The bytes to send, without copying.
    ///
    /// ```
    /// use vetted::download::{ContentType, Download};
    /// assert_eq!(Download::new("a.bin", ContentType::OctetStream, [1, 2]).into_body(), vec![1, 2]);
    /// ```
    #[must_use]
    pub fn into_body(self) -> Vec<u8> {
        self.body
    }
}
