//! What `check` hands `generate`: markup already escaped and every value with its sink.

use proc_macro2::{Span, TokenStream};
use syn::{Expr, Pat};
use vetted_rules::sink::Sink;

pub(crate) struct Template {
    pub(crate) krate: TokenStream,
    pub(crate) output: Output,
    pub(crate) parts: Vec<Part>,
}

/// What a template expands to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Output {
    /// `html!`: an `Html` of its own.
    Own,
    /// `lazy!`: a closure writing into the buffer of whoever renders it.
    Lazy,
}

pub(crate) enum Part {
    /// Markup ready to emit as it is.
    Static(String),
    /// A value written at run time by the entry point of `sink`'s row, given `args`; `span`
    /// is the user's `{...}`.
    Value {
        expr: Expr,
        sink: Sink,
        args: Args,
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
    /// The page's CSP nonce, which the buffer carries for templates rendered into it later.
    PageNonce(PageNonce),
    /// Parts in a Rust block of their own, so `@let` bindings end with it.
    Scope(Vec<Part>),
    /// A component: a struct built from its props, rendered as text-context `Render`; its
    /// children, if any, become a lazy template in the `children` field.
    Component(Component),
}

pub(crate) enum PageNonce {
    /// `@nonce = value;`: the buffer carries `value` (the variable holding it; the span is the
    /// user's expression) from here on.
    Declare(syn::Ident, proc_macro2::Span),
    /// On an element a nonce-based CSP or htmx reads: the attribute that starts with `start`
    /// (` nonce="`), holding the buffer's nonce if it carries one. A buffer `html!` made for
    /// itself carries one only if this template `declared` it; a caller's (`lazy!`, a
    /// component's children) may carry the page's.
    Stamp { start: String, declared: bool },
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

/// What a value's entry point gets besides the value and the buffer, by the sink's site.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Args {
    /// Nothing: content and URL parts.
    None,
    /// The attribute's start, ` name="`, written with one copy before the value.
    Start(String),
    /// The names of the element's literal attributes, which a spread's entries do not override.
    Written(Vec<String>),
}
