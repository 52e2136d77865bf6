//! URLs built from parts: `href=("/users/" {id} "/edit")`.

use super::Checker;
use crate::ast::{Attr, ValuePart};
use crate::ir::{Ctx, Part, UrlComponent};
use crate::rules::attributes::AttrKind;
use crate::shared::{scheme, table};

impl Checker {
    // The literal start of a URL decides its scheme; if a dynamic part could still supply a
    // scheme (`("java" {rest})`), no run-time check of the parts could tell. So the first part
    // must be a literal that fixes the scheme or ends the scheme-able part with `/`, `?` or `#`,
    // and each dynamic part is then percent-encoded as one component where it sits.
    pub(super) fn url_parts(
        &mut self,
        attr: &Attr,
        kind: AttrKind,
        parts: &[ValuePart],
        start: &mut String,
        out: &mut Vec<Part>,
    ) {
        let name = &attr.name.text;
        if !matches!(kind, AttrKind::Url | AttrKind::MediaUrl) {
            let message = match kind {
                AttrKind::ResourceUrl => format!(
                    "`{name}` loads code or a document, so it cannot be built from parts; build a `vetted::TrustedResourceUrl`, e.g. `trusted_resource_url!(\"/js/\").join(version)?`"
                ),
                AttrKind::EventHandler => format!(
                    "`{name}` cannot be built from parts: every part would run as JavaScript; use `vetted::trusted_script!(\"...\")` and pass data in a `data-*` attribute"
                ),
                AttrKind::Style => format!(
                    "`{name}` cannot be built from parts; build a `vetted::TrustedStyle::new(format!(...))?`, or toggle a `class`"
                ),
                AttrKind::SrcSet | AttrKind::UrlList => format!(
                    "`{name}` is a list of URLs and cannot be built from parts; pass the whole list as `{name}={{value}}`, checked when rendered"
                ),
                _ => format!(
                    "only URL attributes such as `href` and `src` can be built from parts; write `{name}={{value}}` with one value"
                ),
            };
            self.diag.error_spanned(attr.value_tokens(), message);
            return;
        }
        let prefix: String = parts
            .iter()
            .map_while(|part| match part {
                ValuePart::Literal(lit) => Some(lit.value()),
                ValuePart::Splice(_) => None,
            })
            .collect();
        if !scheme::fixes_scheme(&prefix) {
            let message = if prefix.is_empty() {
                format!(
                    "`{name}` starts with a value, which could supply any scheme (`javascript:`); start with a literal such as `\"/users/\"` or `\"https://example.com/\"`"
                )
            } else if let Some(problem) =
                super::attribute::url_problem(&prefix, name, scheme::is_safe_url)
            {
                format!(
                    "{problem}; a URL built from parts must start with an allowed scheme or a path"
                )
            } else {
                format!(
                    "`\"{prefix}\"` does not fix the scheme of `{name}`: the next part could complete it as `javascript:`; start with a path (`\"/{prefix}\"`) or a full `https://` URL"
                )
            };
            self.diag.error_spanned(attr.value_tokens(), message);
            return;
        }
        start.push(' ');
        start.push_str(name);
        start.push_str("=\"");
        let mut component = UrlComponent::Path;
        for part in parts {
            match part {
                ValuePart::Literal(lit) => {
                    let text = lit.value();
                    if text.contains('#') {
                        component = UrlComponent::Fragment;
                    } else if text.contains('?') && component == UrlComponent::Path {
                        component = UrlComponent::Query;
                    }
                    table::escape_with(&text, start, table::attribute_entity);
                }
                ValuePart::Splice(splice) => {
                    out.push(Part::Static(std::mem::take(start)));
                    out.push(Part::Value {
                        expr: splice.expr.clone(),
                        ctx: Ctx::UrlPart { component },
                        span: splice.span,
                    });
                }
            }
        }
        start.push('"');
    }
}
