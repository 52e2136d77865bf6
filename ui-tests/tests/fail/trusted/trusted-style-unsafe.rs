//! `trusted_style!` applies the style attribute's rules to its literal.

fn main() {
    let _ = vetted::trusted_style!("width: expression(alert(1))");
    let _ = vetted::trusted_style!("background: url(javascript:alert(1))");
    let _ = vetted::trusted_style!("background: url(data:image/svg+xml;base64,PHN2Zz4=)");
    let _ = vetted::trusted_style!("behavior: url(/x.htc)");
    let _ = vetted::trusted_style!("@import '/x.css'");
    let _ = vetted::trusted_style!("content: '<'");
    let _ = vetted::trusted_style!("color: r\\65 d");
    let _ = vetted::trusted_style!("content: '/*'; background: url(javascript:alert(1)); content: '*/'");
    let _ = vetted::trusted_style!("background: url(/a.png");
}
