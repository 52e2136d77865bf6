//! `<` can end an enclosing element when the style is reused, and `\` starts a CSS escape that
//! can spell any refused word; CSS in a `style` attribute never needs either.

fn main() {
    let _ = vetted::html! {
        <p style="content: '</style>'"></p>
        <p style="background: u\\72l(javascript:alert(1))"></p>
        <svg><rect style="fill: red; e\\78pression(1)"/></svg>
    };
}
