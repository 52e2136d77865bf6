//! Which sink an attribute is, by its name and its element: the name column of the sink table.
//!
//! The macro classifies every attribute it sees with [`sink_of`]; the runtime classifies the
//! names added to a spread with [`sink_on_any_element`]. Unknown names fail closed: any `on*`
//! name is an event handler, and names that look like URLs are URLs.

use crate::sink::{Sink, Spread};
use Sink::*;

// WHATWG HTML §3.2.6 Global attributes, together with the other attributes of "Index:
// Attributes" whose meaning does not depend on the element (mostly URL-valued ones, including
// the obsolete ones of §16.3). Names are lowercase; `on*` names never reach this table.
const ATTRIBUTES: &[(&str, Sink)] = &[
    ("accesskey", Attribute),
    ("action", Url),
    ("archive", UrlList),
    ("autocapitalize", Attribute),
    ("autocorrect", OnOffAttribute),
    ("autofocus", Attribute),
    ("background", MediaUrl),
    // Selects the character encoding used to decode the document or the script.
    ("charset", LiteralOnly),
    ("cite", Url),
    ("class", Attribute),
    ("classid", ResourceUrl),
    ("codebase", ResourceUrl),
    ("contenteditable", TrueFalseAttribute),
    ("dir", Attribute),
    ("draggable", TrueFalseAttribute),
    ("enterkeyhint", Attribute),
    ("formaction", FormAction),
    ("formmethod", FormMethod),
    ("hidden", Attribute),
    ("href", Url),
    ("hreflang", Attribute),
    ("id", Attribute),
    ("imagesrcset", SrcSet),
    ("inert", Attribute),
    ("inputmode", Attribute),
    // Picks which custom element definition upgrades a built-in element.
    ("is", LiteralOnly),
    ("itemid", Url),
    ("itemprop", Attribute),
    ("itemref", Attribute),
    ("itemscope", Attribute),
    ("itemtype", Url),
    ("lang", Attribute),
    ("longdesc", Url),
    ("manifest", ResourceUrl),
    // Decides which inline scripts and styles the Content Security Policy lets run.
    ("nonce", Nonce),
    ("ping", UrlList),
    ("popover", Attribute),
    ("poster", MediaUrl),
    ("profile", UrlList),
    ("slot", Attribute),
    ("spellcheck", TrueFalseAttribute),
    ("src", Url),
    ("srcdoc", Srcdoc),
    ("srclang", Attribute),
    ("srcset", SrcSet),
    ("style", Style),
    ("tabindex", Attribute),
    ("title", Attribute),
    ("translate", YesNoAttribute),
    ("writingsuggestions", TrueFalseAttribute),
    ("xml:base", Url),
    ("xml:lang", Attribute),
    ("xml:space", Attribute),
    // Namespace declarations decide what every descendant name means.
    ("xmlns", LiteralOnly),
];

// WHATWG HTML "Index: Attributes" and the SVG 2 / SVG Animations / MathML attribute
// definitions, for attributes whose meaning depends on the element (element names as written,
// attribute names lowercase). Sorted by (element, attribute).
const ELEMENT_ATTRIBUTES: &[(&str, &str, Sink)] = &[
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
    // `on` and `off` are keywords; leaving `autocomplete` out means "on" (HTML §4.10.18.7.1).
    ("form", "autocomplete", OnOffAttribute),
    ("frame", "src", ResourceUrl),
    // Permissions policy, CSP and sandbox flags restrict what the framed document may do.
    ("iframe", "allow", LiteralOnly),
    ("iframe", "csp", LiteralOnly),
    ("iframe", "sandbox", LiteralOnly),
    ("iframe", "src", ResourceUrl),
    ("image", "href", MediaUrl),
    ("img", "src", MediaUrl),
    ("input", "autocomplete", OnOffAttribute),
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
    ("select", "autocomplete", OnOffAttribute),
    ("set", "attributename", LiteralOnly),
    ("set", "to", Url),
    ("source", "src", MediaUrl),
    // Decides whether the template's content becomes a shadow root instead of inert markup.
    ("template", "shadowrootmode", LiteralOnly),
    ("textarea", "autocomplete", OnOffAttribute),
    ("track", "src", MediaUrl),
    ("use", "href", ResourceUrl),
    ("video", "src", MediaUrl),
];

/// The sink of the attribute `name` on `element`. Attribute names are compared in ASCII
/// lowercase; the element name is used as given. Unknown names that look URL-ish are
/// [`Url`], and any `on*` name is an [`EventHandler`], so unfamiliar attributes fail closed.
/// Every attribute of `<base>` but its URL is [`DocumentBase`].
///
/// ```
/// use vetted_rules::{attribute::sink_of, sink::Sink};
/// assert_eq!(sink_of("script", "src"), Sink::ResourceUrl);
/// assert_eq!(sink_of("img", "src"), Sink::MediaUrl);
/// assert_eq!(sink_of("div", "onClick"), Sink::EventHandler);
/// assert_eq!(sink_of("my-widget", "avatar-url"), Sink::Url);
/// ```
#[must_use]
pub fn sink_of(element: &str, name: &str) -> Sink {
    let sink = by_name(element, name);
    if element == "base" && sink != ResourceUrl {
        return DocumentBase;
    }
    sink
}

fn by_name(element: &str, name: &str) -> Sink {
    let name = name.to_ascii_lowercase();
    // What a front-end library reads comes first: `:href` is Alpine's or Vue's code, not a URL.
    if let Some(sink) = crate::library::sink(element, &name) {
        return sink;
    }
    if let Some(sink) = table_sink(element, &name) {
        return sink;
    }
    // WAI-ARIA states and properties: `true`/`false` are values, and leaving one out means
    // "undefined", not "false" (WAI-ARIA 1.2 §6.2).
    if let Some(rest) = name.strip_prefix("aria-") {
        return if mentions_url(rest) {
            Url
        } else {
            TrueFalseAttribute
        };
    }
    if let Some(rest) = name.strip_prefix("data-") {
        return if mentions_url(rest) { Url } else { Attribute };
    }
    if name.starts_with("xmlns:") {
        return LiteralOnly;
    }
    if let Some((_, local)) = name.rsplit_once(':')
        && let Some(sink) = table_sink(element, local)
    {
        return sink;
    }
    if mentions_url(&name) { Url } else { Attribute }
}

/// The keywords a `bool` writes on enumerated attributes where leaving the attribute out does
/// not mean "off" (their sinks' [`Spread::Keywords`]): "on" first, then "off".
pub mod keywords {
    /// `aria-*`, `contenteditable`, `draggable`, `spellcheck`, `writingsuggestions`.
    pub const TRUE_FALSE: [&str; 2] = ["true", "false"];
    /// `translate`.
    pub const YES_NO: [&str; 2] = ["yes", "no"];
    /// `autocomplete`, `autocorrect`.
    pub const ON_OFF: [&str; 2] = ["on", "off"];
}

/// Elements that take no spread attributes: their attributes load code or documents, submit
/// data, or change how the page is read, so each is written literally.
pub const NO_SPREAD_ELEMENTS: &[&str] = &[
    "applet", "base", "embed", "feImage", "form", "frame", "iframe", "link", "meta", "object",
    "script", "style", "use",
];

/// The most demanding sink `name` is on any element that takes spread attributes, for
/// attributes whose element is not known when they are checked (a spread's entries): a sink
/// that refuses spreading anywhere wins, then one that takes a trusted URL, then keywords,
/// then text.
///
/// ```
/// use vetted_rules::{attribute::sink_on_any_element, sink::Sink};
/// assert_eq!(sink_on_any_element("src"), Sink::Url);
/// assert_eq!(sink_on_any_element("formaction"), Sink::FormAction);
/// assert_eq!(sink_on_any_element("href"), Sink::Url);
/// assert_eq!(sink_on_any_element("title"), Sink::Attribute);
/// ```
#[must_use]
pub fn sink_on_any_element(name: &str) -> Sink {
    let lower = name.to_ascii_lowercase();
    let element_sinks = ELEMENT_ATTRIBUTES
        .iter()
        .filter(|(element, attribute, _)| {
            *attribute == lower && !NO_SPREAD_ELEMENTS.contains(element)
        })
        .map(|(_, _, sink)| *sink);
    let rank = |sink: Sink| match sink.spread() {
        Spread::Text => 0,
        Spread::Keywords(_) => 1,
        Spread::TrustedUrl => 2,
        Spread::Refused { .. } => 3,
    };
    let mut strictest = sink_of("", name);
    for sink in element_sinks {
        if rank(sink) > rank(strictest) {
            strictest = sink;
        }
    }
    strictest
}

/// Whether `name` is an attribute name every browser and XML tool reads the same way: an
/// ASCII letter or `_`, then ASCII letters, digits, `-`, `_`, `:` and `.`. It may also start
/// with the `@`, `:`, `.` or `#` of front-end libraries' shorthands (`@click`, `:class`), which
/// the HTML parser keeps as written.
///
/// ```
/// use vetted_rules::attribute::is_valid_name;
/// assert!(is_valid_name("aria-label") && is_valid_name("xlink:href") && is_valid_name("_"));
/// assert!(is_valid_name("@click.outside") && is_valid_name(":class") && is_valid_name("hx-on--load"));
/// assert!(!is_valid_name("") && !is_valid_name("1x") && !is_valid_name("a b") && !is_valid_name("é"));
/// assert!(!is_valid_name("@") && !is_valid_name("a@b") && !is_valid_name("a=b"));
/// ```
#[must_use]
pub fn is_valid_name(name: &str) -> bool {
    let name = name.strip_prefix(['@', ':', '.', '#']).unwrap_or(name);
    name.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
}

// Rules that only need the tables: element-specific meaning, event handlers, global meaning.
fn table_sink(element: &str, name: &str) -> Option<Sink> {
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
        assert_eq!(sink_of("link", "href"), ResourceUrl);
        assert_eq!(sink_of("base", "href"), ResourceUrl);
        assert_eq!(sink_of("base", "xlink:href"), ResourceUrl);
        assert_eq!(sink_of("base", "target"), DocumentBase);
        assert_eq!(sink_of("base", "onclick"), DocumentBase);
        assert_eq!(sink_of("script", "src"), ResourceUrl);
        assert_eq!(sink_of("iframe", "src"), ResourceUrl);
        assert_eq!(sink_of("embed", "src"), ResourceUrl);
        assert_eq!(sink_of("object", "data"), ResourceUrl);
        assert_eq!(sink_of("use", "href"), ResourceUrl);
        assert_eq!(sink_of("feImage", "href"), ResourceUrl);
        assert_eq!(sink_of("img", "src"), MediaUrl);
        assert_eq!(
            sink_of("IMG", "SRC"),
            Url,
            "element names are case-sensitive"
        );
        assert_eq!(sink_of("video", "src"), MediaUrl);
        assert_eq!(sink_of("image", "href"), MediaUrl);
        assert_eq!(sink_of("meta", "content"), LiteralOnly);
        assert_eq!(sink_of("meta", "http-equiv"), LiteralOnly);
        assert_eq!(sink_of("meta", "HTTP-EQUIV"), LiteralOnly);
        assert_eq!(sink_of("script", "type"), LiteralOnly);
        assert_eq!(sink_of("iframe", "sandbox"), LiteralOnly);
        assert_eq!(sink_of("set", "attributeName"), LiteralOnly);
        assert_eq!(sink_of("animate", "values"), AnimationValues);
        assert_eq!(sink_of("annotation-xml", "encoding"), LiteralOnly);
        assert_eq!(sink_of("input", "type"), Attribute);
        assert_eq!(sink_of("div", "content"), Attribute);
    }

    #[test]
    fn event_handlers() {
        assert_eq!(sink_of("div", "onclick"), EventHandler);
        assert_eq!(sink_of("div", "onClick"), EventHandler);
        assert_eq!(sink_of("div", "ONMOUSEOVER"), EventHandler);
        assert_eq!(sink_of("svg", "onbegin"), EventHandler);
        assert_eq!(sink_of("my-el", "onmadeupevent"), EventHandler);
        assert_eq!(sink_of("details", "open"), Attribute);
    }

    #[test]
    fn global_meanings() {
        assert_eq!(sink_of("a", "href"), Url);
        assert_eq!(sink_of("area", "ping"), UrlList);
        assert_eq!(sink_of("form", "action"), Url);
        assert_eq!(sink_of("button", "formaction"), FormAction);
        assert_eq!(sink_of("input", "FormMethod"), FormMethod);
        assert_eq!(sink_of("blockquote", "cite"), Url);
        assert_eq!(sink_of("img", "srcset"), SrcSet);
        assert_eq!(sink_of("link", "imageSrcset"), SrcSet);
        assert_eq!(sink_of("video", "poster"), MediaUrl);
        assert_eq!(sink_of("html", "manifest"), ResourceUrl);
        assert_eq!(sink_of("iframe", "srcdoc"), Srcdoc);
        assert_eq!(sink_of("div", "style"), Style);
        assert_eq!(sink_of("div", "class"), Attribute);
        assert_eq!(sink_of("track", "srclang"), Attribute);
        assert_eq!(sink_of("a", "hreflang"), Attribute);
        assert_eq!(sink_of("div", "is"), LiteralOnly);
        assert_eq!(sink_of("script", "nonce"), Nonce);
        assert_eq!(sink_of("meta", "charset"), LiteralOnly);
        assert_eq!(sink_of("svg", "xmlns"), LiteralOnly);
        assert_eq!(sink_of("my-el", "src"), Url);
    }

    #[test]
    fn data_attributes() {
        assert_eq!(sink_of("div", "data-src"), Url);
        assert_eq!(sink_of("div", "data-foo-url"), Url);
        assert_eq!(sink_of("div", "data-HREF"), Url);
        assert_eq!(sink_of("div", "data-id"), Attribute);
        assert_eq!(sink_of("div", "data-onclick"), Attribute);
        assert_eq!(sink_of("div", "data-label"), Attribute);
        // Datastar runs its plugins' `data-*` attributes as JavaScript.
        assert_eq!(sink_of("div", "data-style"), DatastarCode);
        assert_eq!(sink_of("div", "data-on-url"), DatastarCode);
    }

    #[test]
    fn front_end_library_attributes_come_before_the_html_tables() {
        // `:href` binds `href` to an expression; `x-bind:src` likewise; `script` is
        // _hyperscript's on any element.
        assert_eq!(sink_of("a", ":href"), AlpineOrVueCode);
        assert_eq!(sink_of("img", "x-bind:src"), AlpineCode);
        assert_eq!(sink_of("button", "SCRIPT"), HyperscriptCode);
        assert_eq!(sink_of("button", "HX-ON:CLICK"), HtmxCode);
        assert_eq!(sink_of("button", "hx-get"), RequestUrl);
        assert_eq!(sink_on_any_element("hx-get"), RequestUrl);
        assert_eq!(sink_on_any_element("@click"), AlpineOrVueCode);
        assert_eq!(sink_on_any_element("params"), KnockoutCode);
    }

    #[test]
    fn namespaced_attributes() {
        assert_eq!(sink_of("use", "xlink:href"), ResourceUrl);
        assert_eq!(sink_of("script", "xlink:href"), ResourceUrl);
        assert_eq!(sink_of("image", "xlink:href"), MediaUrl);
        assert_eq!(sink_of("a", "xlink:href"), Url);
        assert_eq!(sink_of("svg", "xml:base"), Url);
        assert_eq!(sink_of("svg", "xml:lang"), Attribute);
        assert_eq!(sink_of("svg", "xmlns:xlink"), LiteralOnly);
        assert_eq!(sink_of("svg", "XMLNS:foo"), LiteralOnly);
        assert_eq!(sink_of("a", "xlink:title"), Attribute);
        assert_eq!(sink_of("a", "xlink:onclick"), EventHandler);
    }

    #[test]
    fn url_looking_names_fail_closed() {
        assert_eq!(sink_of("my-el", "avatar-url"), Url);
        assert_eq!(sink_of("my-el", "callbackUri"), Url);
        assert_eq!(sink_of("my-el", "lowsrc"), Url);
        assert_eq!(sink_of("my-el", "homehref"), Url);
        assert_eq!(sink_of("my-el", "label"), Attribute);
        assert_eq!(sink_of("div", "aria-label"), TrueFalseAttribute);
        assert_eq!(sink_of("div", "aria-x-href"), Url);
    }

    /// Enumerated attributes where leaving them out is not "off", by their keywords.
    #[test]
    fn keyword_attributes_are_found_on_every_element() {
        for name in [
            "aria-hidden",
            "ARIA-Expanded",
            "contenteditable",
            "draggable",
            "spellcheck",
            "writingsuggestions",
        ] {
            assert_eq!(sink_of("div", name), TrueFalseAttribute, "{name}");
            assert_eq!(sink_on_any_element(name), TrueFalseAttribute, "{name}");
        }
        assert_eq!(sink_of("p", "translate"), YesNoAttribute);
        assert_eq!(sink_of("p", "autocorrect"), OnOffAttribute);
        for element in ["form", "input", "select", "textarea"] {
            assert_eq!(
                sink_of(element, "autocomplete"),
                OnOffAttribute,
                "{element}"
            );
        }
        assert_eq!(sink_of("div", "autocomplete"), Attribute);
        assert_eq!(sink_on_any_element("autocomplete"), OnOffAttribute);
        assert_eq!(sink_of("div", "hidden"), Attribute);
    }
}
