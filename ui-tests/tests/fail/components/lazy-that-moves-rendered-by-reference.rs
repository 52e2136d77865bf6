use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Badge {
    label: String,
}

impl Render for Badge {
    fn render_to(&self, out: &mut Html) {
        out.push_text(&self.label);
    }
}

fn main() {
    let label = String::from("new");
    let badge = vetted::lazy! { <Badge label={label}/> };
    // A reference would let it render again: only `{badge}` (moved) can render it.
    let _ = vetted::html! { {&badge} };
}
