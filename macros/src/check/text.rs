//! Rules for text and `{expr}` values in element content.

use syn::LitStr;

use super::{Checker, Mode, Scope};
use crate::ast::Splice;
use crate::ir::{Ctx, Part};
use crate::shared::table;

impl Checker {
    pub(super) fn text(&mut self, lit: &LitStr, scope: Scope<'_>, out: &mut Vec<Part>) {
        let text = lit.value();
        let mut markup = String::with_capacity(text.len());
        match scope.mode {
            Mode::RawText => {
                self.raw_text(lit, &text, scope.parent.unwrap_or_default());
                markup.push_str(&text);
            }
            Mode::Markup | Mode::EscapedText | Mode::ForeignCode | Mode::Closed => {
                table::escape_with(&text, &mut markup, table::text_entity);
            }
        }
        out.push(Part::Static(markup));
    }

    // A `<script>` or `<style>` body is not escaped, so the only thing that keeps it inside its
    // element is that it never spells the end tag; in a script, `<!--` and `<script` also
    // change how the parser looks for that end tag.
    fn raw_text(&mut self, lit: &LitStr, text: &str, element: &str) {
        let lower = text.to_ascii_lowercase();
        let forbidden: &[(&str, &str)] = match element {
            "script" => &[
                (
                    "</script",
                    "write `<\\/script` (or `\\x3C/script`) inside JavaScript strings",
                ),
                ("<!--", "write `\\x3C!--` inside JavaScript strings"),
                ("<script", "write `\\x3Cscript` inside JavaScript strings"),
            ],
            _ => &[("</style", "write `\\3C/style` in CSS strings")],
        };
        for (sequence, fix) in forbidden {
            if lower.contains(sequence) {
                self.diag.error(
                    lit.span(),
                    format!("`{sequence}` inside a `<{element}>` literal would change where the browser ends the element; {fix}"),
                );
            }
        }
    }

    pub(super) fn splice(&mut self, splice: &Splice, scope: Scope<'_>, out: &mut Vec<Part>) {
        let element = scope.parent.unwrap_or_default();
        match scope.mode {
            Mode::RawText | Mode::ForeignCode => {
                let what = if element == "script" {
                    "JavaScript"
                } else {
                    "CSS"
                };
                self.diag.error(
                    splice.span,
                    format!("`{{...}}` cannot be used inside `<{element}>`: the value would be read as {what}; write the body as a literal (trusted {what} values are planned)"),
                );
            }
            Mode::Markup | Mode::Closed => out.push(Part::Value {
                expr: splice.expr.clone(),
                ctx: Ctx::Text,
                span: splice.span,
            }),
            Mode::EscapedText => out.push(Part::Value {
                expr: splice.expr.clone(),
                ctx: Ctx::EscapableRawText,
                span: splice.span,
            }),
        }
    }
}
