//! An `hx-*` name vetted does not know is taken as code: htmx and its extensions add names.

fn main() {
    let s = "x";
    let _ = vetted::html! { <div hx-made-up={s} hx-ext={s} hx-boost={s}></div> };
}
