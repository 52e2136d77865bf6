fn main() {
    let _ = vetted::html! { <img src="/a.png"></img> <p><input></input></p> };
}
