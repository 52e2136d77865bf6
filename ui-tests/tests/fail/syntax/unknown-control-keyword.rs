fn main() {
    let _ = vetted::html! { @loop { <p></p> } };
}
