use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Card<'a, C> {
    title: &'a str,
    compact: bool,
    children: C,
}

impl<C: Render> Render for Card<'_, C> {
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.title);
        out.push(&self.compact);
        out.push(&self.children);
    }
}

fn main() {
    let _ = vetted::html! { <Card title="News"><p>"body"</p></Card> };
}
