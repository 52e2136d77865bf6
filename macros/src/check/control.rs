//! Rust code that jumps out of the template in the middle of markup.
//!
//! The generated code writes markup and values in order, so a `continue` inside `<li>{...}</li>`
//! skips the `</li>`, and the rest of the page is read inside an unclosed element, or inside an
//! attribute value whose quote never comes. Two jumps can do that:
//!
//! - an unlabeled `break` or `continue` that leaves a template loop (`@for`, `@while`) while
//!   markup opened in the loop's body is open. Template loops carry no labels (the parser takes
//!   `@for`/`@while` only), so a labeled one either targets a loop inside the same expression or
//!   a loop outside the whole template, which drops the unfinished buffer.
//! - a `return` in a `lazy!` template or in a component's children, which are closures writing
//!   into a caller's buffer, while markup opened in that closure is open. In `html!` itself a
//!   `return` (or `?`) drops the whole buffer, which is safe.
//!
//! At a loop body's (or lazy template's) top level the markup is balanced, so jumps there stay
//! allowed: `@let Some(v) = x else { continue };`, `@if`. The checker threads what is open
//! through `Scope` as `Exits`; `Jumps` finds the jumps that leave one fragment of Rust code.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::punctuated::Punctuated;
use syn::visit::{self, Visit};
use syn::{Expr, Token};

use super::Checker;
use crate::ast::{CommentBody, Element, Node, Template};

/// Markup that is open while a fragment of Rust code runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Open<'a> {
    /// Inside an element: its start tag written, its close tag not.
    Element(&'a str),
    /// Inside the value of `attr` in the start tag of `element`.
    Attribute { element: &'a str, attr: &'a str },
    /// Between the attributes of `element`'s start tag (a spread).
    StartTag(&'a str),
}

/// Whose buffer a `return` leaves half-written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Root<'a> {
    /// `html!`: a `return` drops the template's own buffer.
    Own,
    /// `lazy!`: a closure writing into the buffer of whoever renders it.
    Lazy,
    /// The children of the component `<name>`: a closure writing into the component's output.
    Children(&'a str),
}

/// A template loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Loop {
    For,
    While,
}

/// What a jump out of Rust code at the current point would leave open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Exits<'a> {
    root: Root<'a>,
    /// The innermost template loop (of the same closure) whose body the point is in.
    in_loop: Option<Loop>,
    /// Markup opened since the innermost template loop's body began: what an unlabeled `break`
    /// or `continue` would leave open.
    loop_open: Option<Open<'a>>,
    /// Markup opened since a lazy root began: what a `return` would leave open.
    root_open: Option<Open<'a>>,
}

impl<'a> Exits<'a> {
    /// The top of a template rooted at `root`: nothing open, in no loop.
    pub(super) const fn root(root: Root<'a>) -> Self {
        Exits {
            root,
            in_loop: None,
            loop_open: None,
            root_open: None,
        }
    }

    /// Inside a template loop's body, whose markup is balanced at the start of each iteration.
    pub(super) fn loop_body(self, kind: Loop) -> Self {
        Exits {
            in_loop: Some(kind),
            loop_open: None,
            ..self
        }
    }

    /// Inside `open`, started at this point.
    pub(super) fn inside(self, open: Open<'a>) -> Self {
        Exits {
            loop_open: self.in_loop.map(|_| open),
            root_open: (self.root != Root::Own).then_some(open),
            ..self
        }
    }
}

/// A jump out of a fragment of Rust code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Jump {
    Break,
    Continue,
    Return,
}

impl Jump {
    fn keyword(self) -> &'static str {
        match self {
            Jump::Break => "break",
            Jump::Continue => "continue",
            Jump::Return => "return",
        }
    }
}

impl Checker {
    /// Reports each jump out of `expr` that would leave markup open, given `exits`.
    pub(super) fn control(&mut self, expr: &Expr, exits: Exits<'_>) {
        let mut jumps = Jumps::default();
        jumps.visit_expr(expr);
        self.report_jumps(&jumps.found, exits);
    }

    /// The same for a `@let` statement: its initializer and its `else` block.
    pub(super) fn control_let(&mut self, local: &syn::Local, exits: Exits<'_>) {
        let mut jumps = Jumps::default();
        jumps.visit_local(local);
        self.report_jumps(&jumps.found, exits);
    }

    /// The values written in `el`'s start tag, each inside its attribute.
    pub(super) fn control_start_tag(&mut self, el: &Element, exits: Exits<'_>) {
        let element = el.name.text.as_str();
        for attr in &el.attrs {
            let name = attr.name.text.as_str();
            let open = if element == "form" && name == "csrf" {
                // The token field is written as the form's first child.
                Open::Element(element)
            } else if name == "csrf" && super::csrf::htmx_request(el).is_some() {
                // The token is written as `hx-vals`, among the start tag's attributes.
                Open::StartTag(element)
            } else if attr.is_class_toggle() {
                Open::Attribute {
                    element,
                    attr: "class",
                }
            } else {
                Open::Attribute {
                    element,
                    attr: name,
                }
            };
            for splice in attr.splices() {
                self.control(&splice.expr, exits.inside(open));
            }
        }
        for splice in &el.spreads {
            self.control(&splice.expr, exits.inside(Open::StartTag(element)));
        }
    }

    fn report_jumps(&mut self, found: &[(Jump, Span)], exits: Exits<'_>) {
        for &(jump, span) in found {
            // A `break` or `continue` here ends an iteration of the innermost template loop
            // early: that loop keeps its plain form in the generated code.
            if jump != Jump::Return
                && exits.in_loop.is_some()
                && let Some(exits_early) = self.loop_exits.last_mut()
            {
                *exits_early = true;
            }
            let open = match jump {
                Jump::Break | Jump::Continue => exits.loop_open,
                Jump::Return => exits.root_open,
            };
            if let Some(open) = open {
                let message = jump_message(jump, open, exits.in_loop, exits.root);
                self.diag.error(span, message);
            }
        }
    }
}

fn jump_message(jump: Jump, open: Open<'_>, in_loop: Option<Loop>, root: Root<'_>) -> String {
    let keyword = jump.keyword();
    let what = match open {
        Open::Element(name) => format!("`<{name}>`"),
        Open::Attribute { element, attr } => format!("the attribute value of `<{element} {attr}>`"),
        Open::StartTag(element) => format!("the start tag of `<{element}>`"),
    };
    let top_level = format!(
        "move the check to the loop body's top level (`@let ... else {{ {keyword} }};` or `@if`)"
    );
    match (jump, root) {
        (Jump::Continue | Jump::Break, _) => {
            let fix = match (jump, in_loop) {
                (Jump::Continue, Some(Loop::For)) => {
                    format!("skip items before the loop (`.filter(...)`) or {top_level}")
                }
                (Jump::Break, Some(Loop::For)) => {
                    format!("stop the items before the loop (`.take_while(...)`) or {top_level}")
                }
                _ => top_level,
            };
            format!(
                "`{keyword}` here would leave {what} unclosed: the rest of the page would be read inside it; {fix}"
            )
        }
        (Jump::Return, Root::Children(component)) => format!(
            "`{keyword}` here would leave {what} unclosed in the output of `<{component}>`, which its children are written into: the rest of the page would be read inside it; compute the value before `<{component}>`, or move the check to the children's top level (`@if` or `@let ... else {{ return }};`)"
        ),
        (Jump::Return, Root::Lazy | Root::Own) => format!(
            "`{keyword}` here would leave {what} unclosed in the page this `lazy!` template is rendered into: the rest of that page would be read inside it; compute the value before the template, or move the check to the template's top level (`@if` or `@let ... else {{ return }};`)"
        ),
    }
}

/// The `break`, `continue` and `return` that leave one fragment of Rust code: those not caught
/// by a loop, closure, async or const block, or item inside it, and, for labeled ones, whose
/// label is not defined inside it.
#[derive(Default)]
pub(super) struct Jumps {
    /// The loops inside the fragment that enclose the current point.
    loops: usize,
    /// The labels defined inside the fragment that enclose the current point.
    labels: Vec<String>,
    pub(super) found: Vec<(Jump, Span)>,
}

impl Jumps {
    fn labeled(&mut self, label: Option<&syn::Label>, is_loop: bool, walk: impl FnOnce(&mut Self)) {
        if let Some(label) = label {
            self.labels.push(label.name.ident.to_string());
        }
        self.loops += usize::from(is_loop);
        walk(self);
        self.loops -= usize::from(is_loop);
        if label.is_some() {
            self.labels.pop();
        }
    }

    /// Whether a jump to `label` (or to the innermost loop) is caught inside the fragment.
    fn caught(&self, label: Option<&syn::Lifetime>) -> bool {
        match label {
            // Template loops carry no labels, so the label is inside this fragment or on a
            // loop outside the whole template, which drops the buffer being written.
            Some(_) => true,
            None => self.loops > 0,
        }
    }

    /// A macro's tokens: the jumps in a nested `html!` template, or in the arguments of a macro
    /// such as `format!`; when the tokens read as neither, every jump keyword in them.
    fn mac(&mut self, mac: &syn::Macro) {
        let name = mac.path.segments.last().map(|s| s.ident.to_string());
        match name.as_deref() {
            // A closure: its jumps cannot leave it, and its own expansion checks its returns.
            Some("lazy") => return,
            Some("html") => {
                let tokens = &mac.tokens;
                if let Ok(template) = syn::parse2::<Template>(quote!((::vetted) #tokens)) {
                    self.nodes(&template.nodes);
                    return;
                }
            }
            _ => {}
        }
        if let Ok(args) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
            for arg in &args {
                visit::visit_expr(self, arg);
            }
        } else if let Ok(stmts) = mac.parse_body_with(syn::Block::parse_within) {
            for stmt in &stmts {
                visit::visit_stmt(self, stmt);
            }
        } else {
            self.tokens(mac.tokens.clone());
        }
    }

    /// Tokens that read as no Rust code: every unlabeled `break`/`continue` outside the loops
    /// around the macro, and every `return`, as if it left the fragment.
    fn tokens(&mut self, tokens: TokenStream) {
        let mut tokens = tokens.into_iter().peekable();
        while let Some(token) = tokens.next() {
            match token {
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Ident(word) if word == "return" => {
                    self.found.push((Jump::Return, word.span()));
                }
                TokenTree::Ident(word) if word == "break" || word == "continue" => {
                    let labeled =
                        matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '\'');
                    if !labeled && self.loops == 0 {
                        let jump = if word == "break" {
                            Jump::Break
                        } else {
                            Jump::Continue
                        };
                        self.found.push((jump, word.span()));
                    }
                }
                _ => {}
            }
        }
    }

    /// A nested `html!` template's Rust code: its loops catch jumps, and its component
    /// children are closures.
    fn nodes(&mut self, nodes: &[Node]) {
        for node in nodes {
            match node {
                Node::For(for_) => {
                    visit::visit_expr(self, &for_.expr);
                    self.labeled(None, true, |this| this.nodes(&for_.body.nodes));
                }
                Node::While(while_) => self.labeled(None, true, |this| {
                    visit::visit_expr(this, &while_.cond);
                    this.nodes(&while_.body.nodes);
                }),
                Node::Element(el) if el.name.is_component() => {
                    el.splices()
                        .for_each(|splice| visit::visit_expr(self, &splice.expr));
                }
                Node::Element(el) => {
                    el.splices()
                        .for_each(|splice| visit::visit_expr(self, &splice.expr));
                    self.nodes(&el.children);
                }
                Node::Splice(splice) => visit::visit_expr(self, &splice.expr),
                Node::Comment(comment) => {
                    if let CommentBody::Splice(splice) = &comment.body {
                        visit::visit_expr(self, &splice.expr);
                    }
                }
                Node::If(if_) => self.if_(if_),
                Node::Match(match_) => {
                    visit::visit_expr(self, &match_.expr);
                    for arm in &match_.arms {
                        if let Some(guard) = &arm.guard {
                            visit::visit_expr(self, guard);
                        }
                        self.nodes(&arm.body.nodes);
                    }
                }
                Node::Let(let_) => visit::visit_local(self, &let_.stmt),
                Node::Nonce(decl) => visit::visit_expr(self, &decl.expr),
                Node::Doctype(_) | Node::Text(_) | Node::StrayClose(_) => {}
            }
        }
    }

    fn if_(&mut self, if_: &crate::ast::If) {
        visit::visit_expr(self, &if_.cond);
        self.nodes(&if_.then.nodes);
        match &if_.otherwise {
            Some(crate::ast::Else::If(nested)) => self.if_(nested),
            Some(crate::ast::Else::Block(block)) => self.nodes(&block.nodes),
            None => {}
        }
    }
}

impl<'ast> Visit<'ast> for Jumps {
    fn visit_expr_break(&mut self, node: &'ast syn::ExprBreak) {
        if !self.caught(node.label.as_ref()) {
            self.found.push((Jump::Break, node.break_token.span));
        }
        visit::visit_expr_break(self, node);
    }

    fn visit_expr_continue(&mut self, node: &'ast syn::ExprContinue) {
        if !self.caught(node.label.as_ref()) {
            self.found.push((Jump::Continue, node.continue_token.span));
        }
    }

    fn visit_expr_return(&mut self, node: &'ast syn::ExprReturn) {
        self.found.push((Jump::Return, node.return_token.span));
        visit::visit_expr_return(self, node);
    }

    fn visit_expr_loop(&mut self, node: &'ast syn::ExprLoop) {
        self.labeled(node.label.as_ref(), true, |this| {
            visit::visit_block(this, &node.body);
        });
    }

    fn visit_expr_while(&mut self, node: &'ast syn::ExprWhile) {
        // An unlabeled `break` in the condition is refused by rustc; a labeled one may name
        // this loop.
        self.labeled(node.label.as_ref(), true, |this| {
            visit::visit_expr(this, &node.cond);
            visit::visit_block(this, &node.body);
        });
    }

    fn visit_expr_for_loop(&mut self, node: &'ast syn::ExprForLoop) {
        // The iterable is evaluated before the loop starts, outside it.
        visit::visit_pat(self, &node.pat);
        visit::visit_expr(self, &node.expr);
        self.labeled(node.label.as_ref(), true, |this| {
            visit::visit_block(this, &node.body);
        });
    }

    fn visit_expr_block(&mut self, node: &'ast syn::ExprBlock) {
        self.labeled(node.label.as_ref(), false, |this| {
            visit::visit_block(this, &node.block);
        });
    }

    // Closures, async and const blocks and items are bodies of their own: a `break` or
    // `continue` cannot leave them (rustc refuses it), and a `return` ends only them.
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}

    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}

    fn visit_expr_const(&mut self, _: &'ast syn::ExprConst) {}

    fn visit_item(&mut self, _: &'ast syn::Item) {}

    fn visit_macro(&mut self, node: &'ast syn::Macro) {
        self.mac(node);
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;
    use syn::visit::Visit;

    use super::{Jump, Jumps};

    /// The jumps leaving `expr`. (Their spans, on the keyword, are shown by the ui tests:
    /// outside a compiler, `proc_macro2` spans carry no location here.)
    fn jumps(expr: proc_macro2::TokenStream) -> Vec<Jump> {
        let expr: syn::Expr = syn::parse2(expr).unwrap();
        let mut jumps = Jumps::default();
        jumps.visit_expr(&expr);
        jumps.found.iter().map(|(jump, _)| *jump).collect()
    }

    #[test]
    fn plain_jumps_are_found() {
        assert_eq!(
            jumps(quote!(if x { continue } else { y })),
            [Jump::Continue]
        );
        assert_eq!(jumps(quote!(if x { break } else { y })), [Jump::Break]);
        assert_eq!(
            jumps(quote!(match x {
                Some(v) => v,
                None => return,
            })),
            [Jump::Return]
        );
        assert_eq!(
            jumps(quote!({
                let v = f(break);
                { g(v, continue) }
            })),
            [Jump::Break, Jump::Continue]
        );
        // A `break` with a value that itself jumps.
        assert_eq!(jumps(quote!({ break return })), [Jump::Break, Jump::Return]);
        // A labeled block does not catch an unlabeled jump.
        assert_eq!(jumps(quote!('a: { continue })), [Jump::Continue]);
        // The iterable of a `for` is evaluated outside the loop.
        assert_eq!(jumps(quote!(for x in f(continue) {})), [Jump::Continue]);
    }

    #[test]
    fn jumps_caught_inside_the_expression_are_not_found() {
        for expr in [
            quote!(loop {
                break 5;
            }),
            quote!(while x {
                if y {
                    continue;
                }
            }),
            quote!(for x in xs {
                if x {
                    break;
                }
            }),
            quote!(xs.iter().map(|x| if *x { return 1 } else { continue })),
            quote!(async { return 1 }),
            quote!(
                const {
                    loop {
                        break 1;
                    }
                }
            ),
            quote!({
                fn f() -> u8 {
                    return 1;
                }
                f()
            }),
            quote!('a: loop {
                loop {
                    break 'a 1;
                }
            }),
            quote!('a: {
                if x {
                    break 'a 1;
                }
                2
            }),
            // A label not defined here names a loop outside the template.
            quote!(if x { continue 'outer } else { y }),
            quote!(if x { break 'outer } else { y }),
        ] {
            assert_eq!(jumps(expr.clone()), [], "{expr}");
        }
    }

    #[test]
    fn jumps_in_macro_arguments_are_found() {
        assert_eq!(
            jumps(quote!(format!("{}", if x { continue } else { y }))),
            [Jump::Continue]
        );
        assert_eq!(
            jumps(quote!(vec![loop {
                break 1;
            }])),
            []
        );
        // Tokens that read as no expression: every jump keyword counts.
        assert_eq!(
            jumps(quote!(m!(=> { loop { break } } return))),
            [Jump::Break, Jump::Return]
        );
        assert_eq!(jumps(quote!(m!(=> break 'a))), []);
    }

    #[test]
    fn nested_templates_catch_jumps_in_their_own_loops_only() {
        assert_eq!(
            jumps(quote!(
                vetted::html! { <b>{ if x { continue } else { y } }</b> }
            )),
            [Jump::Continue]
        );
        assert_eq!(
            jumps(quote!(
                vetted::html! { <i href=("/a/" { if x { return } else { y } })></i> }
            )),
            [Jump::Return]
        );
        assert_eq!(
            jumps(quote!(vetted::html! {
                @for y in ys { @let Some(v) = y else { continue }; <b>{ if v { break } else { v } }</b> }
                @while w { {continue} }
            })),
            []
        );
        assert_eq!(
            jumps(quote!(html! { @for y in ys { {return} } })),
            [Jump::Return]
        );
        // `lazy!` and component children are closures.
        assert_eq!(jumps(quote!(vetted::lazy! { <b>{return}</b> })), []);
        assert_eq!(jumps(quote!(html! { <Card>{continue}</Card> })), []);
    }
}
