//! The template as written: every node and name keeps its span. Built by `parse.rs`.

// A template's tree is built once per expansion and walked once: boxing the larger variants
// would only add noise.
#![allow(clippy::large_enum_variant)]

use proc_macro2::{Span, TokenStream};
use syn::{Expr, LitStr, Pat};

pub(crate) struct Template {
    /// The path of the runtime crate, as the `html!` wrapper passed it (`$crate`).
    pub(crate) krate: TokenStream,
    pub(crate) nodes: Vec<Node>,
}

pub(crate) enum Node {
    Doctype(Doctype),
    Comment(Comment),
    Element(Element),
    Text(LitStr),
    Splice(Splice),
    /// A close tag that closes nothing open here.
    StrayClose(CloseTag),
    If(If),
    For(For),
    While(While),
    Match(Match),
    Let(Let),
    /// `@nonce = expr;`: the CSP nonce stamped on every script and style.
    Nonce(NonceDecl),
}

pub(crate) struct NonceDecl {
    pub(crate) expr: Expr,
    /// From `@` to `;`.
    pub(crate) tokens: TokenStream,
}

pub(crate) struct Doctype {
    /// `<!DOCTYPE html>` from `<` to `>`.
    pub(crate) tokens: TokenStream,
}

/// `<!-- "text" -->`.
pub(crate) struct Comment {
    pub(crate) body: CommentBody,
    /// From `<` to `>`.
    pub(crate) tokens: TokenStream,
}

pub(crate) enum CommentBody {
    Literal(LitStr),
    Splice(Splice),
}

/// A tag or attribute name such as `my-widget` or `xlink:href`, or a component path.
pub(crate) struct Name {
    pub(crate) text: String,
    pub(crate) tokens: TokenStream,
}

pub(crate) struct Element {
    /// An HTML, SVG or MathML name, or a component's path (`Card`, `ui::Card`).
    pub(crate) name: Name,
    /// From `<` to the name, for errors about the whole opening.
    pub(crate) open_tokens: TokenStream,
    pub(crate) attrs: Vec<Attr>,
    /// `..{attrs}`: attributes chosen at run time.
    pub(crate) spreads: Vec<Splice>,
    /// `/` before the `>` of the start tag.
    pub(crate) self_closing: Option<Span>,
    pub(crate) children: Vec<Node>,
    pub(crate) close: Option<CloseTag>,
}

pub(crate) struct CloseTag {
    pub(crate) name: Name,
    /// From `<` to `>`.
    pub(crate) tokens: TokenStream,
}

pub(crate) struct Attr {
    pub(crate) name: Name,
    pub(crate) value: AttrValue,
}

pub(crate) enum AttrValue {
    /// A bare boolean attribute.
    Flag,
    Literal(LitStr),
    /// `name=true` (the bare attribute) or `name=false` (left out; `csrf=false` opts out).
    Bool(syn::LitBool),
    Expr(Splice),
    /// `("/users/" {id} "/edit")`: a URL built from literal and dynamic parts.
    Parts(Vec<ValuePart>),
}

pub(crate) enum ValuePart {
    Literal(LitStr),
    Splice(Splice),
}

/// `{expr}`.
pub(crate) struct Splice {
    pub(crate) expr: Expr,
    /// The braces.
    pub(crate) span: Span,
}

/// A `{ markup }` body of control flow.
pub(crate) struct Block {
    pub(crate) nodes: Vec<Node>,
}

pub(crate) struct If {
    pub(crate) if_span: Span,
    pub(crate) cond: Expr,
    pub(crate) then: Block,
    pub(crate) otherwise: Option<Else>,
}

pub(crate) enum Else {
    If(Box<If>),
    Block(Block),
}

pub(crate) struct For {
    pub(crate) for_span: Span,
    pub(crate) pat: Pat,
    pub(crate) expr: Expr,
    pub(crate) body: Block,
}

pub(crate) struct While {
    pub(crate) while_span: Span,
    pub(crate) cond: Expr,
    pub(crate) body: Block,
}

pub(crate) struct Match {
    pub(crate) match_span: Span,
    pub(crate) expr: Expr,
    pub(crate) arms: Vec<Arm>,
}

pub(crate) struct Arm {
    pub(crate) pat: Pat,
    pub(crate) guard: Option<Expr>,
    pub(crate) body: Block,
}

/// `@let pattern = expr;`, kept as the Rust statement it is.
pub(crate) struct Let {
    pub(crate) stmt: syn::Local,
}

impl Node {
    /// The blocks of nodes nested in this node, in order: an element's children, each branch
    /// of an `@if` chain, a loop's body, each arm of an `@match`.
    pub(crate) fn blocks(&self) -> Vec<&[Node]> {
        let mut blocks = Vec::new();
        match self {
            Node::Element(el) => blocks.push(el.children.as_slice()),
            Node::If(if_) => if_.push_blocks(&mut blocks),
            Node::For(For { body, .. }) | Node::While(While { body, .. }) => {
                blocks.push(body.nodes.as_slice());
            }
            Node::Match(match_) => {
                blocks.extend(match_.arms.iter().map(|arm| arm.body.nodes.as_slice()))
            }
            Node::Doctype(_)
            | Node::Comment(_)
            | Node::Text(_)
            | Node::Splice(_)
            | Node::StrayClose(_)
            | Node::Let(_)
            | Node::Nonce(_) => {}
        }
        blocks
    }
}

impl If {
    fn push_blocks<'a>(&'a self, blocks: &mut Vec<&'a [Node]>) {
        blocks.push(&self.then.nodes);
        match &self.otherwise {
            Some(Else::If(nested)) => nested.push_blocks(blocks),
            Some(Else::Block(block)) => blocks.push(&block.nodes),
            None => {}
        }
    }
}

impl Element {
    /// The values written in the start tag, in order: each attribute's, then each spread.
    pub(crate) fn splices(&self) -> impl Iterator<Item = &Splice> {
        self.attrs
            .iter()
            .flat_map(Attr::splices)
            .chain(&self.spreads)
    }
}

impl Attr {
    /// The values of this attribute: one for `name={expr}`, each dynamic part of a URL built
    /// from parts, none for a literal or a flag.
    pub(crate) fn splices(&self) -> impl Iterator<Item = &Splice> {
        let parts: &[ValuePart] = match &self.value {
            AttrValue::Parts(parts) => parts,
            AttrValue::Flag | AttrValue::Literal(_) | AttrValue::Bool(_) | AttrValue::Expr(_) => {
                &[]
            }
        };
        let whole = match &self.value {
            AttrValue::Expr(splice) => Some(splice),
            AttrValue::Flag | AttrValue::Literal(_) | AttrValue::Bool(_) | AttrValue::Parts(_) => {
                None
            }
        };
        whole
            .into_iter()
            .chain(parts.iter().filter_map(|part| match part {
                ValuePart::Splice(splice) => Some(splice),
                ValuePart::Literal(_) => None,
            }))
    }

    /// Whether this attribute toggles a class, as `class:active={on}`.
    pub(crate) fn is_class_toggle(&self) -> bool {
        let name = &self.name.text;
        name.len() > "class:".len()
            && name
                .get(.."class:".len())
                .is_some_and(|prefix| prefix.eq_ignore_ascii_case("class:"))
    }

    /// The attribute from its name to the end of its value, for errors about the value.
    pub(crate) fn value_tokens(&self) -> TokenStream {
        use quote::ToTokens;
        let mut tokens = self.name.tokens.clone();
        match &self.value {
            AttrValue::Flag => {}
            AttrValue::Literal(lit) => lit.to_tokens(&mut tokens),
            AttrValue::Bool(lit) => lit.to_tokens(&mut tokens),
            AttrValue::Expr(splice) => splice.expr.to_tokens(&mut tokens),
            AttrValue::Parts(parts) => {
                for part in parts {
                    match part {
                        ValuePart::Literal(lit) => lit.to_tokens(&mut tokens),
                        ValuePart::Splice(splice) => splice.expr.to_tokens(&mut tokens),
                    }
                }
            }
        }
        tokens
    }
}

impl Name {
    /// Whether this tag names a component: a Rust path (`ui::Card`) or a capitalized name.
    pub(crate) fn is_component(&self) -> bool {
        // An all-capitals name such as `DIV` is an element written in the wrong case.
        let shouting = self.text.len() > 1 && !self.text.bytes().any(|b| b.is_ascii_lowercase());
        self.text.contains("::")
            || (self.text.starts_with(|c: char| c.is_ascii_uppercase()) && !shouting)
    }
}
