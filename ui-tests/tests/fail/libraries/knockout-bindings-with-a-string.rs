//! Knockout runs `data-bind`, and `params` on a component, as JavaScript.

fn main() {
    let s = "x";
    let _ = vetted::html! { <span data-bind={s}></span><user-card params={s}></user-card> };
}
