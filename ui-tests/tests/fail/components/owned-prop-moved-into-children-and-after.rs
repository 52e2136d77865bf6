use vetted::{Html, Render, RenderOnce};

#[derive(vetted::Component)]
struct Card<C> {
    children: C,
}

impl<C: RenderOnce> RenderOnce for Card<C> {
    fn render_once(self, out: &mut Html) {
        self.children.render_once(out);
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
    let _ = vetted::html! { <Card><Tags tags={tags}/></Card> <Tags tags={tags}/> };
}
