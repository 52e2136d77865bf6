use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Card<C> {
    children: C,
}

impl<C: Render> Render for Card<C> {
    fn render_to(&self, out: &mut Html) {
        out.push(&self.children);
    }
}

fn main() {
    let _ = vetted::html! { <Card><p>"body"</p></Crad> };
}
