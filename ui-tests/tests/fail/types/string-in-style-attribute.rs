//! A string in a `style` attribute could load URLs or, in old browsers, run script; it needs a
//! `TrustedStyle`, in HTML and SVG alike, whatever the case of the name.

fn main() {
    let css = "color: red";
    let width = 40;
    let _ = vetted::html! {
        <p style={css}></p>
        <div style={format!("width: {width}%")}></div>
        <svg><rect STYLE={css}/></svg>
    };
}
