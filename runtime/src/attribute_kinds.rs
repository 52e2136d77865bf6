//! What attribute values mean to the browser, so that dynamic values get the right treatment.
//!
//! Shared by the `html!` macro (which classifies every attribute it sees, through a symlink to
//! this file) and the runtime (which checks the names of attributes added to a spread). It must
//! stay free of dependencies.

/// What an attribute's value means to the browser, which decides how a dynamic value is escaped or refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AttrKind {
    /// Ordinary text value.
    Plain,
    /// A URL that is navigated to or submitted to, such as `a href` or `form action`.
    Url,
    /// Space-separated URLs, such as `ping`.
    UrlList,
    /// A URL loaded as passive media: images, audio, video, text tracks.
    MediaUrl,
    /// An image candidate list: `srcset`, `imagesrcset`.
    SrcSet,
    /// A URL loaded as code or as a document: scripts, frames, plugins, stylesheets, `base`.
    ResourceUrl,
    /// An event handler body (`on*`).
    EventHandler,
    /// Inline CSS declarations.
    Style,
    /// An HTML document (`iframe srcdoc`).
    Srcdoc,
    /// A value that changes how other content is interpreted; only literals are allowed.
    LiteralOnly,
    /// A CSP nonce: only a `vetted::csp::Nonce`, never a literal.
    Nonce,
    /// The `;`-separated `values` of an SVG animation, each of which may become an `href`:
    /// only literals, each item checked as a URL.
    AnimationValues,
}

use AttrKind::*;

// WHATWG HTML §3.2.6 Global attributes, together with the other attributes of "Index:
// Attributes" whose meaning does not depend on the element (mostly URL-valued ones, including
// the obsolete ones of §16.3). Names are lowercase; `on*` names never reach this table.
const ATTRIBUTES: &[(&str, AttrKind)] = &[
    ("accesskey", Plain),
    ("action", Url),
    ("archive", UrlList),
    ("autocapitalize", Plain),
    ("autocorrect", Plain),
    ("autofocus", Plain),
    ("background", MediaUrl),
    // Selects the character encoding used to decode the document or the script.
    ("charset", LiteralOnly),
    ("cite", Url),
    ("class", Plain),
    ("classid", ResourceUrl),
    ("codebase", ResourceUrl),
    ("contenteditable", Plain),
    ("dir", Plain),
    ("draggable", Plain),
    ("enterkeyhint", Plain),
    ("formaction", Url),
    ("hidden", Plain),
    ("href", Url),
    ("hreflang", Plain),
    ("id", Plain),
    ("imagesrcset", SrcSet),
    ("inert", Plain),
    ("inputmode", Plain),
    // Picks which custom element definition upgrades a built-in element.
    ("is", LiteralOnly),
    ("itemid", Url),
    ("itemprop", Plain),
    ("itemref", Plain),
    ("itemscope", Plain),
    ("itemtype", Url),
    ("lang", Plain),
    ("longdesc", Url),
    ("manifest", ResourceUrl),
    // Decides which inline scripts and styles the Content Security Policy lets run.
    ("nonce", Nonce),
    ("ping", UrlList),
    ("popover", Plain),
    ("poster", MediaUrl),
    ("profile", UrlList),
    ("slot", Plain),
    ("spellcheck", Plain),
    ("src", Url),
    ("srcdoc", Srcdoc),
    ("srclang", Plain),
    ("srcset", SrcSet),
    ("style", Style),
    ("tabindex", Plain),
    ("title", Plain),
    ("translate", Plain),
    ("writingsuggestions", Plain),
    ("xml:base", Url),
    ("xml:lang", Plain),
    ("xml:space", Plain),
    // Namespace declarations decide what every descendant name means.
    ("xmlns", LiteralOnly),
];

// WHATWG HTML "Index: Attributes" and the SVG 2 / SVG Animations / MathML attribute
// definitions, for attributes whose meaning depends on the element (element names as written,
// attribute names lowercase). Sorted by (element, attribute).
const ELEMENT_ATTRIBUTES: &[(&str, &str, AttrKind)] = &[
    // An animation's attributeName may target `href`, turning from/to/by/values into URLs.
    ("animate", "attributename", LiteralOnly),
    ("animate", "by", Url),
    ("animate", "from", Url),
    ("animate", "to", Url),
    ("animate", "values", AnimationValues),
    ("animateColor", "attributename", LiteralOnly),
    ("animateColor", "by", Url),
    ("animateColor", "from", Url),
    ("animateColor", "to", Url),
    ("animateColor", "values", AnimationValues),
    ("animateTransform", "attributename", LiteralOnly),
    ("animateTransform", "by", Url),
    ("animateTransform", "from", Url),
    ("animateTransform", "to", Url),
    ("animateTransform", "values", AnimationValues),
    // `text/html` or `application/xhtml+xml` makes the content parse as HTML.
    ("annotation-xml", "encoding", LiteralOnly),
    ("applet", "archive", ResourceUrl),
    ("applet", "code", ResourceUrl),
    ("applet", "object", ResourceUrl),
    ("audio", "src", MediaUrl),
    ("base", "href", ResourceUrl),
    ("embed", "src", ResourceUrl),
    ("feImage", "href", ResourceUrl),
    ("frame", "src", ResourceUrl),
    // Permissions policy, CSP and sandbox flags restrict what the framed document may do.
    ("iframe", "allow", LiteralOnly),
    ("iframe", "csp", LiteralOnly),
    ("iframe", "sandbox", LiteralOnly),
    ("iframe", "src", ResourceUrl),
    ("image", "href", MediaUrl),
    ("img", "src", MediaUrl),
    ("input", "src", MediaUrl),
    ("link", "href", ResourceUrl),
    ("math", "altimg", MediaUrl),
    // With http-equiv, content can redirect (refresh), set cookies or replace the CSP.
    ("meta", "content", LiteralOnly),
    ("meta", "http-equiv", LiteralOnly),
    ("mglyph", "src", MediaUrl),
    ("object", "archive", ResourceUrl),
    ("object", "data", ResourceUrl),
    ("script", "href", ResourceUrl),
    // Both decide whether and how the script body runs (classic, module, importmap, data).
    ("script", "language", LiteralOnly),
    ("script", "src", ResourceUrl),
    ("script", "type", LiteralOnly),
    ("set", "attributename", LiteralOnly),
    ("set", "to", Url),
    ("source", "src", MediaUrl),
    // Decides whether the template's content becomes a shadow root instead of inert markup.
    ("template", "shadowrootmode", LiteralOnly),
    ("track", "src", MediaUrl),
    ("use", "href", ResourceUrl),
    ("video", "src", MediaUrl),
];

/// The kind of the attribute `name` on `element`. Attribute names are compared in ASCII
/// lowercase; the element name is used as given. Unknown names that look URL-ish are `Url`,
/// and any `on*` name is an `EventHandler`, so unfamiliar attributes fail closed.
pub(crate) fn attr_kind(element: &str, name: &str) -> AttrKind {
    let name = name.to_ascii_lowercase();
    if let Some(kind) = table_kind(element, &name) {
        return kind;
    }
    if let Some(rest) = name.strip_prefix("data-") {
        return if mentions_url(rest) { Url } else { Plain };
    }
    if name.starts_with("xmlns:") {
        return LiteralOnly;
    }
    if let Some((_, local)) = name.rsplit_once(':')
        && let Some(kind) = table_kind(element, local)
    {
        return kind;
    }
    if mentions_url(&name) { Url } else { Plain }
}

/// Elements that take no spread attributes: their attributes load code or documents, submit
/// data, or change how the page is read, so each is written literally.
pub(crate) const NO_SPREAD_ELEMENTS: &[&str] = &[
    "applet", "base", "embed", "feImage", "form", "frame", "iframe", "link", "meta", "object",
    "script", "style", "use",
];

/// The most demanding kind `name` has on any element that takes spread attributes, for
/// attributes whose element is not known when they are checked (a spread's entries): a kind
/// that is refused anywhere wins, then any URL kind, then `Plain`.
pub(crate) fn kind_on_any_element(name: &str) -> AttrKind {
    let lower = name.to_ascii_lowercase();
    let element_kinds = ELEMENT_ATTRIBUTES
        .iter()
        .filter(|(element, attribute, _)| {
            *attribute == lower && !NO_SPREAD_ELEMENTS.contains(element)
        })
        .map(|(_, _, kind)| *kind);
    let mut strictest = attr_kind("", name);
    for kind in element_kinds {
        let rank = |kind: AttrKind| match kind {
            Plain => 0,
            Url | UrlList | MediaUrl | SrcSet => 1,
            _ => 2,
        };
        if rank(kind) > rank(strictest) {
            strictest = kind;
        }
    }
    strictest
}

// Rules that only need the tables: element-specific meaning, event handlers, global meaning.
fn table_kind(element: &str, name: &str) -> Option<AttrKind> {
    if let Ok(i) = ELEMENT_ATTRIBUTES.binary_search_by(|(e, a, _)| (*e, *a).cmp(&(element, name))) {
        return Some(ELEMENT_ATTRIBUTES[i].2);
    }
    if name.starts_with("on") {
        return Some(EventHandler);
    }
    ATTRIBUTES
        .binary_search_by(|(a, _)| (*a).cmp(name))
        .ok()
        .map(|i| ATTRIBUTES[i].1)
}

fn mentions_url(name: &str) -> bool {
    ["url", "uri", "src", "href"]
        .iter()
        .any(|part| name.contains(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_strictly_sorted() {
        for pair in ATTRIBUTES.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{:?} must come before {:?}",
                pair[1].0,
                pair[0].0
            );
        }
        for pair in ELEMENT_ATTRIBUTES.windows(2) {
            let (a, b) = ((pair[0].0, pair[0].1), (pair[1].0, pair[1].1));
            assert!(a < b, "{b:?} must come before {a:?}");
        }
    }

    #[test]
    fn table_attribute_names_are_reachable() {
        let names = ATTRIBUTES
            .iter()
            .map(|(a, _)| *a)
            .chain(ELEMENT_ATTRIBUTES.iter().map(|(_, a, _)| *a));
        for name in names {
            assert_eq!(
                name,
                name.to_ascii_lowercase(),
                "lookups lowercase the name"
            );
            assert!(!name.starts_with("data-"), "{name}");
        }
        for (name, _) in ATTRIBUTES {
            assert!(
                !name.starts_with("on"),
                "{name} is shadowed by the event handler rule"
            );
        }
    }

    #[test]
    fn element_specific_meanings() {
        assert_eq!(attr_kind("link", "href"), ResourceUrl);
        assert_eq!(attr_kind("base", "href"), ResourceUrl);
        assert_eq!(attr_kind("script", "src"), ResourceUrl);
        assert_eq!(attr_kind("iframe", "src"), ResourceUrl);
        assert_eq!(attr_kind("embed", "src"), ResourceUrl);
        assert_eq!(attr_kind("object", "data"), ResourceUrl);
        assert_eq!(attr_kind("use", "href"), ResourceUrl);
        assert_eq!(attr_kind("feImage", "href"), ResourceUrl);
        assert_eq!(attr_kind("img", "src"), MediaUrl);
        assert_eq!(
            attr_kind("IMG", "SRC"),
            Url,
            "element names are case-sensitive"
        );
        assert_eq!(attr_kind("video", "src"), MediaUrl);
        assert_eq!(attr_kind("image", "href"), MediaUrl);
        assert_eq!(attr_kind("meta", "content"), LiteralOnly);
        assert_eq!(attr_kind("meta", "http-equiv"), LiteralOnly);
        assert_eq!(attr_kind("meta", "HTTP-EQUIV"), LiteralOnly);
        assert_eq!(attr_kind("script", "type"), LiteralOnly);
        assert_eq!(attr_kind("iframe", "sandbox"), LiteralOnly);
        assert_eq!(attr_kind("set", "attributeName"), LiteralOnly);
        assert_eq!(attr_kind("animate", "values"), AnimationValues);
        assert_eq!(attr_kind("annotation-xml", "encoding"), LiteralOnly);
        assert_eq!(attr_kind("input", "type"), Plain);
        assert_eq!(attr_kind("div", "content"), Plain);
    }

    #[test]
    fn event_handlers() {
        assert_eq!(attr_kind("div", "onclick"), EventHandler);
        assert_eq!(attr_kind("div", "onClick"), EventHandler);
        assert_eq!(attr_kind("div", "ONMOUSEOVER"), EventHandler);
        assert_eq!(attr_kind("svg", "onbegin"), EventHandler);
        assert_eq!(attr_kind("my-el", "onmadeupevent"), EventHandler);
        assert_eq!(attr_kind("details", "open"), Plain);
    }

    #[test]
    fn global_meanings() {
        assert_eq!(attr_kind("a", "href"), Url);
        assert_eq!(attr_kind("area", "ping"), UrlList);
        assert_eq!(attr_kind("form", "action"), Url);
        assert_eq!(attr_kind("button", "formaction"), Url);
        assert_eq!(attr_kind("blockquote", "cite"), Url);
        assert_eq!(attr_kind("img", "srcset"), SrcSet);
        assert_eq!(attr_kind("link", "imageSrcset"), SrcSet);
        assert_eq!(attr_kind("video", "poster"), MediaUrl);
        assert_eq!(attr_kind("html", "manifest"), ResourceUrl);
        assert_eq!(attr_kind("iframe", "srcdoc"), Srcdoc);
        assert_eq!(attr_kind("div", "style"), Style);
        assert_eq!(attr_kind("div", "class"), Plain);
        assert_eq!(attr_kind("track", "srclang"), Plain);
        assert_eq!(attr_kind("a", "hreflang"), Plain);
        assert_eq!(attr_kind("div", "is"), LiteralOnly);
        assert_eq!(attr_kind("script", "nonce"), Nonce);
        assert_eq!(attr_kind("meta", "charset"), LiteralOnly);
        assert_eq!(attr_kind("svg", "xmlns"), LiteralOnly);
        assert_eq!(attr_kind("my-el", "src"), Url);
    }

    #[test]
    fn data_attributes() {
        assert_eq!(attr_kind("div", "data-src"), Url);
        assert_eq!(attr_kind("div", "data-foo-url"), Url);
        assert_eq!(attr_kind("div", "data-HREF"), Url);
        assert_eq!(attr_kind("div", "data-id"), Plain);
        assert_eq!(attr_kind("div", "data-onclick"), Plain);
        assert_eq!(attr_kind("div", "data-style"), Plain);
    }

    #[test]
    fn namespaced_attributes() {
        assert_eq!(attr_kind("use", "xlink:href"), ResourceUrl);
        assert_eq!(attr_kind("script", "xlink:href"), ResourceUrl);
        assert_eq!(attr_kind("image", "xlink:href"), MediaUrl);
        assert_eq!(attr_kind("a", "xlink:href"), Url);
        assert_eq!(attr_kind("svg", "xml:base"), Url);
        assert_eq!(attr_kind("svg", "xml:lang"), Plain);
        assert_eq!(attr_kind("svg", "xmlns:xlink"), LiteralOnly);
        assert_eq!(attr_kind("svg", "XMLNS:foo"), LiteralOnly);
        assert_eq!(attr_kind("a", "xlink:title"), Plain);
        assert_eq!(attr_kind("a", "xlink:onclick"), EventHandler);
    }

    #[test]
    fn url_looking_names_fail_closed() {
        assert_eq!(attr_kind("my-el", "avatar-url"), Url);
        assert_eq!(attr_kind("my-el", "callbackUri"), Url);
        assert_eq!(attr_kind("my-el", "lowsrc"), Url);
        assert_eq!(attr_kind("my-el", "homehref"), Url);
        assert_eq!(attr_kind("my-el", "label"), Plain);
        assert_eq!(attr_kind("div", "aria-label"), Plain);
    }
}
