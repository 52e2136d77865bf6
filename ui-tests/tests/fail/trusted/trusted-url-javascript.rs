//! `trusted_url!` refuses the schemes that run script or carry a document, spelled however a
//! browser would still read them; uses of the result add no second error.

fn main() {
    let a = vetted::trusted_url!("javascript:alert(1)");
    let b = vetted::trusted_url!("  JavaScript:alert(1)");
    let c = vetted::trusted_url!("java\tscript:alert(1)");
    let d = vetted::trusted_url!("data:text/html,<script>alert(1)</script>");
    let e = vetted::trusted_url!("vbscript:msgbox(1)");
    let _ = vetted::html! { <a href={a}>"a"</a> };
    let _ = (b, c, d, e);
}
