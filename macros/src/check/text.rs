//! Rules for text, comments and `{expr}` values in element content.

use syn::LitStr;
use vetted_rules::escape as table;
use vetted_rules::sink::{Literal, Sink};

use super::literal::{self, At};
use super::{Checker, Mode, Scope, dynamic};
use crate::ast::{Comment, CommentBody, Splice};
use crate::ir::{Args, Part};

impl Checker {
    // A body that is code (`<script>`, `<style>`) is not escaped, so only what its sink's
    // literal rule refuses keeps it inside its element; everything else is escaped as text.
    pub(super) fn text(&mut self, lit: &LitStr, scope: Scope<'_>, out: &mut Vec<Part>) {
        let text = lit.value();
        let mut markup = String::with_capacity(text.len());
        match scope.mode {
            Mode::Text(sink) => {
                let rule = sink.row().literal;
                let at = At {
                    name: "",
                    element: scope.parent.unwrap_or_default(),
                };
                if let Some(problem) = literal::problem(rule, &text, at) {
                    self.diag.error(lit.span(), problem);
                }
                if written_as_it_is(rule) {
                    markup.push_str(&text);
                } else {
                    table::escape_with(&text, &mut markup, table::text_entity);
                }
            }
            Mode::Unsupported => markup.push_str(&text),
            Mode::Markup | Mode::Closed => {
                table::escape_with(&text, &mut markup, table::text_entity);
            }
        }
        out.push(Part::Static(markup));
    }

    pub(super) fn splice(&mut self, splice: &Splice, scope: Scope<'_>, out: &mut Vec<Part>) {
        let sink = match scope.mode {
            Mode::Markup | Mode::Closed => Sink::Text,
            Mode::Text(sink) => sink,
            Mode::Unsupported => return,
        };
        let at = At {
            name: "",
            element: scope.parent.unwrap_or_default(),
        };
        match dynamic(sink, splice, Args::None, at) {
            Ok(value) => out.push(value),
            Err(message) => self.diag.error(splice.span, message),
        }
    }

    // A comment ends at the first `-->` (or `--!>`), so its text must not hold one, nor open a
    // nested comment; a value could, so comments take only literals.
    pub(super) fn comment(&mut self, comment: &Comment, scope: Scope<'_>, out: &mut Vec<Part>) {
        if scope.mode != Mode::Markup {
            let element = scope.parent.unwrap_or_default();
            self.diag.error_spanned(
                &comment.tokens,
                format!("a comment cannot go inside `<{element}>`, which holds only text or code; move it outside"),
            );
            return;
        }
        let at = At {
            name: "",
            element: scope.parent.unwrap_or_default(),
        };
        match &comment.body {
            CommentBody::Literal(lit) => {
                let text = lit.value();
                if let Some(problem) = literal::problem(Sink::Comment.row().literal, &text, at) {
                    self.diag.error(lit.span(), problem);
                }
                out.push(Part::Static(format!("<!--{text}-->")));
            }
            CommentBody::Splice(splice) => match dynamic(Sink::Comment, splice, Args::None, at) {
                Ok(value) => {
                    out.push(Part::Static("<!--".to_owned()));
                    out.push(value);
                    out.push(Part::Static("-->".to_owned()));
                }
                Err(message) => self.diag.error(splice.span, message),
            },
        }
    }
}

/// Whether a literal of `rule` is written as it is: code, which escaping would change, and
/// which its rule keeps inside its element.
fn written_as_it_is(rule: Literal) -> bool {
    match rule {
        Literal::Script | Literal::Json | Literal::StyleSheet => true,
        Literal::Any
        | Literal::Urls { .. }
        | Literal::ResourceUrl
        | Literal::RequestUrl
        | Literal::Style
        | Literal::Comment
        | Literal::Never { .. } => false,
    }
}
