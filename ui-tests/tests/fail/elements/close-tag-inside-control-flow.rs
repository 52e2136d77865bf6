fn main() {
    let x = true;
    let _ = vetted::html! { <div> @if x { </div> } };
}
