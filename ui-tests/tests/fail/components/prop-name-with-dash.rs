use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Badge<'a> {
    aria_label: &'a str,
}

impl Render for Badge<'_> {
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.aria_label);
    }
}

fn main() {
    let _ = vetted::html! { <Badge aria-label="Close"/> };
}
