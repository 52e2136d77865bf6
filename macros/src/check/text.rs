//! Rules for text, comments and `{expr}` values in element content.

use syn::LitStr;

use super::{Checker, Mode, Scope, ScriptType};
use crate::ast::{Comment, CommentBody, Splice};
use crate::ir::{Ctx, Part};
use crate::shared::{checks, table};

impl Checker {
    pub(super) fn text(&mut self, lit: &LitStr, scope: Scope<'_>, out: &mut Vec<Part>) {
        let text = lit.value();
        let mut markup = String::with_capacity(text.len());
        match scope.mode {
            Mode::Script(script) => {
                self.script_literal(lit, &text, script);
                markup.push_str(&text);
            }
            Mode::StyleSheet => {
                if let Some(sequence) = checks::style_sheet_breakout(&text) {
                    self.diag.error(
                        lit.span(),
                        format!("`{sequence}` inside a `<style>` literal would end the element early; write `\\3C/style` in CSS strings"),
                    );
                }
                markup.push_str(&text);
            }
            Mode::Markup | Mode::EscapedText | Mode::ForeignCode | Mode::Closed => {
                table::escape_with(&text, &mut markup, table::text_entity);
            }
        }
        out.push(Part::Static(markup));
    }

    // A `<script>` body is not escaped, so the only thing that keeps it inside its element is
    // that it never spells the end tag, nor `<!--` or `<script`, which change how the parser
    // looks for that end tag. A JSON block must also be JSON, and `<` is refused there so the
    // same rule holds without reading strings.
    fn script_literal(&mut self, lit: &LitStr, text: &str, script: ScriptType) {
        match script {
            ScriptType::Classic => {
                if let Some(sequence) = checks::script_breakout(text) {
                    let fix = match sequence {
                        "</script" => {
                            "write `<\\/script` (or `\\x3C/script`) inside JavaScript strings"
                        }
                        "<!--" => "write `\\x3C!--` inside JavaScript strings",
                        _ => "write `\\x3Cscript` inside JavaScript strings",
                    };
                    self.diag.error(
                        lit.span(),
                        format!("`{sequence}` inside a `<script>` literal would change where the browser ends the element; {fix}"),
                    );
                }
            }
            ScriptType::Json { .. } => {
                if text.contains('<') {
                    self.diag.error(lit.span(), "`<` is not allowed in a JSON `<script>` literal; write it as `\\u003c` inside JSON strings");
                } else if let Err(error) = serde_json::from_str::<serde_json::Value>(text) {
                    self.diag.error(
                        lit.span(),
                        format!("this JSON `<script>` literal is not valid JSON: {error}"),
                    );
                }
            }
            ScriptType::Unsupported => {}
        }
    }

    pub(super) fn splice(&mut self, splice: &Splice, scope: Scope<'_>, out: &mut Vec<Part>) {
        let element = scope.parent.unwrap_or_default();
        let ctx = match scope.mode {
            Mode::Markup | Mode::Closed => Ctx::Text,
            Mode::EscapedText => Ctx::EscapableRawText,
            Mode::Script(ScriptType::Classic) => Ctx::Script,
            Mode::Script(ScriptType::Json { dynamic: true }) => Ctx::JsonScript,
            Mode::Script(ScriptType::Json { dynamic: false }) => {
                self.diag.error(
                    splice.span,
                    "this `<script>` decides what the page loads, so it takes only a literal; write its JSON as a string literal",
                );
                return;
            }
            Mode::Script(ScriptType::Unsupported) => return,
            Mode::StyleSheet => Ctx::StyleSheet,
            Mode::ForeignCode => {
                self.diag.error(
                    splice.span,
                    format!("`{{...}}` cannot be used inside an SVG or MathML `<{element}>`: the parser reads it as markup, not as code; use an HTML `<{element}>` outside the `<svg>` or `<math>`"),
                );
                return;
            }
        };
        out.push(Part::Value {
            expr: splice.expr.clone(),
            ctx,
            span: splice.span,
        });
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
        match &comment.body {
            CommentBody::Literal(lit) => {
                let text = lit.value();
                if let Some(sequence) = checks::comment_problem(&text) {
                    let message = match sequence {
                        ">" | "->" => format!("comment text cannot start with `{sequence}`: the comment would end at once; add a space first"),
                        "<!-" => "comment text cannot end with `<!-`: with the closing `-->` it would open a nested comment; add a space after it".to_owned(),
                        _ => format!("comment text cannot contain `{sequence}`: it would end or nest the comment early; remove it from the text"),
                    };
                    self.diag.error(lit.span(), message);
                }
                out.push(Part::Static(format!("<!--{text}-->")));
            }
            CommentBody::Splice(splice) => self.diag.error(
                splice.span,
                "comments take only literal text: a value could end the comment early; write the text as a string literal, or use a Rust `//` comment",
            ),
        }
    }
}
