fn main() {
    let _ = vetted::html! { <div class="card" <p>"text"</p></div> };
}
