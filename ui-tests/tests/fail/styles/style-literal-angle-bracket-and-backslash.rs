//! `<` can end an enclosing element when the style is reused. CSS escapes are decoded before
//! the checks, so one that spells a refused name is refused by that name; outside strings and
//! `url(...)` an escape is refused anyway, as is an escaped quote inside a string.

fn main() {
    let _ = vetted::html! {
        <p style="content: '</style>'"></p>
        <p style="background: u\\72l(javascript:alert(1))"></p>
        <svg><rect style="fill: red; e\\78pression(1)"/></svg>
        <p style="colo\\72: red"></p>
        <p style="content: 'it\\'s'"></p>
    };
}
