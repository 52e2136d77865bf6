fn main() {
    let (shown, items) = (true, ["a"]);
    let _ = vetted::html! { if shown { <p></p> } };
    let _ = vetted::html! { for item in items { <li>{item}</li> } };
    let _ = vetted::html! { @if shown { <p></p> } else { <br> } };
}
