use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Badge<'a> {
    label: &'a str,
    title: Option<&'a str>,
}

impl Render for Badge<'_> {
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.label);
        out.push(&self.title);
    }
}

fn main() {
    // An `Option` prop takes an `Option`: `title={Some("Fresh")}`.
    let _ = vetted::html! { <Badge label="new" title="Fresh"/> };
}
