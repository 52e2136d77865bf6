use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Badge<'a> {
    title: &'a str,
}

impl Render for Badge<'_> {
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.title);
    }
}

fn main() {
    let _ = vetted::html! { <Badge titel="typo"/> };
}
