//! Inside `<mi>`, `<foreignObject>` and SVG `<desc>` content is HTML again, so an HTML element
//! there cannot self-close.

fn main() {
    let _ = vetted::html! {
        <math><mi><b/></mi></math>
        <svg><foreignObject><div/></foreignObject></svg>
        <svg><desc><span/></desc></svg>
    };
}
