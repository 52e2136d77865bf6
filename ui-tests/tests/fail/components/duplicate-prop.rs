use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Badge<'a> {
    label: &'a str,
}

impl Render for Badge<'_> {
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.label);
    }
}

fn main() {
    // One error for the duplicate; the result is still an `Html`, so nothing else is reported.
    let page: vetted::Html = vetted::html! { <Badge label="a" label="b"/> };
    let _ = page.as_str();
}
