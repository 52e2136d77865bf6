use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Badge {
    label: String,
}

impl Render for Badge {
    fn render_to(&self, out: &mut Html) {
        out.push_text(&self.label);
    }
}

fn main() {
    let label = String::from("new");
    // The template moves `label` into `<Badge>`, so it renders once.
    let badge = vetted::lazy! { <Badge label={label}/> };
    let _ = vetted::html! { {badge} {badge} };
}
