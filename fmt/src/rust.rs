//! Rust inside the markup (`{expr}` and control-flow headers), laid out by prettyplease, the
//! printer rustfmt's style is modelled on. A result is used only when it is one line and holds
//! exactly the tokens written; anything else stays as written.

use crate::lex;
use crate::markup::RustKind;

/// `code` laid out on one line, or `None` to keep it as written.
pub(crate) fn format(code: &str, kind: RustKind) -> Option<String> {
    if code.contains("//") || code.contains("/*") {
        return None;
    }
    // A name or a field (`name`, `self.title`, `Section::LINKS`): nothing to lay out but the
    // spaces around it.
    let trimmed = code.trim();
    if !trimmed.is_empty()
        && trimmed
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':'))
        && !trimmed.starts_with([':', '.'])
    {
        return Some(trimmed.to_owned());
    }
    let wrapped = match kind {
        RustKind::Splice => format!("const _: () = {code};"),
        RustKind::Header(keyword) => format!("fn f() {{ {keyword} {code} {{}} }}"),
        RustKind::For => format!("fn f() {{ for {code} {{}} }}"),
    };
    let file = syn::parse_file(&wrapped).ok()?;
    let printed = std::panic::catch_unwind(|| prettyplease::unparse(&file)).ok()?;
    let laid_out = match kind {
        RustKind::Splice => printed
            .strip_prefix("const _: () = ")?
            .strip_suffix(";\n")?,
        RustKind::Header(keyword) => statement(&printed)?
            .strip_prefix(keyword)?
            .strip_prefix(' ')?
            .strip_suffix(" {}")?,
        RustKind::For => statement(&printed)?
            .strip_prefix("for ")?
            .strip_suffix(" {}")?,
    };
    if laid_out.contains('\n') || laid_out == code {
        return (laid_out == code).then(|| code.to_owned());
    }
    (lex::token_texts(laid_out)? == lex::token_texts(code)?).then(|| laid_out.to_owned())
}

/// The one statement of `fn f() { ... }` as prettyplease prints it.
fn statement(printed: &str) -> Option<&str> {
    printed
        .strip_prefix("fn f() {\n    ")?
        .strip_suffix("\n}\n")
}

#[cfg(test)]
mod tests {
    use super::format;
    use crate::markup::RustKind;

    #[test]
    fn lays_out_expressions_and_headers() {
        assert_eq!(format(" a+b ", RustKind::Splice).as_deref(), Some("a + b"));
        assert_eq!(
            format("items . iter( ).count()", RustKind::Splice).as_deref(),
            Some("items.iter().count()")
        );
        assert_eq!(
            format("let Some(x)=y", RustKind::Header("if")).as_deref(),
            Some("let Some(x) = y")
        );
        assert_eq!(
            format("(i,x) in xs.iter().enumerate()", RustKind::For).as_deref(),
            Some("(i, x) in xs.iter().enumerate()")
        );
        assert_eq!(format("n", RustKind::Header("match")).as_deref(), Some("n"));
    }

    #[test]
    fn keeps_what_it_cannot_lay_out_without_change() {
        // A comment, or a block prettyplease puts on several lines.
        assert_eq!(format("a /* why */ + b", RustKind::Splice), None);
        assert_eq!(format("{ let x = 1; x }", RustKind::Splice), None);
        // Not an expression.
        assert_eq!(format("a, b", RustKind::Splice), None);
    }
}
