//! A string in an `on*` attribute would run as JavaScript: every spelling of the name is a
//! handler (any case, a custom element's, a namespaced one), and each needs a `TrustedScript`.

fn main() {
    let h = "go()";
    let owned = String::from("go()");
    let _ = vetted::html! {
        <button onclick={h}></button>
        <button onClick={owned}></button>
        <my-el onmadeup={h}></my-el>
        <svg><a xlink:onclick={h}></a></svg>
    };
}
