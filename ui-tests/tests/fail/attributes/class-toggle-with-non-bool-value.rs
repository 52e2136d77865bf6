fn main() {
    let count = 3;
    let maybe: Option<bool> = Some(true);
    let _ = vetted::html! { <p class="btn" class:many={count} class:maybe={maybe}></p> };
}
