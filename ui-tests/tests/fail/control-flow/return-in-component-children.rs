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
    let name: Option<&str> = None;
    // The children write into the card's output, which goes on after them.
    let _ = vetted::html! {
        <Card><h2>{ match name { Some(name) => name, None => return } }</h2></Card>
    };
}
