//! `trusted_style_sheet!` refuses text that would end its `<style>` element, or an
//! enclosing `<noscript>`, early.

fn main() {
    let _ = vetted::trusted_style_sheet!("p { color: red }</style><script>alert(1)</script>");
    let _ = vetted::trusted_style_sheet!("p::after { content: '</STYLE >' }");
    let _ = vetted::trusted_style_sheet!("p::after { content: '</noscript>' }");
}
