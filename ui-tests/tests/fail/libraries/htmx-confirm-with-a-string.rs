//! htmx 4 runs a `hx-confirm` that starts with `js:`, so a whole dynamic value is refused.

fn main() {
    let question = format!("Delete {}?", "item");
    let _ = vetted::html! { <button hx-delete="/item" csrf=false hx-confirm={question}>"Delete"</button> };
}
