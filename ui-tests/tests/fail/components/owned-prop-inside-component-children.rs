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
    // `Card` renders its children by reference (`Render`), which could happen more than once,
    // so they cannot give `tags` away; a `Card` that implements `RenderOnce` could.
    let _ = vetted::html! { <Card><Tags tags={tags}/></Card> };
}
