fn main() {
    let _ = vetted::html! { <p>42</p> };
    let _ = vetted::html! { <p>1.5</p> };
    let _ = vetted::html! { <p>'x'</p> };
    let _ = vetted::html! { <p>b"bytes"</p> };
}
