fn main() {
    let (first, last) = ("Ada", "Lovelace");
    let _ = vetted::html! { <p>{first last}</p> };
}
