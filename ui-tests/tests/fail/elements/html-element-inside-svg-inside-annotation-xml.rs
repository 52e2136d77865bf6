//! An `<svg>` inside a MathML `<annotation-xml>` starts SVG content, as anywhere else: HTML
//! elements in it end the `<svg>`, and `<foreignObject>` (not `<mtext>`) is where HTML goes.

fn main() {
    let _ = vetted::html! {
        <math><annotation-xml><svg><p>"breaks out"</p></svg></annotation-xml></math>
    };
}
