fn main() {
    let _ = vetted::html! { @if { <p>"shown"</p> } <p>"after"</p> };
}
