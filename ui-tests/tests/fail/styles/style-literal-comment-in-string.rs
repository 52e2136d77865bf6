//! A `/*` inside a CSS string opens no comment, in either quotes: what follows it is checked
//! like any other declaration, not hidden up to a `*/` in a later string.

fn main() {
    let _ = vetted::html! {
        <div style="content: '/*'; background: url(javascript:alert(1)); content: '*/'"></div>
        <div style="content: \"/*\"; behavior: url(/x.htc); content: \"*/\""></div>
        <p style="font-family: 'a/*b'; background: image-set(\"data:text/html,x\" 1x); content: 'c*/'"></p>
    };
}
