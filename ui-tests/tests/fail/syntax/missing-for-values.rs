fn main() {
    let _ = vetted::html! { <ul>@for item in { <li>{item}</li> }</ul> };
}
