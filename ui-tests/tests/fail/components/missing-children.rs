use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Layout<C> {
    children: C,
}

impl<C: Render> Render for Layout<C> {
    fn render_to(&self, out: &mut Html) {
        out.push(&self.children);
    }
}

fn main() {
    let _ = vetted::html! { <Layout/> };
}
