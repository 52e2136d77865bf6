fn main() {
    let shown = true;
    let _ = vetted::html! { @if shown <p>"shown"</p> };
}
