//! The sink table: every place a value can land in a page, and what may go there.
//!
//! A *sink* is where a value sits as the browser reads the page: text between tags, a URL
//! attribute, an event handler, a `<script>` body, … Each row of `sinks!` below names one,
//! with the names and elements it matches (and the spec it follows), what a literal written
//! there must satisfy, and the runtime entry point and trait that write a value computed at
//! run time. The macro classifies every value into a [`Sink`] and generates the call the row
//! names; the runtime's spread builder refuses names by the same rows. This table is the only
//! place sinks are listed: a new row is a new sink, and rustc points at whatever must handle it.

use crate::attribute::keywords;
use crate::url::{self, Split};

/// Declares the sinks, one row each, and the table behind [`Sink::row`].
macro_rules! sinks {
    ($($(#[doc = $doc:literal])* $sink:ident => $row:expr,)*) => {
        /// Every place a value can land in a page; see the [module](self) and [`Sink::row`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Sink {
            $($(#[doc = $doc])* $sink,)*
        }

        impl Sink {
            /// Every sink, in the table's order.
            pub const ALL: &'static [Sink] = &[$(Sink::$sink,)*];

            /// This sink's row of the table: what a literal must satisfy and how a value
            /// computed at run time is written, or why only a literal may stand here.
            #[must_use]
            pub const fn row(self) -> Row {
                match self {
                    $(Sink::$sink => $row,)*
                }
            }
        }
    };
}

sinks! {
    // ---- Element content (HTML §13.1.2 "Elements": what each kind of element may hold) ----

    /// Between the tags of an element that holds markup (HTML §13.1.2, normal elements).
    Text => Row {
        site: Site::Content,
        literal: Literal::Any,
        dynamic: spliced("text", "RenderOnce"),
    },
    /// Inside `<title>` or `<textarea>`, which hold only text (HTML §13.1.2.5, escapable raw
    /// text elements).
    EscapableRawText => Row {
        site: Site::Content,
        literal: Literal::Any,
        dynamic: spliced("escapable_raw_text", "RenderOnce"),
    },
    /// The body of an HTML `<script>` of a JavaScript type, or `module` (HTML §4.12.1.1).
    Script => Row {
        site: Site::Content,
        literal: Literal::Script,
        dynamic: entry("script", "RenderScript"),
    },
    /// The body of a `<script type="application/json">` or `application/ld+json` data block
    /// (HTML §4.12.1.2).
    JsonData => Row {
        site: Site::Content,
        literal: Literal::Json,
        dynamic: entry("json_script", "RenderJsonScript"),
    },
    /// The body of a `<script type="importmap">` (HTML §8.1.5.4) or `speculationrules`
    /// (Speculation Rules §2): JSON the browser acts on.
    BrowserJson => Row {
        site: Site::Content,
        literal: Literal::Json,
        dynamic: literal_only("this `<script>` decides what the page loads, so it takes only a literal; write its JSON as a string literal"),
    },
    /// The body of an HTML `<style>` (HTML §4.2.6).
    StyleSheet => Row {
        site: Site::Content,
        literal: Literal::StyleSheet,
        dynamic: entry("style_sheet", "RenderStyleSheet"),
    },
    /// The body of an SVG or MathML `<script>` or `<style>`: parsed as markup, where character
    /// references are decoded, then run as code (HTML §13.2.6.5, foreign content).
    ForeignCode => Row {
        site: Site::Content,
        literal: Literal::Any,
        dynamic: literal_only("`{...}` cannot be used inside an SVG or MathML `<{element}>`: the parser reads it as markup, not as code; use an HTML `<{element}>` outside the `<svg>` or `<math>`"),
    },
    /// The text of a `<!-- comment -->` (HTML §13.1.6).
    Comment => Row {
        site: Site::Content,
        literal: Literal::Comment,
        dynamic: literal_only("comments take only literal text: a value could end the comment early; write the text as a string literal, or use a Rust `//` comment"),
    },
    /// `csrf={…}` on a `<form>`: the hidden token field, written as the form's first child.
    CsrfField => Row {
        site: Site::Content,
        literal: Literal::Never {
            message: "`csrf` takes `{token}` (a `vetted::csrf::CsrfField`), `{vetted::csrf::FetchMetadata}` or `false`",
        },
        dynamic: entry("csrf", "CsrfProtection"),
    },
    /// `csrf={…}` on a `<form>` whose fields go to an address chosen at run time (`action={…}`,
    /// a `formaction={…}` inside it, a request URL of htmx's that is not a path on this site),
    /// where a token field would go with them: only the server's own check
    /// (`vetted::csrf::FetchMetadata`), which writes nothing.
    CsrfCheckedByServer => Row {
        site: Site::Content,
        literal: Literal::Never {
            message: "`csrf` takes `{token}` (a `vetted::csrf::CsrfField`), `{vetted::csrf::FetchMetadata}` or `false`",
        },
        dynamic: entry("csrf_checked_by_server", "CheckedByServer"),
    },

    // ---- Attribute values (HTML "Index: Attributes"; SVG 2; MathML Core) ----

    /// An attribute whose value is only text: every name the other rows do not match, such as
    /// `class`, `title`, `alt` and `data-*` (but `data-*url*`).
    Attribute => Row {
        site: Site::Attribute { spread: Spread::Text, parts: Parts::Text },
        literal: Literal::Any,
        dynamic: entry("attribute", "RenderAttribute"),
    },
    /// An enumerated attribute whose keywords are `true` and `false`, where leaving it out
    /// does not mean `false`: `aria-*` (WAI-ARIA 1.2 §6.2), `contenteditable`, `draggable`,
    /// `spellcheck` and `writingsuggestions` (HTML §6.8.2, §6.10.1, §6.8.11, §6.8.12). A `bool`
    /// writes its keyword.
    TrueFalseAttribute => Row {
        site: Site::Attribute { spread: Spread::Keywords(&keywords::TRUE_FALSE), parts: Parts::Text },
        literal: Literal::Any,
        dynamic: entry("true_false_attribute", "RenderAttribute"),
    },
    /// `translate`, whose keywords are `yes` and `no` (HTML §3.2.6.5).
    YesNoAttribute => Row {
        site: Site::Attribute { spread: Spread::Keywords(&keywords::YES_NO), parts: Parts::Text },
        literal: Literal::Any,
        dynamic: entry("yes_no_attribute", "RenderAttribute"),
    },
    /// `autocomplete` on form controls and forms, and `autocorrect`, whose keywords are `on`
    /// and `off` (HTML §4.10.18.7.1, §6.8.7).
    OnOffAttribute => Row {
        site: Site::Attribute { spread: Spread::Keywords(&keywords::ON_OFF), parts: Parts::Text },
        literal: Literal::Any,
        dynamic: entry("on_off_attribute", "RenderAttribute"),
    },
    /// A URL that is followed or submitted to: `href`, `action`, `cite`, `src` of elements that
    /// do not load it as a resource, `data-*url*` and other URL-looking names (HTML §2.4.1).
    Url => Row {
        site: Site::Attribute { spread: Spread::TrustedUrl, parts: Parts::Url { fixed: Fixed::Scheme } },
        literal: Literal::Urls { allowed: url::is_safe_url, split: Split::Whole },
        dynamic: entry("url", "RenderUrl"),
    },
    /// Space-separated URLs: `ping` (HTML §4.6.5) and the obsolete `archive` and `profile`.
    UrlList => Row {
        site: Site::Attribute { spread: Spread::TrustedUrl, parts: Parts::Refused { message: LIST } },
        literal: Literal::Urls { allowed: url::is_safe_url, split: Split::Whitespace },
        dynamic: entry("url_list", "RenderUrl"),
    },
    /// A URL loaded as passive media: `img src`, `video poster`, `audio src`, `track src`,
    /// SVG `<image href>` (HTML §4.8).
    MediaUrl => Row {
        site: Site::Attribute { spread: Spread::TrustedUrl, parts: Parts::Url { fixed: Fixed::Scheme } },
        literal: Literal::Urls { allowed: url::is_safe_media_url, split: Split::Whole },
        dynamic: entry("media_url", "RenderUrl"),
    },
    /// An image candidate list: `srcset`, `imagesrcset` (HTML §4.8.4.2).
    SrcSet => Row {
        site: Site::Attribute { spread: Spread::TrustedUrl, parts: Parts::Refused { message: LIST } },
        literal: Literal::Urls { allowed: url::is_safe_media_url, split: Split::SrcSet },
        dynamic: entry("srcset", "RenderUrl"),
    },
    /// `formaction`, where a button submits its form (HTML §4.10.18.6): a URL, never spread,
    /// since a form's CSRF check relies on where it submits.
    FormAction => Row {
        site: Site::Attribute { spread: Spread::Refused { reason: SUBMISSION }, parts: Parts::Url { fixed: Fixed::Scheme } },
        literal: Literal::Urls { allowed: url::is_safe_url, split: Split::Whole },
        dynamic: entry("url", "RenderUrl"),
    },
    /// `formmethod`, how a button submits its form (HTML §4.10.18.6): text, never spread.
    FormMethod => Row {
        site: Site::Attribute { spread: Spread::Refused { reason: SUBMISSION }, parts: Parts::Text },
        literal: Literal::Any,
        dynamic: entry("attribute", "RenderAttribute"),
    },
    /// A URL loaded as code or as a document: `script src`, `iframe src`, `embed src`,
    /// `object data`, `link href`, `base href`, SVG `<use href>`, `manifest` (HTML §4.12.1,
    /// §4.8.5–4.8.7, §4.2.4).
    ResourceUrl => Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: "it loads code or a document; write it literally with a `vetted::TrustedResourceUrl`" },
            parts: Parts::Refused { message: "`{name}` loads code or a document, so it cannot be built from parts; build a `vetted::TrustedResourceUrl`, e.g. `trusted_resource_url!(\"/js/\").join(version)?`" },
        },
        literal: Literal::ResourceUrl,
        dynamic: entry("resource_url", "RenderResourceUrl"),
    },
    /// An event handler: any `on*` name, in any case, on any element (HTML §8.1.8.1).
    EventHandler => Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: "it runs as JavaScript; write it literally with a `vetted::TrustedScript`" },
            parts: Parts::Refused { message: "`{name}` cannot be built from parts: every part would run as JavaScript; use `vetted::trusted_script!(\"...\")` and pass data in a `data-*` attribute" },
        },
        literal: Literal::Any,
        dynamic: entry("event_handler", "RenderEventHandler"),
    },
    /// Inline CSS declarations: `style` (HTML §3.2.6; CSS Style Attributes).
    Style => Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: "CSS can load URLs; write it literally with a `vetted::TrustedStyle`" },
            parts: Parts::Refused { message: "`{name}` cannot be built from parts; build a `vetted::TrustedStyle::new(format!(...))?`, or toggle a `class`" },
        },
        literal: Literal::Style,
        dynamic: entry("style", "RenderStyle"),
    },
    /// A whole HTML document: `iframe srcdoc` (HTML §4.8.5).
    Srcdoc => Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: "it holds a whole document; write it literally with an `Html` value" },
            parts: Parts::Refused { message: ONE_VALUE },
        },
        literal: Literal::Any,
        dynamic: entry("srcdoc", "RenderSrcdoc"),
    },
    /// A CSP nonce: `nonce` (HTML §3.2.6.4; CSP 3 §6.7.3), which decides which inline scripts
    /// and styles run, and htmx's `hx-nonce`, which decides which elements htmx 4's `hx-csp`
    /// extension processes.
    Nonce => Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: "a nonce must match the response's CSP; write `nonce={nonce}` or `@nonce = nonce;`" },
            parts: Parts::Refused { message: ONE_VALUE },
        },
        literal: Literal::Never {
            message: "a literal `{name}` is the same on every response, so an attacker can copy it; pass a fresh `vetted::csp::Nonce` as `{name}={nonce}`, or stamp one with `@nonce = nonce;`",
        },
        dynamic: entry("nonce", "RenderNonce"),
    },
    /// A value that changes how the browser reads the page: `http-equiv` and `content` of
    /// `<meta>` (HTML §4.2.5.3), `charset`, `is`, `xmlns` and `xmlns:*`, `script type` and
    /// `language`, `iframe sandbox`, `allow` and `csp`, `template shadowrootmode`, MathML
    /// `annotation-xml encoding`, SVG `attributeName`.
    LiteralOnly => Row {
        site: Site::Attribute { spread: Spread::Refused { reason: READS_THE_PAGE }, parts: Parts::Refused { message: ONE_VALUE } },
        literal: Literal::Any,
        dynamic: literal_only("`{name}` takes only a literal value: it changes how the browser reads the page; write the value as a string literal"),
    },
    /// Any attribute of `<base>` but its URL: it changes how every URL on the page resolves
    /// (HTML §4.2.3).
    DocumentBase => Row {
        site: Site::Attribute { spread: Spread::Refused { reason: READS_THE_PAGE }, parts: Parts::Refused { message: ONE_VALUE } },
        literal: Literal::Any,
        dynamic: literal_only("`<base>` changes how every URL on the page resolves, so `{name}` takes only a literal value; write it as a string literal"),
    },
    /// The `content` of a `<meta http-equiv="refresh">`: a delay and the URL the page
    /// redirects to (HTML §4.2.5.3, the shared declarative refresh steps).
    Refresh => Row {
        site: Site::Attribute { spread: Spread::Refused { reason: READS_THE_PAGE }, parts: Parts::Refused { message: ONE_VALUE } },
        literal: Literal::Urls { allowed: url::is_safe_url, split: Split::Refresh },
        dynamic: literal_only("`{name}` takes only a literal value: it changes how the browser reads the page; write the value as a string literal"),
    },
    /// The `;`-separated `values` of an SVG `<animate>`, `<animateColor>` or
    /// `<animateTransform>`, each of which may become an `href` (SVG Animations §2.4).
    AnimationValues => Row {
        site: Site::Attribute { spread: Spread::Refused { reason: READS_THE_PAGE }, parts: Parts::Refused { message: ONE_VALUE } },
        literal: Literal::Urls { allowed: url::is_safe_url, split: Split::Semicolons },
        dynamic: literal_only("`{name}` of an SVG animation can set an `href` to each of its items, so it takes only a literal; write the list as a string literal"),
    },

    // ---- Attributes that front-end libraries read (rules/src/library.rs cites each) ----

    /// An htmx attribute whose value runs as JavaScript: `hx-on*` in every spelling,
    /// `hx-trigger`, `hx-vars`, `hx-request`, `hx-config`, `hx-confirm`, `hx-boost`, `hx-ext`
    /// and every `hx-*` (or `data-hx-*`) name not known to be inert
    /// (<https://htmx.org/reference/>).
    HtmxCode => library_code("htmx_code", "RenderLibraryCode<Htmx>", "htmx runs it as JavaScript; write it literally, with a `vetted::TrustedScript` for code"),
    /// `hx-vals`, `hx-headers`: JSON, or JavaScript after a `js:` prefix
    /// (<https://htmx.org/attributes/hx-vals/>). A `vetted::Json` object can never start with
    /// `js:`.
    HtmxJson => Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: "htmx runs it as JavaScript when it starts with `js:`; write it literally, with a `vetted::Json` value" },
            parts: Parts::Refused { message: LIBRARY_PARTS },
        },
        literal: Literal::Any,
        dynamic: entry("htmx_json", "RenderLibraryJson<Htmx>"),
    },
    /// A URL that htmx fetches and whose response it swaps into the page, scripts included:
    /// `hx-get`, `hx-post`, `hx-put`, `hx-patch`, `hx-delete`, htmx 4's `hx-action`
    /// (<https://htmx.org/attributes/hx-get/>). Stricter than a link: a literal stays on the
    /// page's site or names an `https://` origin; a value stays on the site, or is a
    /// `vetted::TrustedResourceUrl`.
    RequestUrl => Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: "htmx fetches it and swaps the response into the page; write it literally, or with a `vetted::TrustedResourceUrl`" },
            parts: Parts::Url { fixed: Fixed::Origin },
        },
        literal: Literal::RequestUrl,
        dynamic: entry("request_url", "RenderRequestUrl"),
    },
    /// `csrf={…}` on an element that sends a state-changing htmx request (`hx-post`, `hx-put`,
    /// `hx-patch`, `hx-delete`): the token travels with the request as `hx-vals`
    /// (<https://htmx.org/attributes/hx-vals/>).
    HtmxCsrf => Row {
        site: Site::StartTag,
        literal: Literal::Never {
            message: "`csrf` takes `{token}` (a `vetted::csrf::CsrfField`), `{vetted::csrf::FetchMetadata}` or `false`",
        },
        dynamic: entry("htmx_csrf", "CsrfProtection"),
    },
    /// `csrf={…}` on an element that sends a state-changing htmx request where no token may
    /// go: the element sets `hx-vals` itself, or sends the request to an address chosen at run
    /// time. Only the server's own check (`vetted::csrf::FetchMetadata`).
    HtmxCsrfCheckedByServer => Row {
        site: Site::StartTag,
        literal: Literal::Never {
            message: "`csrf` takes `{token}` (a `vetted::csrf::CsrfField`), `{vetted::csrf::FetchMetadata}` or `false`",
        },
        dynamic: entry("htmx_csrf_checked_by_server", "CheckedByServer"),
    },
    /// An Alpine.js directive: every `x-*` name but the inert ones (`x-cloak`, `x-ref`,
    /// `x-transition*`, …) (<https://alpinejs.dev/start-here>).
    AlpineCode => library_code("alpine_code", "RenderLibraryCode<Alpine>", "Alpine runs it as JavaScript; write it literally, with a `vetted::TrustedScript` for code"),
    /// `@event` and `:attribute`, the shorthands of both Alpine and Vue
    /// (<https://alpinejs.dev/directives/on>, <https://vuejs.org/api/built-in-directives.html#v-on>).
    AlpineOrVueCode => library_code("alpine_or_vue_code", "RenderLibraryCode<AlpineOrVue>", "Alpine and Vue run it as JavaScript; write it literally, with a `vetted::TrustedScript` for code"),
    /// A Vue 3 or petite-vue directive: every `v-*` name but `v-cloak`, `v-once`, `v-pre` and
    /// `v-else`, and the shorthands `.prop` and `#slot` (<https://vuejs.org/api/built-in-directives.html>).
    VueCode => library_code("vue_code", "RenderLibraryCode<Vue>", "Vue runs it as JavaScript; write it literally, with a `vetted::TrustedScript` for code"),
    /// An AngularJS directive: `ng-*` in every spelling AngularJS normalizes (`ng:x`, `ng_x`,
    /// `data-ng-x`, `x-ng-x`) but `ng-cloak` and `ng-non-bindable`
    /// (<https://docs.angularjs.org/guide/directive#normalization>).
    AngularCode => library_code("angular_code", "RenderLibraryCode<AngularJS>", "AngularJS runs it as JavaScript; write it literally, with a `vetted::TrustedScript` for code"),
    /// Knockout's `data-bind`, and `params` on a custom element
    /// (<https://knockoutjs.com/documentation/binding-syntax.html>).
    KnockoutCode => library_code("knockout_code", "RenderLibraryCode<Knockout>", "Knockout runs it as JavaScript; write it literally, with a `vetted::TrustedScript` for code"),
    /// _hyperscript's `_`, `script`, `data-script` (and the older `hs`, `data-hs`)
    /// (<https://hyperscript.org/docs/>).
    HyperscriptCode => library_code("hyperscript_code", "RenderLibraryCode<Hyperscript>", "_hyperscript runs it as code; write it literally, with a `vetted::TrustedScript` for code"),
    /// A Datastar plugin attribute: `data-on:*`/`data-on-*`, `data-signals*`, `data-text`,
    /// `data-show`, `data-class*`, `data-attr*`, … (<https://data-star.dev/reference/attributes>).
    DatastarCode => library_code("datastar_code", "RenderLibraryCode<Datastar>", "Datastar runs it as JavaScript; write it literally, with a `vetted::TrustedScript` for code"),

    // ---- A value built from parts: `href=("/users/" {id} "/edit")`, `id=("item-" {id})` ----

    /// A dynamic part of a plain attribute built from parts: text, attribute-escaped.
    AttributePart => Row {
        site: Site::Part,
        literal: Literal::Any,
        dynamic: entry("attribute_part", "RenderPart"),
    },

    /// A dynamic part before any `?` or `#`: one path segment.
    UrlPath => Row {
        site: Site::Part,
        literal: Literal::Any,
        dynamic: entry("url_path", "RenderPart"),
    },
    /// A dynamic part after a `?`: one query key or value.
    UrlQuery => Row {
        site: Site::Part,
        literal: Literal::Any,
        dynamic: entry("url_query", "RenderPart"),
    },
    /// A dynamic part after a `#`: fragment text.
    UrlFragment => Row {
        site: Site::Part,
        literal: Literal::Any,
        dynamic: entry("url_fragment", "RenderPart"),
    },

    // ---- A start tag ----

    /// `..{attrs}`: attributes chosen at run time, each name checked by [`Sink::spread`] when
    /// it is added.
    Spread => Row {
        site: Site::StartTag,
        literal: Literal::Never { message: "a spread is written `..{attrs}`, with a `vetted::Attributes` value" },
        dynamic: entry("spread", "RenderSpread"),
    },
}

/// The message for attributes that hold one value and cannot be built from parts.
const ONE_VALUE: &str = "`{name}` cannot be built from parts: only URLs and attributes that hold plain text can; write `{name}={value}` with one value";

/// The message for URL lists, which cannot be built from parts.
const LIST: &str = "`{name}` is a list of URLs and cannot be built from parts; pass the whole list as `{name}={value}`, checked when rendered";

/// The message for a front-end library's attribute, which cannot be built from parts.
const LIBRARY_PARTS: &str = "`{name}` cannot be built from parts: a front-end library on the page reads it as code; write it literally, with a `vetted::TrustedScript` for code, and pass data in a `data-*` attribute or as `vetted::Json`";

/// The row of an attribute that a front-end library runs as code: a literal is the author's
/// code; a value must be a `vetted::TrustedScript` (or `vetted::Json`, which is data in every
/// expression), through `function`.
const fn library_code(function: &'static str, bound: &'static str, spread: &'static str) -> Row {
    Row {
        site: Site::Attribute {
            spread: Spread::Refused { reason: spread },
            parts: Parts::Refused {
                message: LIBRARY_PARTS,
            },
        },
        literal: Literal::Any,
        dynamic: entry(function, bound),
    }
}

/// Why `formaction` and `formmethod` cannot be spread.
const SUBMISSION: &str =
    "it decides where and how a form submits, which its CSRF check relies on; write it literally";

/// Why a literal-only attribute cannot be spread.
const READS_THE_PAGE: &str = "it changes how the page is read; write it literally";

/// One row of the table: see [`Sink::row`].
///
/// Messages are templates: the macro puts the attribute's name for `{name}` and the
/// element's for `{element}`; every other brace is shown as it is.
///
/// ```
/// use vetted_rules::sink::{Dynamic, Sink};
/// assert!(matches!(Sink::Url.row().dynamic, Dynamic::Entry { function: "url", bound: "RenderUrl", .. }));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// Where the value is written, which decides what its entry point is given.
    pub site: Site,
    /// What a literal written here must satisfy, checked by the macro at compile time.
    pub literal: Literal,
    /// How a value computed at run time is written, or why only a literal may stand here.
    pub dynamic: Dynamic,
}

/// Where a sink's value is written.
///
/// ```
/// use vetted_rules::sink::{Site, Sink};
/// assert!(matches!(Sink::Text.row().site, Site::Content));
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Site {
    /// Between an element's tags; the entry point gets the value and the buffer.
    Content,
    /// An attribute's value; the entry point also gets the attribute's start, ` name="`.
    Attribute {
        /// Whether a spread (`vetted::Attributes`) may carry the attribute.
        spread: Spread,
        /// Whether the value may be built from parts, `name=("/users/" {id})`.
        parts: Parts,
    },
    /// Inside an attribute value built from parts; the entry point gets the value and the
    /// buffer.
    Part,
    /// Among a start tag's attributes; the entry point also gets the names of the element's
    /// literal attributes, which win over the spread's.
    StartTag,
}

/// Whether a spread (`vetted::Attributes`) may carry an attribute.
///
/// ```
/// use vetted_rules::sink::{Sink, Spread};
/// assert!(matches!(Sink::Url.spread(), Spread::TrustedUrl));
/// assert!(matches!(Sink::TrueFalseAttribute.spread(), Spread::Keywords(["true", "false"])));
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Spread {
    /// Any text, escaped (`Attributes::set`).
    Text,
    /// Any text, and for a flag (`Attributes::set_flag`, or a `bool` in the template) the
    /// "on" keyword of these two, "on" then "off": the attribute is enumerated, and leaving it
    /// out does not mean "off".
    Keywords(&'static [&'static str; 2]),
    /// Only a `vetted::TrustedUrl` (`Attributes::set_url`).
    TrustedUrl,
    /// Never: `reason` says why and what to write instead.
    Refused {
        /// Why, in a few words.
        reason: &'static str,
    },
}

/// Whether an attribute's value may be built from parts, `name=("/users/" {id})`.
///
/// ```
/// use vetted_rules::sink::{Parts, Site, Sink};
/// assert!(matches!(Sink::Url.row().site, Site::Attribute { parts: Parts::Url { .. }, .. }));
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Parts {
    /// Yes, as a URL: its literal start must fix what `fixed` says, and its literals leave a
    /// value no way past its component ([`url::parts_problem`]); each dynamic part is a
    /// [`Sink::UrlPath`], [`Sink::UrlQuery`] or [`Sink::UrlFragment`] by where it sits, and
    /// percent-encoded as such.
    Url {
        /// What the literal start must fix.
        fixed: Fixed,
    },
    /// Yes, as text: each dynamic part is a [`Sink::AttributePart`], attribute-escaped.
    Text,
    /// No: `message` says what to write instead.
    Refused {
        /// The error's text (a template, see [`Row`]).
        message: &'static str,
    },
}

/// What the literal start of a URL built from parts must fix, so no dynamic part can change it.
///
/// ```
/// use vetted_rules::sink::Fixed;
/// assert!(Fixed::Scheme.holds("https:") && !Fixed::Origin.holds("https:"));
/// assert!(Fixed::Origin.holds("/items/") && Fixed::Origin.holds("https://api.example/"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fixed {
    /// The scheme: an allowed one, or none ([`url::fixes_scheme`]).
    Scheme,
    /// The origin: a path on this site, a query, a fragment, or `https://host/`
    /// ([`url::fixes_origin`]).
    Origin,
}

impl Fixed {
    /// Whether `prefix`, the literal start of a URL, fixes this.
    #[must_use]
    pub fn holds(self, prefix: &str) -> bool {
        match self {
            Fixed::Scheme => url::fixes_scheme(prefix),
            Fixed::Origin => url::fixes_origin(prefix),
        }
    }
}

/// What a literal must satisfy.
///
/// ```
/// use vetted_rules::sink::{Literal, Sink};
/// assert!(matches!(Sink::Script.row().literal, Literal::Script));
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Literal {
    /// Anything: the author's own text or code, escaped for where it sits.
    Any,
    /// Each URL in the value, as `split` finds them, passes `allowed` (see [`crate::url`]);
    /// the value is escaped.
    Urls {
        /// The URL policy.
        allowed: fn(&str) -> bool,
        /// Where the value's URLs are.
        split: Split,
    },
    /// A URL that fixes where code comes from: [`url::is_safe_resource_literal`].
    ResourceUrl,
    /// A URL fetched and swapped into the page: [`url::is_safe_request_literal`].
    RequestUrl,
    /// CSS declarations that pass [`crate::code::style_problem`].
    Style,
    /// Script written as it is: nothing [`crate::code::script_breakout`] finds.
    Script,
    /// JSON written as it is: valid JSON ([`crate::json::json_problem`]) without `<`.
    Json,
    /// A style sheet written as it is: nothing [`crate::code::style_sheet_breakout`] finds.
    StyleSheet,
    /// Comment text that passes [`crate::code::comment_problem`].
    Comment,
    /// No literal may stand here: `message` says what to write instead.
    Never {
        /// The error's text (a template, see [`Row`]).
        message: &'static str,
    },
}

/// How a value computed at run time is written.
///
/// ```
/// use vetted_rules::sink::{Dynamic, Sink};
/// assert!(matches!(Sink::Comment.row().dynamic, Dynamic::LiteralOnly { .. }));
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Dynamic {
    /// By `vetted::__private::{function}`, whose value must implement `vetted`'s `{bound}`:
    /// a sealed trait whose `on_unimplemented` message names the safe type to use.
    Entry {
        /// The entry point in `vetted::__private`.
        function: &'static str,
        /// The trait it bounds the value by.
        bound: &'static str,
        /// How the value is handed to it.
        pass: Pass,
    },
    /// Not at all: only a literal may stand here, and `message` says why.
    LiteralOnly {
        /// The error's text (a template, see [`Row`]).
        message: &'static str,
    },
}

/// How a value reaches its entry point.
///
/// ```
/// use vetted_rules::sink::{Dynamic, Pass, Sink};
/// assert!(matches!(Sink::Text.row().dynamic, Dynamic::Entry { pass: Pass::Spliced, .. }));
/// assert!(matches!(Sink::Url.row().dynamic, Dynamic::Entry { pass: Pass::Borrowed, .. }));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// Borrowed, `&(value)`: the entry point takes `&T` and the value is never moved.
    Borrowed,
    /// As `(value).__vetted_splice()`, which method resolution makes the value itself when it
    /// is rendered by value (`vetted::RenderOnce`: a `lazy!` template or component that owns
    /// what it renders) and a borrow of it otherwise; the entry point takes `T`.
    Spliced,
}

const fn entry(function: &'static str, bound: &'static str) -> Dynamic {
    Dynamic::Entry {
        function,
        bound,
        pass: Pass::Borrowed,
    }
}

const fn spliced(function: &'static str, bound: &'static str) -> Dynamic {
    Dynamic::Entry {
        function,
        bound,
        pass: Pass::Spliced,
    }
}

const fn literal_only(message: &'static str) -> Dynamic {
    Dynamic::LiteralOnly { message }
}

impl Sink {
    /// Whether a spread may carry this sink's attribute. Only attribute sinks are ever
    /// looked up by name; the others are refused.
    ///
    /// ```
    /// use vetted_rules::sink::{Sink, Spread};
    /// assert!(matches!(Sink::Attribute.spread(), Spread::Text));
    /// assert!(matches!(Sink::EventHandler.spread(), Spread::Refused { .. }));
    /// ```
    #[must_use]
    pub const fn spread(self) -> Spread {
        match self.row().site {
            Site::Attribute { spread, .. } => spread,
            Site::Content | Site::Part | Site::StartTag => Spread::Refused {
                reason: "it is not an attribute",
            },
        }
    }
}

impl Sink {
    /// Whether this sink's attribute may be built from parts. Only attribute sinks have
    /// attributes; the others are refused.
    ///
    /// ```
    /// use vetted_rules::sink::{Parts, Sink};
    /// assert!(matches!(Sink::MediaUrl.parts(), Parts::Url { .. }));
    /// assert!(matches!(Sink::Style.parts(), Parts::Refused { .. }));
    /// ```
    #[must_use]
    pub const fn parts(self) -> Parts {
        match self.row().site {
            Site::Attribute { parts, .. } => parts,
            Site::Content | Site::Part | Site::StartTag => Parts::Refused { message: ONE_VALUE },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_each_sink_once_in_declaration_order() {
        for (index, sink) in Sink::ALL.iter().enumerate() {
            assert_eq!(*sink as usize, index, "{sink:?}");
        }
    }

    #[test]
    fn message_templates_name_only_known_placeholders() {
        let messages = Sink::ALL.iter().flat_map(|sink| {
            let row = sink.row();
            let mut messages = alloc::vec::Vec::new();
            if let Dynamic::LiteralOnly { message } = row.dynamic {
                messages.push(message);
            }
            if let Literal::Never { message } = row.literal {
                messages.push(message);
            }
            if let Site::Attribute { spread, parts } = row.site {
                if let Spread::Refused { reason } = spread {
                    messages.push(reason);
                }
                if let Parts::Refused { message } = parts {
                    messages.push(message);
                }
            }
            messages
        });
        for message in messages {
            assert!(!message.is_empty());
            for (at, _) in message.match_indices('{') {
                let rest = &message[at..];
                assert!(
                    [
                        "{name}",
                        "{element}",
                        "{value}",
                        "{nonce}",
                        "{token}",
                        "{vetted::",
                        "{attrs}",
                        "{...}"
                    ]
                    .iter()
                    .any(|known| rest.starts_with(known)),
                    "unexpected brace in {message:?}"
                );
            }
        }
    }
}
