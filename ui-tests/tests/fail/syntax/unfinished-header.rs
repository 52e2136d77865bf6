struct Item {
    shown: bool,
    tags: Vec<String>,
}

fn main() {
    let item = Item { shown: true, tags: Vec::new() };
    let _ = vetted::html! {
        @if item. { <p>"shown"</p> }
        @for tag in item.tags.iter(). { <b>{tag}</b> }
        @if item.shown && { "and" }
    };
}
