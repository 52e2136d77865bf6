//! A class toggle's condition is a `bool`, with or without a literal `class` beside it.

fn main() {
    let count = 3;
    let maybe: Option<bool> = Some(true);
    let _ = vetted::html! { <p class="btn" class:many={count} class:maybe={maybe}></p> };
    let _ = vetted::html! { <p class:many={count} class:maybe={maybe}></p> };
    let _ = vetted::html! { <p class:only={count}></p> };
}
