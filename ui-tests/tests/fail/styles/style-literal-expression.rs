//! `expression(` ran script in old Internet Explorer; it is found in any case, with spaces or
//! comments inside.

fn main() {
    let _ = vetted::html! {
        <p style="width: expression(alert(1))"></p>
        <p style="width: EXPRESSION (alert(1))"></p>
        <p style="width: expr/* hidden */ession(alert(1))"></p>
    };
}
