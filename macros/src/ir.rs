//! What `check` hands `generate`: markup already escaped and every value with its context.

use proc_macro2::{Span, TokenStream};
use syn::{Expr, Pat};

pub(crate) struct Template {
    pub(crate) krate: TokenStream,
    pub(crate) parts: Vec<Part>,
}

pub(crate) enum Part {
    /// Markup ready to emit as it is.
    Static(String),
    /// A value escaped at run time for `ctx`; `span` is the user's `{...}`.
    Value {
        expr: Expr,
        ctx: Ctx,
        span: Span,
    },
    If {
        if_span: Span,
        cond: Expr,
        then: Vec<Part>,
        otherwise: Option<Vec<Part>>,
    },
    For {
        for_span: Span,
        pat: Pat,
        expr: Expr,
        body: Vec<Part>,
        /// Whether the body's Rust code has a `break` or `continue` that ends this loop's
        /// iteration early (found by the checker's jump check).
        exits_early: bool,
    },
    While {
        while_span: Span,
        cond: Expr,
        body: Vec<Part>,
    },
    Match {
        match_span: Span,
        expr: Expr,
        arms: Vec<Arm>,
    },
    Let(syn::Local),
    /// Parts in a Rust block of their own, so `@let` bindings end with it.
    Scope(Vec<Part>),
    /// A component: a struct built from its props, rendered as text-context `Render`; its
    /// children, if any, become a lazy template in the `children` field.
    Component(Component),
}

pub(crate) struct Component {
    pub(crate) path: syn::Path,
    pub(crate) props: Vec<(syn::Ident, TokenStream)>,
    pub(crate) children: Option<Vec<Part>>,
    /// The start tag, for errors about the whole component.
    pub(crate) span: Span,
}

pub(crate) struct Arm {
    pub(crate) pat: Pat,
    pub(crate) guard: Option<Expr>,
    pub(crate) body: Vec<Part>,
}

/// The escaping context of a dynamic value; each maps to one runtime entry point.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    /// Element content: `__private::text`.
    Text,
    /// `<title>`, `<textarea>`, which hold only text: `__private::escapable_raw_text`.
    EscapableRawText,
    /// A plain attribute value: `__private::attribute`, given ` name` (with its leading space).
    Attribute { name: String },
    /// A URL attribute with its policy: `__private::url`.
    Url { name: String, kind: UrlKind },
    /// An attribute that loads code or a document: `__private::resource_url`.
    ResourceUrl { name: String },
    /// An `on*` attribute: `__private::event_handler`.
    EventHandler { name: String },
    /// A `style` attribute: `__private::style`.
    Style { name: String },
    /// `srcdoc`: `__private::srcdoc`.
    Srcdoc { name: String },
    /// A CSP `nonce`: `__private::nonce`.
    Nonce { name: String },
    /// A form's CSRF protection, as its first child: `__private::csrf`.
    Csrf,
    /// A dynamic part of a URL built from parts: `__private::url_part`.
    UrlPart { component: UrlComponent },
    /// A JavaScript `<script>` body: `__private::script`.
    Script,
    /// A JSON `<script>` data block: `__private::json_script`.
    JsonScript,
    /// A `<style>` body: `__private::style_sheet`.
    StyleSheet,
    /// `..{attrs}`, after the literal attributes `written`: `__private::spread`.
    Spread { written: Vec<String> },
}

/// The runtime's `UrlKind`: which URL policy applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UrlKind {
    Navigation,
    List,
    Media,
    SrcSet,
}

/// The runtime's `UrlComponent`: where a URL part sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UrlComponent {
    Path,
    Query,
    Fragment,
}
