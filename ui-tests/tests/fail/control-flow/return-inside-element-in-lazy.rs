use vetted::Render;

// A `lazy!` template writes into the caller's page, which goes on after it.
fn badge(label: &str) -> impl Render + '_ {
    vetted::lazy! {
        <span class="badge">{ if label.is_empty() { return } else { label } }</span>
    }
}

fn main() {
    let _ = vetted::html! { <p>{badge("new")} "text"</p> };
}
