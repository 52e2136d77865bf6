//! Formatting a handler from data is the classic injection: `format!` gives a `String`, which
//! no handler takes; pass the data in a `data-*` attribute instead.

fn main() {
    let id = "7');alert('x";
    let _ = vetted::html! {
        <button onclick={format!("remove('{id}')")}>"Remove"</button>
        <form onsubmit={String::from("return check()")}></form>
        <body ONLOAD={"init()"}></body>
    };
}
