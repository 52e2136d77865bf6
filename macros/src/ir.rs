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
}
