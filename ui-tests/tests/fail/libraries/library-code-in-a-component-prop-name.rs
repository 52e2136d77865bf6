//! A component takes props, not shorthand attributes: its Rust fields.

#[derive(vetted::Component)]
struct Button {
    label: &'static str,
}

impl vetted::Render for Button {
    fn render_to(&self, out: &mut vetted::Html) {
        out.push_text(self.label);
    }
}

fn main() {
    let _ = vetted::html! { <Button label="x" @click="go()"></Button> };
}
