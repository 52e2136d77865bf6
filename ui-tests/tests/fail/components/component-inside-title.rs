use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Name;

impl Render for Name {
    fn render_to(&self, out: &mut Html) {
        out.push_text("site");
    }
}

fn main() {
    let _ = vetted::html! { <title><Name/></title> };
}
