fn main() {
    let _ = vetted::html! { <p></p> . };
    let _ = vetted::html! { <p></p> ; };
}
