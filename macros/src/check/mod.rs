//! Every safety decision: `ast::Template` -> `ir::Template`, with all violations collected.

mod attribute;
mod component;
mod control;
mod csrf;
mod element;
pub(crate) mod literal;
mod parts;
mod raw_text;
mod text;

use vetted_rules::sink::{Dynamic, Sink};

use crate::ast::{self, Else, Node};
use crate::diag::Diagnostics;
use crate::elements::{self, Content};
use crate::ir::{self, Args, Part};
use control::{Exits, Loop, Open, Root};

/// Checks a template: every safety decision, all violations collected and reported at once.
pub(crate) fn check(template: ast::Template, output: ir::Output) -> syn::Result<ir::Template> {
    let root = match output {
        ir::Output::Own => Root::Own,
        ir::Output::Lazy => Root::Lazy,
    };
    let mut cx = Checker::default();
    let mut parts = Vec::new();
    let scope = Scope {
        exits: Exits::root(root),
        ..Scope::TOP
    };
    cx.nodes(&template.nodes, scope, &mut parts, true);
    cx.diag.finish()?;
    Ok(ir::Template {
        krate: template.krate,
        output,
        parts,
    })
}

#[derive(Default)]
struct Checker {
    diag: Diagnostics,
    /// The names of the elements the walk is inside, outermost first.
    open: Vec<String>,
    /// The variable holding `@nonce`'s value, once declared.
    nonce: Option<(proc_macro2::Ident, proc_macro2::Span)>,
    /// Per template loop the walk is inside, innermost last: whether a `break` or `continue`
    /// in its body's Rust code ends an iteration early.
    loop_exits: Vec<bool>,
    /// How many of the `<form>`s the walk is inside decide their CSRF protection (`csrf=`).
    protected_forms: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Namespace {
    Html,
    Svg,
    MathMl,
}

/// How the browser reads what sits directly in the current element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Markup: elements, comments, and text and values in [`Sink::Text`].
    Markup,
    /// Only text, in the content sink `Sink` (`<title>`, `<script>`, `<style>`, …).
    Text(Sink),
    /// An element that takes no content (`<iframe>`) or that we refuse; already reported.
    Closed,
    /// A `<script>` of a type we refuse; already reported. Its content is ignored.
    Unsupported,
}

/// The sink of an HTML `<script>`'s body, by its `type` attribute, or `None` for a type we
/// refuse.
// HTML §4.12.1: the type decides whether the body is script, a data block, or JSON the
// browser acts on; the JavaScript MIME types are those of the MIME Sniffing standard.
fn script_sink(el: &ast::Element) -> Option<Sink> {
    let declared = el
        .attrs
        .iter()
        .find(|attr| attr.name.text.eq_ignore_ascii_case("type"));
    let Some(ast::AttrValue::Literal(lit)) = declared.map(|attr| &attr.value) else {
        return Some(Sink::Script);
    };
    match lit.value().trim().to_ascii_lowercase().as_str() {
        ""
        | "module"
        | "application/ecmascript"
        | "application/javascript"
        | "application/x-ecmascript"
        | "application/x-javascript"
        | "text/ecmascript"
        | "text/javascript"
        | "text/javascript1.0"
        | "text/javascript1.1"
        | "text/javascript1.2"
        | "text/javascript1.3"
        | "text/javascript1.4"
        | "text/javascript1.5"
        | "text/jscript"
        | "text/livescript"
        | "text/x-ecmascript"
        | "text/x-javascript" => Some(Sink::Script),
        "application/json" | "application/ld+json" => Some(Sink::JsonData),
        "importmap" | "speculationrules" => Some(Sink::BrowserJson),
        _ => None,
    }
}

/// `splice` written into `sink`: the value the generator writes through the entry point of the
/// sink's row, or the row's message (filled in for `at`) where only a literal may stand.
fn dynamic(
    sink: Sink,
    splice: &ast::Splice,
    args: Args,
    at: literal::At<'_>,
) -> Result<Part, String> {
    match sink.row().dynamic {
        Dynamic::Entry { .. } => Ok(Part::Value {
            expr: splice.expr.clone(),
            sink,
            args,
            span: splice.span,
        }),
        Dynamic::LiteralOnly { message } => Err(literal::fill(message, at)),
    }
}

#[derive(Clone, Copy)]
struct Scope<'a> {
    /// The namespace the parser puts the nodes in by default.
    namespace: Namespace,
    mode: Mode,
    /// The element the nodes sit in.
    parent: Option<&'a str>,
    /// Whether that element is a MathML text integration point (`mi`, `mo`, …), where
    /// `mglyph` and `malignmark` stay MathML while everything else is HTML.
    in_mathml_text: bool,
    /// Whether that element is SVG or MathML whose children the parser reads as HTML.
    integration_point: bool,
    /// What a `break`, `continue` or `return` in Rust code here would leave open.
    exits: Exits<'a>,
}

impl<'a> Scope<'a> {
    const TOP: Scope<'static> = Scope {
        namespace: Namespace::Html,
        mode: Mode::Markup,
        parent: None,
        in_mathml_text: false,
        integration_point: false,
        exits: Exits::root(Root::Own),
    };

    /// The scope of a template loop's body.
    fn loop_body(self, kind: Loop) -> Scope<'a> {
        Scope {
            exits: self.exits.loop_body(kind),
            ..self
        }
    }

    /// The namespace the parser gives the element `name` started here (HTML §13.2.6.5).
    fn namespace_of(&self, name: &str) -> Namespace {
        match (self.namespace, name) {
            (Namespace::Html, "svg") => Namespace::Svg,
            (Namespace::Html, "math") => Namespace::MathMl,
            (Namespace::Html, "mglyph" | "malignmark") if self.in_mathml_text => Namespace::MathMl,
            // The tree builder's dispatcher hands `<svg>` inside a MathML `annotation-xml` to
            // the HTML rules, which start SVG content there (HTML §13.2.6).
            (Namespace::MathMl, "svg") if self.parent == Some("annotation-xml") => Namespace::Svg,
            (namespace, _) => namespace,
        }
    }

    /// The scope inside `el`, an element that sits in `self`.
    fn enter<'b>(&self, el: &'b ast::Element) -> Scope<'b>
    where
        'a: 'b,
    {
        let name = el.name.text.as_str();
        let own = self.namespace_of(name);
        let namespace = match (own, name) {
            // HTML integration points: the parser reads their children as HTML.
            (Namespace::Svg, "foreignObject" | "desc" | "title")
            | (Namespace::MathMl, "mi" | "mo" | "mn" | "ms" | "mtext") => Namespace::Html,
            (Namespace::MathMl, "annotation-xml") if html_encoding(el) => Namespace::Html,
            (namespace, _) => namespace,
        };
        let mode = match (own, elements::content(name)) {
            (Namespace::Html, Content::RawText) if name == "script" => {
                script_sink(el).map_or(Mode::Unsupported, Mode::Text)
            }
            (Namespace::Html, Content::RawText) => Mode::Text(Sink::StyleSheet),
            (Namespace::Html, Content::EscapableRawText) => Mode::Text(Sink::EscapableRawText),
            (Namespace::Html, Content::Obsolete | Content::Opaque) => Mode::Closed,
            (_, _) if matches!(name, "script" | "style") => Mode::Text(Sink::ForeignCode),
            _ => Mode::Markup,
        };
        let in_mathml_text =
            own == Namespace::MathMl && matches!(name, "mi" | "mo" | "mn" | "ms" | "mtext");
        let integration_point = own != Namespace::Html && namespace == Namespace::Html;
        Scope {
            namespace,
            mode,
            parent: Some(name),
            in_mathml_text,
            integration_point,
            exits: self.exits.inside(Open::Element(name)),
        }
    }
}

/// Whether an `annotation-xml` declares HTML content, which makes it an HTML integration point.
fn html_encoding(el: &ast::Element) -> bool {
    el.attrs.iter().any(|attr| {
        attr.name.text.eq_ignore_ascii_case("encoding")
            && matches!(&attr.value, ast::AttrValue::Literal(lit)
                if lit.value().eq_ignore_ascii_case("text/html") || lit.value().eq_ignore_ascii_case("application/xhtml+xml"))
    })
}

impl Checker {
    fn nodes(&mut self, nodes: &[Node], scope: Scope<'_>, out: &mut Vec<Part>, top: bool) {
        for (index, node) in nodes.iter().enumerate() {
            match node {
                Node::Doctype(doctype) => self.doctype(doctype, top && index == 0, out),
                Node::Comment(comment) => self.comment(comment, scope, out),
                Node::Element(el) => self.element(el, scope, out),
                Node::Text(lit) => self.text(lit, scope, out),
                Node::Splice(splice) => {
                    self.control(&splice.expr, scope.exits);
                    self.splice(splice, scope, out);
                }
                Node::StrayClose(tag) => self.stray_close(tag, &nodes[..index]),
                Node::If(if_) => out.push(self.if_(if_, scope)),
                Node::For(for_) => {
                    // The iterable is evaluated once, before the loop, where the `@for` stands.
                    self.control(&for_.expr, scope.exits);
                    self.loop_exits.push(false);
                    let body = self.block(&for_.body, scope.loop_body(Loop::For));
                    let exits_early = self.loop_exits.pop().unwrap_or(true);
                    out.push(Part::For {
                        for_span: for_.for_span,
                        pat: for_.pat.clone(),
                        expr: for_.expr.clone(),
                        body,
                        exits_early,
                    });
                }
                Node::While(while_) => {
                    // The condition runs between iterations, where the body's markup is balanced
                    // (and rustc refuses an unlabeled `break` or `continue` in it).
                    let body_scope = scope.loop_body(Loop::While);
                    self.loop_exits.push(false);
                    self.control(&while_.cond, body_scope.exits);
                    let body = self.block(&while_.body, body_scope);
                    self.loop_exits.pop();
                    out.push(Part::While {
                        while_span: while_.while_span,
                        cond: while_.cond.clone(),
                        body,
                    });
                }
                Node::Match(match_) => {
                    self.control(&match_.expr, scope.exits);
                    for guard in match_.arms.iter().filter_map(|arm| arm.guard.as_ref()) {
                        self.control(guard, scope.exits);
                    }
                    out.push(Part::Match {
                        match_span: match_.match_span,
                        expr: match_.expr.clone(),
                        arms: match_
                            .arms
                            .iter()
                            .map(|arm| ir::Arm {
                                pat: arm.pat.clone(),
                                guard: arm.guard.clone(),
                                body: self.block(&arm.body, scope),
                            })
                            .collect(),
                    });
                }
                Node::Let(let_) => {
                    self.control_let(&let_.stmt, scope.exits);
                    out.push(Part::Let(let_.stmt.clone()));
                }
                Node::Nonce(decl) => {
                    self.control(&decl.expr, scope.exits);
                    self.nonce_decl(
                        decl,
                        top && nodes[..index].iter().all(|n| matches!(n, Node::Doctype(_))),
                        out,
                    );
                }
            }
        }
    }

    fn block(&mut self, block: &ast::Block, scope: Scope<'_>) -> Vec<Part> {
        let mut parts = Vec::new();
        self.nodes(&block.nodes, scope, &mut parts, false);
        parts
    }

    fn if_(&mut self, if_: &ast::If, scope: Scope<'_>) -> Part {
        self.control(&if_.cond, scope.exits);
        Part::If {
            if_span: if_.if_span,
            cond: if_.cond.clone(),
            then: self.block(&if_.then, scope),
            otherwise: if_.otherwise.as_ref().map(|otherwise| match otherwise {
                Else::If(nested) => vec![self.if_(nested, scope)],
                Else::Block(block) => self.block(block, scope),
            }),
        }
    }

    // A nonce applies to the whole template, so it is declared before any markup, once.
    fn nonce_decl(&mut self, decl: &ast::NonceDecl, at_start: bool, out: &mut Vec<Part>) {
        if !at_start || self.nonce.is_some() {
            self.diag.error_spanned(
                &decl.tokens,
                "`@nonce` applies to the whole template: declare it once, at the start (after `<!DOCTYPE html>`)",
            );
            return;
        }
        let ident = proc_macro2::Ident::new("__vetted_nonce", proc_macro2::Span::mixed_site());
        let expr = &decl.expr;
        let local: syn::Local =
            match syn::parse2::<syn::Stmt>(quote::quote!(let #ident = &(#expr);)) {
                Ok(syn::Stmt::Local(local)) => local,
                _ => return,
            };
        out.push(Part::Let(local));
        let span = syn::spanned::Spanned::span(expr);
        out.push(Part::PageNonce(ir::PageNonce::Declare(ident.clone(), span)));
        self.nonce = Some((ident, span));
    }

    // `<!DOCTYPE html>` puts the page in no-quirks mode only as its first token; anywhere else
    // the parser ignores it, which hides a layout bug.
    fn doctype(&mut self, doctype: &ast::Doctype, first: bool, out: &mut Vec<Part>) {
        if !first {
            self.diag.error_spanned(
                &doctype.tokens,
                "`<!DOCTYPE html>` must come first in the template; move it to the start, or remove it",
            );
        }
        out.push(Part::Static("<!DOCTYPE html>".to_owned()));
    }

    // A close tag that closes nothing: the parser would ignore it, or, for `</br>`, even
    // insert a `<br>`; either way the markup does not mean what it says.
    fn stray_close(&mut self, tag: &ast::CloseTag, before: &[Node]) {
        let name = &tag.name.text;
        // The parser matches close tags within one block, so an open element of this name
        // was opened outside the block the close tag sits in.
        if self.open.contains(name) {
            self.diag.error_spanned(
                &tag.tokens,
                format!("`</{name}>` cannot close the `<{name}>` opened outside this block: an element opens and closes in the same block; move `</{name}>` after the block's `}}`"),
            );
            return;
        }
        if elements::content(name) != Content::Void {
            self.diag.error_spanned(
                &tag.tokens,
                format!("stray close tag `</{name}>`: no `<{name}>` is open here; remove it, or add the missing `<{name}>`"),
            );
            return;
        }
        let opened = before
            .iter()
            .rposition(|node| matches!(node, Node::Element(el) if el.name.text == *name));
        match opened {
            Some(at) if at + 1 < before.len() => self.diag.error_spanned(
                &tag.tokens,
                format!("`<{name}>` is a void element and cannot have children; move the content out of it and remove `</{name}>`"),
            ),
            _ => self.diag.error_spanned(
                &tag.tokens,
                format!("`<{name}>` is a void element and takes no close tag; remove `</{name}>`"),
            ),
        }
    }
}

#[cfg(test)]
mod tests;
