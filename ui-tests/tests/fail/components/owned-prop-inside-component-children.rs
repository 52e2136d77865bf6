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

#[derive(vetted::Component)]
struct Tags {
    tags: Vec<String>,
}

impl Render for Tags {
    fn render_to(&self, out: &mut Html) {
        out.push(&self.tags);
    }
}

fn main() {
    let tags = vec![String::from("rust")];
    // Children are a template that can render many times, so it cannot give `tags` away.
    let _ = vetted::html! { <Card><Tags tags={tags}/></Card> };
}
