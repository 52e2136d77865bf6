use vetted::{Html, Render};

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
    let _ = vetted::html! { <Tags tags={tags}/> };
    let _ = tags.len();
}
