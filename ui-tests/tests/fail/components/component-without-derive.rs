use vetted::{Html, Render};

// Implements `Render`, but a template cannot build it from props without the derive.
struct Badge<'a> {
    label: &'a str,
}

impl Render for Badge<'_> {
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.label);
    }
}

fn main() {
    let _ = vetted::html! { <Badge label="new"/> };
}
