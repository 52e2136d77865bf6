//! Rules for attributes: names, duplicates, and which values each kind of attribute accepts.

use super::Checker;
use crate::ast::{Attr, AttrValue, Element};
use crate::ir::{Ctx, Part};
use crate::rules::attributes::{AttrKind, attr_kind};
use crate::shared::table;

impl Checker {
    /// Appends the attributes to `start` (the start tag being built), flushing it into `out`
    /// before each dynamic value.
    pub(super) fn attributes(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        for (index, attr) in el.attrs.iter().enumerate() {
            let name = &attr.name.text;
            self.attribute_name(attr);
            self.duplicate(attr, &el.attrs[..index]);
            match &attr.value {
                AttrValue::Flag => {
                    start.push(' ');
                    start.push_str(name);
                }
                AttrValue::Literal(lit) => {
                    start.push(' ');
                    start.push_str(name);
                    start.push_str("=\"");
                    table::escape_with(&lit.value(), start, table::attribute_entity);
                    start.push('"');
                }
                AttrValue::Expr(splice) => {
                    if self.dynamic_value_allowed(&el.name.text, attr) {
                        out.push(Part::Static(std::mem::take(start)));
                        out.push(Part::Value {
                            expr: splice.expr.clone(),
                            ctx: Ctx::Attribute {
                                name: format!(" {name}"),
                            },
                            span: splice.span,
                        });
                    }
                }
            }
        }
    }

    // Names are restricted to ASCII letters, digits, `-`, `_`, `:` and `.`: every browser and
    // every XML tool reads such a name the same way.
    fn attribute_name(&mut self, attr: &Attr) {
        let name = &attr.name.text;
        let valid = name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'));
        if !valid {
            self.diag.error_spanned(
                &attr.name,
                format!("invalid attribute name `{name}`; attribute names use only ASCII letters, digits, `-`, `_`, `:` and `.`"),
            );
        }
    }

    // Browsers keep the first of two attributes with the same name (compared without case) and
    // drop the second, so a duplicate is always a mistake.
    fn duplicate(&mut self, attr: &Attr, before: &[Attr]) {
        let name = &attr.name.text;
        if let Some(first) = before
            .iter()
            .find(|other| other.name.text.eq_ignore_ascii_case(name))
        {
            let first = &first.name.text;
            self.diag.error_spanned(
                &attr.name,
                format!("duplicate attribute `{name}`: `{first}` is already set on this element and browsers ignore the second; remove one"),
            );
        }
    }

    // A dynamic value is escaped as text only where text is all the attribute holds. URLs,
    // event handlers, styles and `srcdoc` interpret their value, so they each need a rule of
    // their own; until they have one, a dynamic value there does not compile.
    fn dynamic_value_allowed(&mut self, element: &str, attr: &Attr) -> bool {
        let name = &attr.name.text;
        let problem = match attr_kind(element, name) {
            AttrKind::Plain => return true,
            AttrKind::Url
            | AttrKind::UrlList
            | AttrKind::MediaUrl
            | AttrKind::SrcSet
            | AttrKind::ResourceUrl => format!(
                "dynamic values in `{name}` are not supported yet: a URL can run script (`javascript:`) and needs the URL policy; write a literal URL"
            ),
            AttrKind::EventHandler => format!(
                "dynamic values in `{name}` are not allowed: attributes named `on...` are event handlers, which run as JavaScript; write the handler as a literal and pass data in a `data-*` attribute"
            ),
            AttrKind::Style => format!(
                "dynamic values in `{name}` are not supported yet: CSS can load URLs and needs its own rule; write a literal style, or toggle a `class`"
            ),
            AttrKind::Srcdoc => format!(
                "dynamic values in `{name}` are not supported yet: it holds a whole HTML document; write it as a literal"
            ),
            AttrKind::LiteralOnly => format!(
                "`{name}` takes only a literal value: it changes how the browser reads the page; write the value as a string literal"
            ),
        };
        self.diag.error_spanned(&attr.name, problem);
        false
    }
}
