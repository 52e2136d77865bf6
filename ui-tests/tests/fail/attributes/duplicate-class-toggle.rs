fn main() {
    let (a, b) = (true, false);
    let _ = vetted::html! { <p class="btn" class:on={a} CLASS:ON={b}></p> };
}
