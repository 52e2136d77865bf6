//! Oracle helpers shared by the tests in `tests/`: parse what `html!` produced with a real HTML5
//! parser (html5ever, in document mode) and turn the resulting DOM into a plain, comparable
//! [`Tree`].
//!
//! A browser is the only judge of what markup means, so the tests do not search the output for
//! substrings: they parse it, once with scripting enabled and once with it disabled (the two
//! modes read `<noscript>` differently), and compare the tree with the one the template spells.
//!
//! ```
//! use vetted_tests::{body_children, el, text};
//!
//! let name = "<b>Ada</b> & co";
//! let page = vetted::html! { <p class="who">{name}</p> };
//! for scripting in [true, false] {
//!     assert_eq!(
//!         body_children(page.as_str(), scripting),
//!         [el("p", &[("class", "who")], [text(name)])],
//!     );
//! }
//! ```

use std::collections::BTreeSet;
use std::fmt;

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ParseOpts, QualName, ns};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// The elements `vetted::TrustedHtml::sanitize`'s strict policy may keep (ammonia's default
/// list without `<img>`): what a test of sanitized HTML may find in the tree, written out here
/// independently of the library.
///
/// ```
/// assert!(vetted_tests::SANITIZED_ELEMENTS.contains(&"blockquote"));
/// assert!(!vetted_tests::SANITIZED_ELEMENTS.contains(&"img"));
/// ```
pub const SANITIZED_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "area",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "i",
    "ins",
    "kbd",
    "li",
    "map",
    "mark",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Both scripting modes, for loops that must check each: `for scripting in SCRIPTING { ... }`.
pub const SCRIPTING: [bool; 2] = [true, false];

/// One node of a parsed document, reduced to what decides its meaning.
#[derive(Clone, PartialEq, Eq)]
pub enum Tree {
    /// An element.
    Element {
        /// The local name, prefixed with `svg:` or `math:` for SVG and MathML elements
        /// (`svg:foreignObject`, `math:mi`); HTML elements have no prefix.
        name: String,
        /// The attributes in source order, as `(name, decoded value)`; a namespaced attribute
        /// (`xlink:href`) keeps its prefix.
        attrs: Vec<(String, String)>,
        /// The children; for `<template>`, the children of its template contents.
        children: Vec<Tree>,
    },
    /// A text node, with character references decoded (adjacent text is one node, as in the DOM).
    Text(String),
    /// A comment.
    Comment(String),
    /// A doctype, by its name (`html`).
    Doctype(String),
}

impl fmt::Debug for Tree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tree::Element {
                name,
                attrs,
                children,
            } => {
                write!(f, "<{name}")?;
                for (attr, value) in attrs {
                    write!(f, " {attr}={value:?}")?;
                }
                f.write_str(">")?;
                if !children.is_empty() {
                    f.debug_list().entries(children).finish()?;
                }
                Ok(())
            }
            Tree::Text(text) => write!(f, "{text:?}"),
            Tree::Comment(comment) => write!(f, "<!--{comment:?}-->"),
            Tree::Doctype(name) => write!(f, "<!DOCTYPE {name}>"),
        }
    }
}

impl Tree {
    /// The element's name, or `None` for other nodes.
    ///
    /// ```
    /// assert_eq!(vetted_tests::el("p", &[], []).name(), Some("p"));
    /// assert_eq!(vetted_tests::text("p").name(), None);
    /// ```
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        match self {
            Tree::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    /// The element's children; empty for other nodes.
    ///
    /// ```
    /// let p = vetted_tests::el("p", &[], [vetted_tests::text("hi")]);
    /// assert_eq!(p.children(), [vetted_tests::text("hi")]);
    /// ```
    #[must_use]
    pub fn children(&self) -> &[Tree] {
        match self {
            Tree::Element { children, .. } => children,
            _ => &[],
        }
    }

    /// The value of the element's attribute `name`, if it has one.
    ///
    /// ```
    /// let p = vetted_tests::el("p", &[("title", "t")], []);
    /// assert_eq!(p.attr("title"), Some("t"));
    /// assert_eq!(p.attr("id"), None);
    /// ```
    #[must_use]
    pub fn attr(&self, name: &str) -> Option<&str> {
        match self {
            Tree::Element { attrs, .. } => attrs
                .iter()
                .find(|(attr, _)| attr == name)
                .map(|(_, value)| value.as_str()),
            _ => None,
        }
    }

    /// The concatenated text of this node and all its descendants.
    ///
    /// ```
    /// use vetted_tests::{el, text};
    /// let tree = el("p", &[], [text("a"), el("b", &[], [text("b")]), text("c")]);
    /// assert_eq!(tree.text_content(), "abc");
    /// ```
    #[must_use]
    pub fn text_content(&self) -> String {
        match self {
            Tree::Text(text) => text.clone(),
            Tree::Element { children, .. } => children.iter().map(Tree::text_content).collect(),
            Tree::Comment(_) | Tree::Doctype(_) => String::new(),
        }
    }
}

/// An expected element: `el("a", &[("class", "x")], [text("hi")])`.
///
/// Give foreign elements their prefix: `el("svg:path", &[("d", "M0 0")], [])`.
///
/// ```
/// use vetted_tests::{Tree, el};
/// assert_eq!(
///     el("br", &[], []),
///     Tree::Element { name: "br".into(), attrs: vec![], children: vec![] },
/// );
/// ```
#[must_use]
pub fn el<const N: usize>(name: &str, attrs: &[(&str, &str)], children: [Tree; N]) -> Tree {
    el_vec(name, attrs, children.into())
}

/// [`el`] with the children as a `Vec`, for children built at run time.
///
/// ```
/// use vetted_tests::{el, el_vec, text};
/// let items: Vec<_> = ["a", "b"].iter().map(|s| el("li", &[], [text(s)])).collect();
/// assert_eq!(el_vec("ul", &[], items.clone()).children(), items);
/// ```
#[must_use]
pub fn el_vec(name: &str, attrs: &[(&str, &str)], children: Vec<Tree>) -> Tree {
    Tree::Element {
        name: name.to_owned(),
        attrs: attrs
            .iter()
            .map(|&(name, value)| (name.to_owned(), value.to_owned()))
            .collect(),
        children,
    }
}

/// An expected text node.
///
/// ```
/// assert_eq!(vetted_tests::text("a"), vetted_tests::Tree::Text("a".into()));
/// ```
#[must_use]
pub fn text(text: &str) -> Tree {
    Tree::Text(text.to_owned())
}

/// Expected text children: none for empty text (the parser creates no empty text node), else one.
///
/// ```
/// use vetted_tests::{text, texts};
/// assert!(texts("").is_empty());
/// assert_eq!(texts("a"), [text("a")]);
/// ```
#[must_use]
pub fn texts(content: &str) -> Vec<Tree> {
    if content.is_empty() {
        Vec::new()
    } else {
        vec![text(content)]
    }
}

/// What the HTML parser does to U+0000 in text that the "in body" rules handle (ordinary
/// element content, and MathML text integration points such as `<mi>`): it drops it.
///
/// ```
/// assert_eq!(vetted_tests::nul_in_html_text("a\0b"), "ab");
/// ```
#[must_use]
pub fn nul_in_html_text(input: &str) -> String {
    input.replace('\0', "")
}

/// What the HTML parser does to U+0000 in attribute values, in RCDATA (`<title>`,
/// `<textarea>`), in raw text and in foreign (SVG, MathML) content: it becomes U+FFFD.
///
/// ```
/// assert_eq!(vetted_tests::nul_replaced("a\0b"), "a\u{FFFD}b");
/// ```
#[must_use]
pub fn nul_replaced(input: &str) -> String {
    input.replace('\0', "\u{FFFD}")
}

/// Parses `html` as a whole document, as a browser does, and gives the document's children
/// (the doctype, if any, and the `<html>` element the parser always creates).
///
/// `scripting` is the parser's scripting flag: with it on, `<noscript>` content is raw text.
///
/// ```
/// use vetted_tests::{Tree, el, parse_document};
/// let doc = parse_document("<!DOCTYPE html>", true);
/// assert_eq!(doc[0], Tree::Doctype("html".into()));
/// assert_eq!(doc[1], el("html", &[], [el("head", &[], []), el("body", &[], [])]));
/// ```
#[must_use]
pub fn parse_document(html: &str, scripting: bool) -> Vec<Tree> {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: scripting,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let dom = html5ever::parse_document(RcDom::default(), opts).one(html);
    children_of(&dom.document)
}

/// The children of the document's `<body>`.
///
/// ```
/// use vetted_tests::{body_children, el, text};
/// assert_eq!(body_children("<p>a&amp;b", false), [el("p", &[], [text("a&b")])]);
/// ```
///
/// # Panics
///
/// If the document has no `<html>` with a `<body>` (the parser always makes one, unless the
/// markup holds a `<frameset>`).
#[must_use]
pub fn body_children(html: &str, scripting: bool) -> Vec<Tree> {
    section(html, scripting, "body")
}

/// The children of the document's `<head>`.
///
/// ```
/// use vetted_tests::{el, head_children, text};
/// assert_eq!(head_children("<title>a&lt;b</title>", true), [el("title", &[], [text("a<b")])]);
/// ```
///
/// # Panics
///
/// If the document has no `<html>` with a `<head>`; the parser always makes one.
#[must_use]
pub fn head_children(html: &str, scripting: bool) -> Vec<Tree> {
    section(html, scripting, "head")
}

fn section(html: &str, scripting: bool, name: &str) -> Vec<Tree> {
    let document = parse_document(html, scripting);
    let root = document
        .iter()
        .find(|node| node.name() == Some("html"))
        .unwrap_or_else(|| panic!("no <html> element in {document:?}"));
    root.children()
        .iter()
        .find(|node| node.name() == Some(name))
        .unwrap_or_else(|| panic!("no <{name}> element in {root:?}"))
        .children()
        .to_vec()
}

/// Asserts that `html` parses, with scripting on and with it off, to a body whose children are
/// exactly `expected`.
///
/// ```
/// use vetted_tests::{assert_body, el, text};
/// assert_body("<p>x</p>", &[el("p", &[], [text("x")])]);
/// ```
///
/// # Panics
///
/// When the trees differ, with both trees and the markup in the message.
#[track_caller]
pub fn assert_body(html: &str, expected: &[Tree]) {
    for scripting in SCRIPTING {
        let actual = body_children(html, scripting);
        assert_eq!(
            actual,
            expected,
            "body of {html:?} with scripting {}",
            if scripting { "on" } else { "off" }
        );
    }
}

/// Asserts that `html` parses, with scripting on and with it off, to a head whose children are
/// exactly `expected`.
///
/// ```
/// use vetted_tests::{assert_head, el, text};
/// assert_head("<title>x</title>", &[el("title", &[], [text("x")])]);
/// ```
///
/// # Panics
///
/// When the trees differ.
#[track_caller]
pub fn assert_head(html: &str, expected: &[Tree]) {
    for scripting in SCRIPTING {
        let actual = head_children(html, scripting);
        assert_eq!(
            actual,
            expected,
            "head of {html:?} with scripting {}",
            if scripting { "on" } else { "off" }
        );
    }
}

/// Every element name and attribute name in a parsed document, for "nothing was added"
/// assertions. Names are spelled as in [`Tree`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    /// The element names, including the `html`, `head` and `body` the parser always creates.
    pub elements: BTreeSet<String>,
    /// The attribute names.
    pub attributes: BTreeSet<String>,
}

/// The element and attribute names that appear anywhere in the document `html`.
///
/// ```
/// let names = vetted_tests::names(r#"<p class="a">x<b>y</b>"#, true);
/// assert_eq!(names.elements.iter().collect::<Vec<_>>(), ["b", "body", "head", "html", "p"]);
/// assert_eq!(names.attributes.iter().collect::<Vec<_>>(), ["class"]);
/// ```
#[must_use]
pub fn names(html: &str, scripting: bool) -> Names {
    fn walk(tree: &Tree, names: &mut Names) {
        if let Tree::Element {
            name,
            attrs,
            children,
        } = tree
        {
            names.elements.insert(name.clone());
            names
                .attributes
                .extend(attrs.iter().map(|(attr, _)| attr.clone()));
            for child in children {
                walk(child, names);
            }
        }
    }
    let mut names = Names::default();
    for node in parse_document(html, scripting) {
        walk(&node, &mut names);
    }
    names
}

fn children_of(handle: &Handle) -> Vec<Tree> {
    handle
        .children
        .borrow()
        .iter()
        .filter_map(convert)
        .collect()
}

fn convert(handle: &Handle) -> Option<Tree> {
    Some(match &handle.data {
        NodeData::Document | NodeData::ProcessingInstruction { .. } => return None,
        NodeData::Doctype { name, .. } => Tree::Doctype(name.to_string()),
        NodeData::Text { contents } => Tree::Text(contents.borrow().to_string()),
        NodeData::Comment { contents } => Tree::Comment(contents.to_string()),
        NodeData::Element {
            name,
            attrs,
            template_contents,
            ..
        } => {
            let children = match &*template_contents.borrow() {
                Some(contents) => children_of(contents),
                None => children_of(handle),
            };
            Tree::Element {
                name: element_name(name),
                attrs: attrs
                    .borrow()
                    .iter()
                    .map(|attr| (attribute_name(&attr.name), attr.value.to_string()))
                    .collect(),
                children,
            }
        }
    })
}

fn element_name(name: &QualName) -> String {
    let prefix = if name.ns == ns!(svg) {
        "svg:"
    } else if name.ns == ns!(mathml) {
        "math:"
    } else {
        ""
    };
    format!("{prefix}{}", name.local)
}

fn attribute_name(name: &QualName) -> String {
    match &name.prefix {
        Some(prefix) => format!("{prefix}:{}", name.local),
        None => name.local.to_string(),
    }
}

// URL oracles, written from the URL policy and the WHATWG standards, independently of the
// library's own checks: the tests compare what `html!` wrote against these.

/// What a refused URL is replaced with, spelled out here rather than taken from the library.
pub const BLOCKED_URL: &str = "about:invalid#vetted";

/// `input` percent-normalized as the URL policy describes it: spaces, controls, `"`, `'`,
/// backtick, `<`, `>`, `\` and every non-ASCII byte become `%XX` (uppercase hex of the UTF-8
/// bytes), a `%` followed by two hex digits stays, any other `%` becomes `%25`, and nothing else
/// changes. This is the attribute value after the browser decodes character references.
///
/// ```
/// assert_eq!(vetted_tests::percent_normalized("/a b\"é%4x%41"), "/a%20b%22%C3%A9%254x%41");
/// ```
#[must_use]
pub fn percent_normalized(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    for (i, &byte) in bytes.iter().enumerate() {
        let hex_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_hexdigit);
        match byte {
            b'%' if hex_at(i + 1) && hex_at(i + 2) => out.push('%'),
            b'%' => out.push_str("%25"),
            b'"' | b'\'' | b'`' | b'<' | b'>' | b'\\' => out.push_str(&format!("%{byte:02X}")),
            0x21..=0x7E => out.push(char::from(byte)),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Whether `url` is a whole `data:image/<raster type>;base64,<base64>` URL, the only `data:`
/// URLs a media attribute accepts (`svg+xml` never is). `data:image/` and the type are compared
/// without ASCII case; `;base64,` must be spelled so.
///
/// ```
/// assert!(vetted_tests::is_raster_data_url("DATA:image/PNG;base64,AA+/=="));
/// assert!(!vetted_tests::is_raster_data_url("data:image/svg+xml;base64,AAAA"));
/// assert!(!vetted_tests::is_raster_data_url("data:image/png;base64,AA AA"));
/// ```
#[must_use]
pub fn is_raster_data_url(url: &str) -> bool {
    const PREFIX: &str = "data:image/";
    const TYPES: [&str; 7] = ["png", "gif", "jpeg", "webp", "bmp", "x-icon", "avif"];
    let Some(head) = url.get(..PREFIX.len()) else {
        return false;
    };
    if !head.eq_ignore_ascii_case(PREFIX) {
        return false;
    }
    let Some((media_type, data)) = url[PREFIX.len()..].split_once(";base64,") else {
        return false;
    };
    TYPES.iter().any(|t| t.eq_ignore_ascii_case(media_type))
        && data
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// The decoded attribute value the URL policy prescribes for a dynamic string in a
/// navigational URL attribute (`media: false`) or a media one (`media: true`): the
/// [`percent_normalized`] input when it starts with `http:`, `https:`, `mailto:` or `tel:`
/// (without ASCII case), when no `:` comes before its first `/`, `?` or `#`, or (media only)
/// when it [`is_raster_data_url`]; otherwise [`BLOCKED_URL`].
///
/// ```
/// use vetted_tests::{BLOCKED_URL, expected_url};
/// assert_eq!(expected_url("HTTPS://a.example/x y", false), "HTTPS://a.example/x%20y");
/// assert_eq!(expected_url("/p:q", false), "/p:q");
/// assert_eq!(expected_url(" javascript:x", false), BLOCKED_URL);
/// assert_eq!(expected_url("data:image/gif;base64,R0==", false), BLOCKED_URL);
/// assert_eq!(expected_url("data:image/gif;base64,R0==", true), "data:image/gif;base64,R0==");
/// ```
#[must_use]
pub fn expected_url(input: &str, media: bool) -> String {
    let allowed_scheme = ["http:", "https:", "mailto:", "tel:"].iter().any(|scheme| {
        input
            .get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
    });
    let scheme_less = input
        .find([':', '/', '?', '#'])
        .is_none_or(|at| input.as_bytes()[at] != b':');
    if allowed_scheme || scheme_less || (media && is_raster_data_url(input)) {
        percent_normalized(input)
    } else {
        BLOCKED_URL.to_owned()
    }
}

/// The scheme a browser reads in `url`, lowercased, following the WHATWG URL parser: leading
/// and trailing C0 controls and spaces are stripped, tabs and newlines removed anywhere, and a
/// scheme is an ASCII letter followed by letters, digits, `+`, `-` or `.`, ended by `:`.
/// `None` when the URL has no scheme (it is resolved against the page's URL).
///
/// ```
/// use vetted_tests::browser_scheme;
/// assert_eq!(browser_scheme("\u{1} Java\tScript:alert(1)").as_deref(), Some("javascript"));
/// assert_eq!(browser_scheme("/a:b"), None);
/// assert_eq!(browser_scheme("java%09script:x"), None);
/// ```
#[must_use]
pub fn browser_scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let mut chars = cleaned.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    for (at, c) in chars {
        if c == ':' {
            return Some(cleaned[..at].to_ascii_lowercase());
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
            return None;
        }
    }
    None
}

/// The byte ranges of the candidate URLs in an image candidate list (`srcset`), split exactly as
/// the HTML standard's "parse a srcset attribute" algorithm splits it: candidates are separated
/// by ASCII whitespace and commas, a URL runs to the next ASCII whitespace (trailing commas end
/// the candidate), and descriptors run to the next `,` outside parentheses, where parentheses do
/// not nest (the first `)` leaves the "in parens" state).
///
/// ```
/// let srcset = "a.png 1x((), b.png 2x,c.png,, d,e.png";
/// let urls: Vec<&str> = vetted_tests::srcset_url_ranges(srcset).into_iter().map(|r| &srcset[r]).collect();
/// assert_eq!(urls, ["a.png", "b.png", "c.png", "d,e.png"]);
/// ```
#[must_use]
pub fn srcset_url_ranges(srcset: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = srcset.as_bytes();
    let space = |b: u8| matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
    let mut ranges = Vec::new();
    let mut pos = 0;
    loop {
        while pos < bytes.len() && (space(bytes[pos]) || bytes[pos] == b',') {
            pos += 1;
        }
        if pos == bytes.len() {
            return ranges;
        }
        let start = pos;
        while pos < bytes.len() && !space(bytes[pos]) {
            pos += 1;
        }
        let mut end = pos;
        while bytes[end - 1] == b',' {
            end -= 1;
        }
        ranges.push(start..end);
        if end < pos {
            continue;
        }
        let mut in_parens = false;
        while pos < bytes.len() {
            let byte = bytes[pos];
            pos += 1;
            match byte {
                b')' if in_parens => in_parens = false,
                b'(' if !in_parens => in_parens = true,
                b',' if !in_parens => break,
                _ => {}
            }
        }
    }
}

/// The decoded `srcset` the URL policy prescribes for a dynamic string: each candidate URL
/// (split by [`srcset_url_ranges`]) replaced by [`expected_url`] in media mode, everything
/// else (separators, descriptors) kept as it is.
///
/// ```
/// assert_eq!(
///     vetted_tests::expected_srcset("a b.png 1x, javascript:x 2x"),
///     "a b.png 1x, about:invalid#vetted 2x",
/// );
/// ```
#[must_use]
pub fn expected_srcset(srcset: &str) -> String {
    let mut out = String::with_capacity(srcset.len());
    let mut written = 0;
    for range in srcset_url_ranges(srcset) {
        out.push_str(&srcset[written..range.start]);
        out.push_str(&expected_url(&srcset[range.clone()], true));
        written = range.end;
    }
    out.push_str(&srcset[written..]);
    out
}

/// `text` with every `%XX` (two hex digits) decoded to its byte, other characters kept, read
/// back as UTF-8 (lossily): what a percent-encoded URL part stands for.
///
/// ```
/// assert_eq!(vetted_tests::percent_decoded("a%2Fb%C3%A9%zz%"), "a/bé%zz%");
/// ```
#[must_use]
pub fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .filter(|pair| pair.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
