//! Element names the template language accepts, and how the HTML parser treats their content.

/// How the HTML parser treats an element's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    /// Ordinary element: children are parsed as markup.
    Normal,
    /// Void element: it has no end tag and can have no children.
    Void,
    /// Raw text element (`script`, `style`): content runs verbatim up to the end tag.
    RawText,
    /// Escapable raw text element (`textarea`, `title`): text and character references only.
    EscapableRawText,
    /// Obsolete raw text element that templates refuse (`xmp`, `plaintext`, `noembed`, `noframes`).
    Obsolete,
    /// `iframe`: the parser reads its content as raw text, so a template gives it no children.
    Opaque,
}

// WHATWG HTML §13.1.2 Elements (void, raw text and escapable raw text elements), plus the
// elements that §13.2.6.4.7 "in body" switches to raw text or PLAINTEXT parsing.
// Every element not listed here is `Content::Normal`.
const CONTENT: &[(&str, Content)] = &[
    ("area", Content::Void),
    ("base", Content::Void),
    ("br", Content::Void),
    ("col", Content::Void),
    ("embed", Content::Void),
    ("hr", Content::Void),
    ("iframe", Content::Opaque),
    ("img", Content::Void),
    ("input", Content::Void),
    ("link", Content::Void),
    ("meta", Content::Void),
    ("noembed", Content::Obsolete),
    ("noframes", Content::Obsolete),
    ("plaintext", Content::Obsolete),
    ("script", Content::RawText),
    ("source", Content::Void),
    ("style", Content::RawText),
    ("textarea", Content::EscapableRawText),
    ("title", Content::EscapableRawText),
    ("track", Content::Void),
    ("wbr", Content::Void),
    ("xmp", Content::Obsolete),
];

// WHATWG HTML "Index: Elements", plus the obsolete raw text elements of §16.2 that the parser
// still special-cases. Other obsolete elements are left out on purpose: several of them are
// void to the parser (`param`, `keygen`, `frame`, ...) or rewritten by it (`image`).
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "menu",
    "meta",
    "meter",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "picture",
    "plaintext",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "selectedcontent",
    "slot",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "xmp",
];

// SVG 2 Appendix "Element Index" (with Filter Effects 1), plus the SVG 1.1 elements it dropped.
// SVG 1.1 `font` is left out: the HTML parser ends foreign content at `<font color|face|size>`.
const SVG_ELEMENTS: &[&str] = &[
    "a",
    "altGlyph",
    "altGlyphDef",
    "altGlyphItem",
    "animate",
    "animateColor",
    "animateMotion",
    "animateTransform",
    "circle",
    "clipPath",
    "color-profile",
    "cursor",
    "defs",
    "desc",
    "discard",
    "ellipse",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feImage",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
    "filter",
    "font-face",
    "font-face-format",
    "font-face-name",
    "font-face-src",
    "font-face-uri",
    "foreignObject",
    "g",
    "glyph",
    "glyphRef",
    "hkern",
    "image",
    "line",
    "linearGradient",
    "marker",
    "mask",
    "metadata",
    "missing-glyph",
    "mpath",
    "path",
    "pattern",
    "polygon",
    "polyline",
    "radialGradient",
    "rect",
    "script",
    "set",
    "stop",
    "style",
    "svg",
    "switch",
    "symbol",
    "text",
    "textPath",
    "title",
    "tref",
    "tspan",
    "use",
    "view",
    "vkern",
];

// MathML Core §3 "Presentation Markup" and MathML 3 Chapter 3 "Presentation Markup"
// (including elementary math and the `semantics`/`annotation` elements of §5.1).
const MATHML_ELEMENTS: &[&str] = &[
    "annotation",
    "annotation-xml",
    "maction",
    "maligngroup",
    "malignmark",
    "math",
    "menclose",
    "merror",
    "mfenced",
    "mfrac",
    "mglyph",
    "mi",
    "mlabeledtr",
    "mlongdiv",
    "mmultiscripts",
    "mn",
    "mo",
    "mover",
    "mpadded",
    "mphantom",
    "mprescripts",
    "mroot",
    "mrow",
    "ms",
    "mscarries",
    "mscarry",
    "msgroup",
    "msline",
    "mspace",
    "msqrt",
    "msrow",
    "mstack",
    "mstyle",
    "msub",
    "msubsup",
    "msup",
    "mtable",
    "mtd",
    "mtext",
    "mtr",
    "munder",
    "munderover",
    "none",
    "semantics",
];

// WHATWG HTML §4.13.3 Core concepts: names a valid custom element name must not be.
const RESERVED_CUSTOM_NAMES: &[&str] = &[
    "annotation-xml",
    "color-profile",
    "font-face",
    "font-face-format",
    "font-face-name",
    "font-face-src",
    "font-face-uri",
    "missing-glyph",
];

// WHATWG HTML §16.2 Non-conforming features: elements removed from HTML, with what replaces
// them. Browsers still parse several of them specially, so they are refused by name with advice
// rather than offered as typo suggestions.
const OBSOLETE: &[(&str, &str)] = &[
    ("acronym", "use `<abbr>`"),
    ("applet", "use `<object>` or `<embed>`"),
    ("basefont", "use CSS (`font`)"),
    ("bgsound", "use `<audio>`"),
    ("big", "use CSS (`font-size`)"),
    ("blink", "use CSS animations"),
    ("center", "use CSS (`text-align: center`)"),
    ("dir", "use `<ul>`"),
    ("font", "use CSS (`font`, `color`)"),
    ("frame", "use `<iframe>`"),
    ("frameset", "use `<iframe>` or CSS layout"),
    ("isindex", "use a `<form>` with an `<input>`"),
    ("keygen", "generate keys with the Web Crypto API"),
    ("listing", "use `<pre>`"),
    ("marquee", "use CSS animations"),
    ("menuitem", "use `<button>` inside `<menu>`"),
    ("multicol", "use CSS columns"),
    ("nextid", "remove it"),
    ("nobr", "use CSS (`white-space: nowrap`)"),
    ("param", "pass parameters in the `<object>`'s `data` URL"),
    ("rb", "write the base text directly inside `<ruby>`"),
    ("rtc", "use `<rt>` for each annotation"),
    ("spacer", "use CSS margins"),
    ("strike", "use `<s>` or `<del>`"),
    ("tt", "use `<code>`, `<kbd>` or `<samp>`"),
];

/// What replaces the obsolete HTML element `name`, if it is one.
pub(crate) fn obsolete_replacement(name: &str) -> Option<&'static str> {
    OBSOLETE
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| OBSOLETE[i].1)
}

// WHATWG HTML §13.2.6.5 The rules for parsing tokens in foreign content: start tags that make
// the parser leave SVG or MathML content (`font` only with `color`, `face` or `size`; refused
// here in any form).
const FOREIGN_BREAKOUTS: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// Whether the start tag `name` ends SVG or MathML content in the parser.
pub(crate) fn breaks_out_of_foreign_content(name: &str) -> bool {
    FOREIGN_BREAKOUTS.binary_search(&name).is_ok()
}

/// How the parser treats the content of the HTML element `name`; `Normal` for unknown names.
pub(crate) fn content(name: &str) -> Content {
    CONTENT
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .map_or(Content::Normal, |i| CONTENT[i].1)
}

/// Whether `name` is an element of the HTML living standard (lowercase, case-sensitive).
pub(crate) fn is_html_element(name: &str) -> bool {
    HTML_ELEMENTS.binary_search(&name).is_ok()
}

/// Whether `name` is an SVG element, spelled as SVG spells it (`foreignObject`).
pub(crate) fn is_svg_element(name: &str) -> bool {
    SVG_ELEMENTS.binary_search(&name).is_ok()
}

/// Whether `name` is a MathML presentation element.
pub(crate) fn is_mathml_element(name: &str) -> bool {
    MATHML_ELEMENTS.binary_search(&name).is_ok()
}

/// Whether `name` is a valid custom element name (WHATWG HTML §4.13.3).
pub(crate) fn is_custom_element(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(is_pcen_char)
        && name.contains('-')
        && RESERVED_CUSTOM_NAMES.binary_search(&name).is_err()
}

// The PCENChar production of the custom element name grammar.
fn is_pcen_char(c: char) -> bool {
    matches!(c,
        '-' | '.' | '0'..='9' | '_' | 'a'..='z' | '\u{B7}'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{37D}'
        | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}' | '\u{203F}'..='\u{2040}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// Whether `name` is an HTML, SVG or MathML element or a valid custom element name.
pub(crate) fn is_known(name: &str) -> bool {
    is_html_element(name)
        || is_svg_element(name)
        || is_mathml_element(name)
        || is_custom_element(name)
}

/// The known HTML, SVG or MathML name closest to the unknown `name`, if one is close enough to
/// be a likely typo. A case-insensitive match wins outright; otherwise the smallest
/// Damerau-Levenshtein distance, ties going to the earliest name (HTML, then SVG, then MathML).
pub(crate) fn suggest(name: &str) -> Option<&'static str> {
    let wanted = name.to_ascii_lowercase();
    let candidates = || {
        HTML_ELEMENTS
            .iter()
            .chain(SVG_ELEMENTS)
            .chain(MATHML_ELEMENTS)
            .copied()
    };
    if let Some(exact) = candidates().find(|c| c.eq_ignore_ascii_case(&wanted)) {
        return Some(exact);
    }
    let mut best: Option<(usize, &'static str)> = None;
    for candidate in candidates() {
        let distance = strsim::damerau_levenshtein(&wanted, &candidate.to_ascii_lowercase());
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    let length = wanted.chars().count();
    best.filter(|&(d, _)| d <= 2 && d * 2 < length)
        .map(|(_, c)| c)
}

/// Whether a template may write `<name/>`: void elements, and SVG or MathML elements, since the
/// parser honours the self-closing flag in foreign content. A name that is also an HTML element
/// (`a`, `script`, `style`, `title`) follows the HTML rule, because the context is not known here.
pub(crate) fn may_self_close(name: &str) -> bool {
    if is_html_element(name) {
        content(name) == Content::Void
    } else {
        is_svg_element(name) || is_mathml_element(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted(table: &[&str]) {
        for pair in table.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{:?} must come before {:?}",
                pair[1],
                pair[0]
            );
        }
    }

    #[test]
    fn foreign_breakouts() {
        assert_sorted(FOREIGN_BREAKOUTS);
        assert!(breaks_out_of_foreign_content("p"));
        assert!(!breaks_out_of_foreign_content("path"));
    }

    #[test]
    fn obsolete_elements() {
        for pair in OBSOLETE.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{:?} before {:?}",
                pair[0].0,
                pair[1].0
            );
        }
        assert_eq!(
            obsolete_replacement("center"),
            Some("use CSS (`text-align: center`)")
        );
        assert_eq!(obsolete_replacement("div"), None);
        for (name, _) in OBSOLETE {
            assert!(!is_known(name), "{name} is both obsolete and known");
        }
    }

    #[test]
    fn tables_are_strictly_sorted() {
        let content_names: Vec<&str> = CONTENT.iter().map(|(n, _)| *n).collect();
        assert_sorted(&content_names);
        assert_sorted(HTML_ELEMENTS);
        assert_sorted(SVG_ELEMENTS);
        assert_sorted(MATHML_ELEMENTS);
        assert_sorted(RESERVED_CUSTOM_NAMES);
    }

    #[test]
    fn every_special_content_element_is_html() {
        for (name, _) in CONTENT {
            assert!(is_html_element(name), "{name}");
        }
    }

    #[test]
    fn html_names_are_lowercase_ascii() {
        for name in HTML_ELEMENTS
            .iter()
            .chain(MATHML_ELEMENTS)
            .chain(RESERVED_CUSTOM_NAMES)
        {
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{name}"
            );
        }
    }

    #[test]
    fn content_kinds() {
        for void in [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        ] {
            assert_eq!(content(void), Content::Void, "{void}");
        }
        for void in ["source", "track", "wbr"] {
            assert_eq!(content(void), Content::Void, "{void}");
        }
        assert_eq!(content("script"), Content::RawText);
        assert_eq!(content("style"), Content::RawText);
        assert_eq!(content("textarea"), Content::EscapableRawText);
        assert_eq!(content("title"), Content::EscapableRawText);
        for old in ["xmp", "plaintext", "noembed", "noframes"] {
            assert_eq!(content(old), Content::Obsolete, "{old}");
        }
        assert_eq!(content("iframe"), Content::Opaque);
        assert_eq!(content("div"), Content::Normal);
        assert_eq!(content("template"), Content::Normal);
        assert_eq!(content("param"), Content::Normal);
        assert_eq!(content("BR"), Content::Normal);
        assert_eq!(content("my-element"), Content::Normal);
    }

    #[test]
    fn html_elements() {
        for name in [
            "html", "head", "body", "template", "slot", "search", "menu", "dialog",
        ] {
            assert!(is_html_element(name), "{name}");
        }
        for name in [
            "noscript",
            "h1",
            "h6",
            "selectedcontent",
            "xmp",
            "plaintext",
            "a",
        ] {
            assert!(is_html_element(name), "{name}");
        }
        for name in [
            "svg", "math", "DIV", "Div", "image", "param", "frame", "center", "",
        ] {
            assert!(!is_html_element(name), "{name}");
        }
    }

    #[test]
    fn svg_elements() {
        for name in [
            "svg",
            "foreignObject",
            "linearGradient",
            "clipPath",
            "textPath",
        ] {
            assert!(is_svg_element(name), "{name}");
        }
        for name in [
            "animateMotion",
            "feGaussianBlur",
            "feDropShadow",
            "a",
            "script",
            "title",
        ] {
            assert!(is_svg_element(name), "{name}");
        }
        for name in ["foreignobject", "lineargradient", "div", "font", "math"] {
            assert!(!is_svg_element(name), "{name}");
        }
    }

    #[test]
    fn mathml_elements() {
        for name in [
            "math",
            "mi",
            "mfrac",
            "mmultiscripts",
            "mprescripts",
            "none",
        ] {
            assert!(is_mathml_element(name), "{name}");
        }
        for name in [
            "semantics",
            "annotation",
            "annotation-xml",
            "mlongdiv",
            "malignmark",
        ] {
            assert!(is_mathml_element(name), "{name}");
        }
        for name in ["apply", "ci", "svg", "div", "Math"] {
            assert!(!is_mathml_element(name), "{name}");
        }
    }

    #[test]
    fn custom_elements() {
        for name in [
            "my-element",
            "x-",
            "a-b",
            "my.el-1_2",
            "math-α",
            "emotion-😍",
        ] {
            assert!(is_custom_element(name), "{name}");
        }
        for name in [
            "div",
            "my_element",
            "My-element",
            "my-Element",
            "1-x",
            "-x",
            "",
            "x y-z",
        ] {
            assert!(!is_custom_element(name), "{name}");
        }
        for name in RESERVED_CUSTOM_NAMES {
            assert!(!is_custom_element(name), "{name}");
        }
    }

    #[test]
    fn known_names() {
        assert!(is_known("div"));
        assert!(is_known("feImage"));
        assert!(is_known("mrow"));
        assert!(is_known("my-widget"));
        assert!(is_known("font-face"));
        assert!(!is_known("blink"));
        assert!(!is_known("Div"));
        assert!(!is_known("feimage"));
    }

    #[test]
    fn suggestions() {
        assert_eq!(suggest("dvi"), Some("div"));
        assert_eq!(suggest("spam"), Some("span"));
        assert_eq!(suggest("DIV"), Some("div"));
        assert_eq!(suggest("foreignobject"), Some("foreignObject"));
        assert_eq!(suggest("lineargradient"), Some("linearGradient"));
        assert_eq!(suggest("buton"), Some("button"));
        assert_eq!(suggest("xyzzyq"), None);
        assert_eq!(suggest("sectoin"), Some("section"));
        assert_eq!(suggest("Mrow"), Some("mrow"));
        assert_eq!(suggest("zz"), None);
    }

    #[test]
    fn self_closing() {
        for name in ["br", "img", "input", "wbr"] {
            assert!(may_self_close(name), "{name}");
        }
        for name in ["circle", "path", "foreignObject", "mi", "mspace"] {
            assert!(may_self_close(name), "{name}");
        }
        for name in [
            "div", "span", "iframe", "textarea", "a", "script", "style", "title",
        ] {
            assert!(!may_self_close(name), "{name}");
        }
        assert!(!may_self_close("my-element"));
        assert!(!may_self_close("blink"));
    }
}
