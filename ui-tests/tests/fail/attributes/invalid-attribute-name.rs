fn main() {
    let _ = vetted::html! { <p naïve="x" données-x="y"></p> };
}
