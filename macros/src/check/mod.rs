//! Every safety decision: `ast::Template` -> `ir::Template`, with all violations collected.

mod attribute;
mod element;
mod text;

use crate::ast::{self, Else, Node};
use crate::diag::Diagnostics;
use crate::ir::{self, Part};
use crate::rules::elements::{self, Content};

pub(crate) fn check(template: ast::Template) -> syn::Result<ir::Template> {
    let mut cx = Checker::default();
    let mut parts = Vec::new();
    cx.nodes(&template.nodes, Scope::TOP, &mut parts, true);
    cx.diag.finish()?;
    Ok(ir::Template {
        krate: template.krate,
        parts,
    })
}

#[derive(Default)]
struct Checker {
    diag: Diagnostics,
    /// The names of the elements the walk is inside, outermost first.
    open: Vec<String>,
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
    /// Markup: elements and escaped text.
    Markup,
    /// `<title>`, `<textarea>`: escaped text only, no elements.
    EscapedText,
    /// An HTML `<script>` or `<style>`: literal text emitted as it is.
    RawText,
    /// An SVG or MathML `<script>`/`<style>`: markup whose text runs as code, so only literals.
    ForeignCode,
    /// An element that takes no content (`<iframe>`) or that we refuse; already reported.
    Closed,
}

#[derive(Clone, Copy)]
struct Scope<'a> {
    namespace: Namespace,
    mode: Mode,
    /// The element the nodes sit in.
    parent: Option<&'a str>,
}

impl Scope<'_> {
    const TOP: Scope<'static> = Scope {
        namespace: Namespace::Html,
        mode: Mode::Markup,
        parent: None,
    };

    /// The scope inside `name`, an element that sits in `self`.
    fn enter<'b>(&self, name: &'b str) -> Scope<'b> {
        let namespace = match (self.namespace, name) {
            (Namespace::Html, "svg") => Namespace::Svg,
            (Namespace::Html, "math") => Namespace::MathMl,
            // HTML integration points: the parser reads their children as HTML.
            (Namespace::Svg, "foreignObject" | "desc" | "title")
            | (Namespace::MathMl, "mi" | "mo" | "mn" | "ms" | "mtext") => Namespace::Html,
            (namespace, _) => namespace,
        };
        let mode = match (self.namespace, elements::content(name)) {
            (Namespace::Html, Content::RawText) => Mode::RawText,
            (Namespace::Html, Content::EscapableRawText) => Mode::EscapedText,
            (Namespace::Html, Content::Obsolete | Content::Opaque) => Mode::Closed,
            (_, _) if matches!(name, "script" | "style") => Mode::ForeignCode,
            _ => Mode::Markup,
        };
        Scope {
            namespace,
            mode,
            parent: Some(name),
        }
    }
}

impl Checker {
    fn nodes(&mut self, nodes: &[Node], scope: Scope<'_>, out: &mut Vec<Part>, top: bool) {
        for (index, node) in nodes.iter().enumerate() {
            match node {
                Node::Doctype(doctype) => self.doctype(doctype, top && index == 0, out),
                Node::Element(el) => self.element(el, scope, out),
                Node::Text(lit) => self.text(lit, scope, out),
                Node::Splice(splice) => self.splice(splice, scope, out),
                Node::StrayClose(tag) => self.stray_close(tag, &nodes[..index]),
                Node::If(if_) => out.push(self.if_(if_, scope)),
                Node::For(for_) => out.push(Part::For {
                    for_span: for_.for_span,
                    pat: for_.pat.clone(),
                    expr: for_.expr.clone(),
                    body: self.block(&for_.body, scope),
                }),
                Node::While(while_) => out.push(Part::While {
                    while_span: while_.while_span,
                    cond: while_.cond.clone(),
                    body: self.block(&while_.body, scope),
                }),
                Node::Match(match_) => out.push(Part::Match {
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
                }),
                Node::Let(let_) => out.push(Part::Let(let_.stmt.clone())),
            }
        }
    }

    fn block(&mut self, block: &ast::Block, scope: Scope<'_>) -> Vec<Part> {
        let mut parts = Vec::new();
        self.nodes(&block.nodes, scope, &mut parts, false);
        parts
    }

    fn if_(&mut self, if_: &ast::If, scope: Scope<'_>) -> Part {
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
