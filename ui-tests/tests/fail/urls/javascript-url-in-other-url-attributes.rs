//! Attributes that hold URLs are recognized beyond `href` and `src`: `ping` lists, namespaced
//! names, `data-*` names that mention a URL, SVG and MathML links, and SVG animation targets.

fn main() {
    let _ = vetted::html! {
        <a href="/ok" ping="/track javascript:alert(1)">"a"</a>
        <div data-next-url="javascript:alert(1)" data-src="javascript:alert(2)"></div>
        <svg><a xlink:href="javascript:alert(1)"><text>"b"</text></a></svg>
        <svg><set attributeName="href" to="javascript:alert(1)"/></svg>
        <math><mi href="javascript:alert(1)">"x"</mi></math>
    };
}
