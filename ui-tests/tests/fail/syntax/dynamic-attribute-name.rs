fn main() {
    let name = "title";
    let _ = vetted::html! { <p {name}="x"></p> };
}
