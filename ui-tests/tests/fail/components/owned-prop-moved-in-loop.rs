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
    let _ = vetted::html! { <ul>@for _ in 0..2 { <li><Tags tags={tags}/></li> }</ul> };
}
