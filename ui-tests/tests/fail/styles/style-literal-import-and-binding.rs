//! `@import` loads a whole style sheet; `-moz-binding` and `behavior` attach script (old Firefox
//! and Internet Explorer).

fn main() {
    let _ = vetted::html! {
        <p style="@import url(/evil.css)"></p>
        <p style="-moz-binding: url(/x.xml#b)"></p>
        <p style="behavior: url(/x.htc)"></p>
    };
}
