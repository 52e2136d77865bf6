fn main() {
    let _ = vetted::html! { <p class="btn" class:on></p> };
}
