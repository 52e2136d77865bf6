fn main() {
    let items = ["3", "x", "5"];
    // Inside `<li>` the `else { continue }` skips `</li>`; before `<li>` it would be fine.
    let _ = vetted::html! {
        @for item in items {
            <li>
                @let Ok(n) = item.parse::<i32>() else { continue };
                {n}
            </li>
        }
    };
}
