fn main() {
    let items = vec![String::from("a")];
    let _ = vetted::html! { <ul> @for item in items { <li>{item}</li> } </ul> };
    let _ = items.len();
}
