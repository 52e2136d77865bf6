fn main() {
    let items = ["a", "", "b"];
    // `<li>` is written before the value: `continue` would skip its `</li>`.
    let _ = vetted::html! {
        <ul>
            @for item in items {
                <li>{ if item.is_empty() { continue } else { item } }</li>
            }
        </ul>
    };
}
