fn main() {
    let titles = ["a", "stop", "b"];
    // ` title="` is written before the value: `break` would leave the quote open.
    let _ = vetted::html! {
        @for title in titles {
            <abbr title={ if title == "stop" { break } else { title } }>"?"</abbr>
        }
    };
}
