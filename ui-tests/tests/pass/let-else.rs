//! `@let` takes Rust's `let ... else`, and a `@let` inside an element binds only there.

fn main() {
    let items = ["3", "x", "5"];
    let page = vetted::html! {
        <ul>
            @for item in items {
                @let Ok(n) = item.parse::<i32>() else { continue };
                <li>{n * 2}</li>
            }
        </ul>
        @let greeting = "outer";
        <p>@let greeting = "inner"; {greeting}</p>
        <p>{greeting}</p>
    };
    assert_eq!(page.as_str(), "<ul><li>6</li><li>10</li></ul><p>inner</p><p>outer</p>");
}
