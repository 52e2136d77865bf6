use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Toggle {
    on: bool,
}

impl Render for Toggle {
    fn render_to(&self, out: &mut Html) {
        out.push(&self.on);
    }
}

fn main() {
    let _ = vetted::html! { <Toggle on="false"/> };
}
